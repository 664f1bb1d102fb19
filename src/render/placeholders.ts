// Personal fields travel through Handlebars and MJML as private-use-area tokens that content can
// never contain (clean.ts strips that range), then the compiled document is cut at them once.
import { PERSONAL_KEYS, type PersonalKey, type Segments } from "./types.ts";

const OPEN = "\ue000";
const CLOSE = "\ue001";
const TOKEN = new RegExp(`${OPEN}(${PERSONAL_KEYS.join("|")})${CLOSE}`, "g");

export function personalTokens(): Record<PersonalKey, string> {
  return Object.fromEntries(PERSONAL_KEYS.map((k) => [k, `${OPEN}${k}${CLOSE}`])) as Record<PersonalKey, string>;
}

/** How many personal placeholders a document holds, by field. */
export function countTokens(doc: string): Record<PersonalKey, number> {
  const counts = Object.fromEntries(PERSONAL_KEYS.map((k) => [k, 0])) as Record<PersonalKey, number>;
  for (const m of doc.matchAll(TOKEN)) counts[m[1] as PersonalKey] += 1;
  return counts;
}

/** Cuts a compiled document at its placeholders and encodes the static parts once. */
export function toSegments(doc: string): Segments {
  if (doc.replace(TOKEN, "").includes(OPEN)) throw new Error("an unknown personal placeholder survived compilation");
  const statics: Buffer[] = [];
  const fields: PersonalKey[] = [];
  let from = 0;
  for (const m of doc.matchAll(TOKEN)) {
    statics.push(Buffer.from(doc.slice(from, m.index), "utf8"));
    fields.push(m[1] as PersonalKey);
    from = m.index + m[0].length;
  }
  statics.push(Buffer.from(doc.slice(from), "utf8"));
  return { statics, fields, staticBytes: statics.reduce((n, b) => n + b.length, 0) };
}
