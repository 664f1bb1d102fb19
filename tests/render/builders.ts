// Builders for render tests: invented briefs about invented-but-plausible Asian news.
import type { AgendaItem, Brief, DigestDefinition, Edition, UpcomingEvent } from "../../src/domain/types.ts";
import type { PersonalFields, Sender } from "../../src/render/types.ts";

export function aBrief(over: Partial<Brief> = {}): Brief {
  return {
    id: "b-shuttle",
    source: "file:tests/fixtures/shuttle.txt",
    title: "Japan and South Korea revive shuttle diplomacy with a focus on chip supply chains",
    url: "https://news.example.com/asia/2026/01/09/shuttle-diplomacy?utm_source=feed&ref=digest",
    publishedAt: new Date("2026-01-09T03:15:00Z"),
    byline: "By Mika Aranda, Tokyo bureau",
    publisher: "Meridian Asia Wire",
    dateline: { place: "Tokyo", date: "2026-01-09", raw: "TOKYO, Jan 9" },
    paragraphs: ["Leaders in Seoul and Tokyo agreed to meet every quarter, alternating capitals."],
    countries: ["JP", "KR"],
    regions: ["eastern-asia", "asia"],
    agenda: [
      anAgendaItem({ label: "Security", summary: "Both sides want faster sharing of missile-tracking data. Details come later." }),
      anAgendaItem({ label: "Supply chains", summary: "An early-warning desk for shortages of chip materials is on the table." }),
      anAgendaItem({ label: "History", summary: "Officials hope to keep wartime-labour disputes out of the economic talks." }),
    ],
    upcoming: [],
    summary: "Seoul and Tokyo will hold quarterly leaders' meetings, starting with a visit next week that puts chip materials and missile data on the agenda.",
    tags: [],
    ...over,
  };
}

export function anAgendaItem(over: Partial<AgendaItem> = {}): AgendaItem {
  return { label: "Trade", summary: "Tariff talks resume at working level.", ...over };
}

export function anEvent(over: Partial<UpcomingEvent> = {}): UpcomingEvent {
  return { date: "2026-01-15", label: "Leaders meet in Tokyo", briefId: "b-shuttle", ...over };
}

export function anEdition(over: Partial<Edition> = {}): Edition {
  return {
    key: "asia-daily:2026-01-13:en-GB:abc123",
    digestId: "asia-daily",
    issuedFor: "2026-01-13",
    locale: "en-GB",
    timezone: "Asia/Singapore",
    briefs: [aBrief()],
    moreCount: 0,
    upcoming: [anEvent()],
    ...over,
  };
}

export function aDigest(over: Partial<DigestDefinition> = {}): DigestDefinition {
  return { id: "asia-daily", title: "Asia Daily", region: "asia", windowHours: 24, schedule: "0 7 * * *", maxItems: 20, ...over };
}

export function aSender(over: Partial<Sender> = {}): Sender {
  return { name: "Asia Daily desk", address: "desk@digest.example.org", postalAddress: "12 Harbour Lane\nSingapore 049321", ...over };
}

export function somePersonalFields(over: Partial<PersonalFields> = {}): PersonalFields {
  return {
    name: "Alice Tan",
    email: "alice@example.com",
    unsubscribeUrl: "https://digest.example.org/u/eyJkIjoiYXNpYS1kYWlseSJ9.sig?one-click=1",
    preferencesUrl: "https://digest.example.org/preferences/eyJkIjoiYXNpYS1kYWlseSJ9.sig",
    reason: "You get this because you subscribed to Asia Daily as alice@example.com",
    ...over,
  };
}

const STORIES: Array<[string, string, string, string[], string, AgendaItem[]]> = [
  ["Vietnam's assembly fast-tracks a law on offshore wind auctions", "Hanoi", "Pacific Ledger", ["VN"],
    "Lawmakers moved the first auction to the third quarter, a year earlier than planned, after power shortages last summer.",
    [anAgendaItem({ label: "Auctions", summary: "The first round offers 2 GW off the south-central coast." }),
     anAgendaItem({ label: "Grid", summary: "The state utility must publish connection costs before bidding opens." })]],
  ["Indonesia raises its nickel export levy as smelter output hits a record", "Jakarta", "Harbour Street Journal", ["ID", "CN"],
    "The levy rises to 7% from March; officials say the money will fund processing plants outside Sulawesi.",
    [anAgendaItem({ label: "Levy", summary: "Rates step up each year until 2028 under the draft schedule." }),
     anAgendaItem({ label: "Investors", summary: "Chinese-owned smelters asked for a grace period on existing contracts." }),
     anAgendaItem({ label: "Jobs", summary: "Regional governments want a quota for local hiring at new plants." })]],
  ["India and Bangladesh reopen a rail freight link after monsoon repairs", "New Delhi", "Meridian Asia Wire", ["IN", "BD"],
    "Freight trains resumed on the repaired bridge on Monday, cutting the border crossing for garment inputs from days to hours.",
    [anAgendaItem({ label: "Capacity", summary: "Six trains a day are scheduled, rising to ten by April." })]],
  ["Kazakhstan signs a uranium supply deal with a South Korean utility", "Astana", "Steppe Monitor", ["KZ", "KR"],
    "The ten-year contract covers fuel for two reactors and includes a clause on shipping through the Caspian route.",
    [anAgendaItem({ label: "Route", summary: "Cargo avoids Russian ports by crossing the Caspian to Azerbaijan." }),
     anAgendaItem({ label: "Price", summary: "Terms link to a spot index with a floor and a ceiling." })]],
  ["Philippine central bank names a new deputy amid peso volatility", "Manila", "Pacific Ledger", ["PH"],
    "The appointment of a former debt-market chief signals closer attention to the currency, economists said.",
    [anAgendaItem({ label: "Policy", summary: "The next rate decision is due in February." })]],
  ["Taiwan's chipmakers warn of power rationing as reservoirs fall", "Taipei", "Harbour Street Journal", ["TW"],
    "Industry groups asked for priority supply after two months of low rainfall left reservoirs at a third of capacity.",
    [anAgendaItem({ label: "Water", summary: "Fabs have started trucking water to plants in Hsinchu." }),
     anAgendaItem({ label: "Power", summary: "The grid operator may cut evening supply to heavy users." })]],
  ["Mongolia's coal exports to China reach a monthly record", "Ulaanbaatar", "Steppe Monitor", ["MN", "CN"],
    "A new rail crossing at the southern border carried most of the increase, the customs office said.",
    [anAgendaItem({ label: "Rail", summary: "A second track should open before the summer." })]],
  ["Thailand's cabinet approves a digital wallet for rural households", "Bangkok", "Meridian Asia Wire", ["TH"],
    "The scheme pays a one-off sum through a state app; critics question the cost and the app's security.",
    [anAgendaItem({ label: "Cost", summary: "The budget office puts the bill at 1.1% of GDP." }),
     anAgendaItem({ label: "Security", summary: "An outside audit of the app is due before launch." })]],
  ["Pakistan and Uzbekistan sign a trans-Afghan railway framework", "Tashkent", "Steppe Monitor", ["PK", "UZ", "AF"],
    "The framework sets out financing talks for a line that would link Central Asia to Arabian Sea ports.",
    [anAgendaItem({ label: "Finance", summary: "Development banks are asked to fund the feasibility study." })]],
  ["Singapore tightens rules for crypto firms serving overseas clients", "Singapore", "Harbour Street Journal", ["SG"],
    "Firms licensed in the city-state must stop serving clients abroad unless they hold a full licence by June.",
    [anAgendaItem({ label: "Licences", summary: "About twenty firms are affected, the regulator said." }),
     anAgendaItem({ label: "Deadline", summary: "Existing clients must be notified within thirty days." })]],
];

/** `n` distinct briefs in rank order: the lead story, then invented stories in rotation. */
export function sampleBriefs(n: number): Brief[] {
  return Array.from({ length: n }, (_, i) => {
    if (i === 0) return aBrief({ alsoReportedBy: ["Pacific Ledger", "Harbour Street Journal"] });
    const [title, place, publisher, countries, summary, agenda] = STORIES[(i - 1) % STORIES.length]!;
    const round = Math.floor((i - 1) / STORIES.length);
    const slug = title.toLowerCase().replace(/[^a-z]+/g, "-").slice(0, 48);
    return aBrief({
      id: `b-${i}`,
      title: round === 0 ? title : `${title} (update ${round + 1})`,
      url: `https://news.example.com/asia/2026/01/${10 + (i % 3)}/${slug}-${i}`,
      publisher,
      dateline: { place, date: `2026-01-${10 + (i % 3)}`, raw: place.toUpperCase() },
      countries,
      summary,
      agenda,
      alsoReportedBy: i % 4 === 0 ? [publisher === "Pacific Ledger" ? "Steppe Monitor" : "Pacific Ledger"] : [],
    });
  });
}

/** An edition of `n` sample briefs with a few dated events. */
export function sampleEdition(n: number, over: Partial<Edition> = {}): Edition {
  return anEdition({
    briefs: sampleBriefs(n),
    upcoming: [
      anEvent({ date: "2026-01-20", label: "First offshore wind auction rules published", briefId: "b-1" }),
      anEvent({ date: "2026-01-15", label: "Leaders of Japan and South Korea meet in Tokyo", briefId: "b-shuttle" }),
      anEvent({ date: "2026-02-05", label: "Philippine central bank rate decision", briefId: "b-5" }),
      anEvent({ date: "2026-01-02", label: "Already past: must not appear", briefId: "b-2" }),
    ],
    ...over,
  });
}
