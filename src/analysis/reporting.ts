// Verbs that report what someone said. Every rule that must step past "the ministry said" or
// "officials told Reuters" reads this one list, so a verb added here is known to all of them.
const VERBS = ["said", "says", "say", "told", "tells", "announced", "added", "stated", "noted", "reported", "reports", "warned", "wrote", "argued", "claimed", "insisted", "confirmed", "quoted", "caution", "cautions", "cautioned", "warn", "warns", "showed"];
const ALT = VERBS.join("|");
/** A reporting verb, with the listener when it has one ("told Reuters"): a regex fragment for patterns built around an attribution. */
export const REPORTED = String.raw`(?:(?:told|tells)\s+[\p{L}]+|${ALT})`;

/** "…, noting that…", "…, arguing that…": a clause of saying that ends what came before it (a regex fragment). */
export const SAYING = String.raw`(?:noting|saying|arguing|adding|citing|warning|stressing|insisting|claiming|explaining|complaining|pointing out)`;

/** Is this one word a reporting verb? */
export const isReportingVerb = (word: string): boolean => VERBS.includes(word.toLowerCase());

/** Does the text report speech anywhere ("…, the minister said", "according to officials")? */
export const REPORTS = new RegExp(String.raw`\b(?:${ALT}|according)\b`, "i");

// "results are to be announced on Sunday": a passive reports nothing; it is the event.
const ACTIVE = String.raw`(?<!\b(?:be|been|being|is|are|was|were)\s+)`;

/** Everything up to and including the last reporting clause's verb: "The ministry said that " in "The ministry said that bids are due". */
export const UP_TO_LAST_REPORT = new RegExp(String.raw`^.*\b${ACTIVE}${REPORTED}\s+(?:that\s+)?`, "iu");

/** The same, up to the first reporting clause. */
export const UP_TO_FIRST_REPORT = new RegExp(String.raw`^.*?\b${ACTIVE}${REPORTED}\s+(?:that\s+)?`, "iu");
