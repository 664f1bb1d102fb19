// A small, general date reader for what briefs and feeds really contain: ISO 8601, RFC 822 with
// English, Portuguese, Spanish, French, German or Italian names, "Monday, January 12, 2026",
// "12 janvier 2026", "2018-09-18 14:38:10". Pure; a date without a time means 12:00 UTC.

export interface ParsedDate {
  date: Date;
  /** True when the text had no time of day (the date is then 12:00 UTC). */
  dateOnly: boolean;
  /** The calendar day as written, when the text gave a time in a zone other than UTC: the writer's own day. */
  localDay?: string;
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  "january jan janeiro enero ene janvier janv januar gennaio gen",
  "february feb fevereiro fev febrero février fevrier févr fevr februar febbraio",
  "march mar março marco marzo mars märz marz maerz mär",
  "april apr abril abr avril avr aprile",
  "may maio mayo mai maggio mag",
  "june jun junho junio juin juni giugno giu",
  "july jul julho julio juillet juil juli luglio lug",
  "august aug agosto ago août aout aou",
  "september sep sept setembro set septiembre septembre settembre",
  "october oct outubro out octubre octobre oktober okt ottobre ott",
  "november nov novembro noviembre novembre",
  "december dec dezembro dez diciembre dic décembre decembre déc dezember",
];
MONTH_NAMES.forEach((names, i) => names.split(" ").forEach((n) => (MONTHS[n] = i)));

const WEEKDAYS = new Set(
  ("monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun " +
    "segunda terça terca quarta quinta sexta sábado sabado domingo seg ter qua qui sex sáb sab dom feira " +
    "lunes martes miércoles miercoles jueves viernes lun mié mie jue vie " +
    "lundi mardi mercredi jeudi vendredi samedi dimanche mar mer jeu ven sam dim " +
    "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so " +
    "lunedì martedì mercoledì giovedì venerdì").split(" "),
);

// Words that sit between the parts: "24 de setembro de 2018", "the 9th of January", "à 10h".
// A page's date line says what it is: "October 4, 2025 3:48 PM GMT+9 Updated".
const FILLERS = new Set(["de", "del", "of", "the", "le", "el", "am", "den", "at", "à", "a", "um", "às", "as", "on", "updated", "published", "posted"]);

const ZONES: Record<string, number> = { z: 0, ut: 0, utc: 0, gmt: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, cet: 60, cest: 120, bst: 60, jst: 540, kst: 540, ist: 330, sgt: 480, hkt: 480 };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Reads a date; undefined unless every word of `raw` is understood. */
export function parseDate(raw: string): ParsedDate | undefined {
  const text = raw.trim().replace(/\s+/g, " ");
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    return build(Number(y), Number(mo) - 1, Number(d), h === undefined ? undefined : [Number(h), Number(mi), Number(s ?? 0)], zone === undefined ? 0 : zoneMinutes(zone));
  }
  const ymd = YEAR_FIRST.exec(text) ?? VIETNAMESE.exec(text);
  if (ymd?.groups) {
    const { y, m, d, m2, d2 } = ymd.groups;
    return build(Number(y), Number(m ?? m2) - 1, Number(d ?? d2), undefined, 0);
  }
  return parseWords(text);
}

// "2026年3月4日 (水)", "2026년 1월 12일 월요일", "2026/03/04": the year first, never ambiguous.
const YEAR_FIRST = /^(?<y>\d{4})\s*(?:[年년]\s*(?<m>\d{1,2})\s*[月월]\s*(?<d>\d{1,2})\s*[日일]|[/.](?<m2>\d{1,2})[/.](?<d2>\d{1,2}))(?:\s*[(（]?\s*\p{L}{1,4}\s*[)）]?)?$/u;
// "Thứ Hai, ngày 12 tháng 1 năm 2026": day, month and year by name.
const VIETNAMESE = /^(?:thứ\s+\p{L}+,?\s+|chủ nhật,?\s+)?ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})$/iu;

function parseWords(text: string): ParsedDate | undefined {
  const tokens = text.toLowerCase().replace(/[,()]/g, " ").split(/\s+/).filter(Boolean);
  const months: number[] = [];
  const numbers: number[] = [];
  let time: [number, number, number] | undefined;
  let offset: number | undefined;
  let pm: boolean | undefined;
  for (const raw of tokens) {
    const token = raw.replace(/\.$/, "");
    // "06.48" is a time where a page prints it so ("Sat 4 Oct 2025 06.48 BST").
    const clock = /^(\d{1,2})[:h.](\d{2})(?::(\d{2}))?(?:\.\d+)?(z|[+-]\d{2}:?\d{2})?$/.exec(token);
    if (clock) {
      time = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
      if (clock[4] !== undefined) offset = zoneMinutes(clock[4]);
    } else if (/^[+-]\d{4}$|^[+-]\d{2}:\d{2}$/.test(token)) offset = zoneMinutes(token);
    else if (/^(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?$/.test(token)) offset = zoneMinutes(token.slice(3));
    else if (token in ZONES) offset = ZONES[token];
    else if (/^\d{1,4}(st|nd|rd|th|º|ª)?$/.test(token)) numbers.push(Number.parseInt(token, 10));
    else if (token === "am" || token === "pm") pm = token === "pm";
    else if (token in MONTHS) months.push(MONTHS[token] ?? 0);
    else if (WEEKDAYS.has(token) || WEEKDAYS.has(token.split("-")[0] ?? "") || FILLERS.has(token)) continue;
    else return undefined;
  }
  // French "mar" is Tuesday as well as March: with two month words the first was the weekday.
  const month = months.length === 2 && tokens[0] !== undefined && WEEKDAYS.has(tokens[0].replace(/\.$/, "")) ? months[1] : months.length === 1 ? months[0] : undefined;
  if (month === undefined || numbers.length !== 2) return undefined;
  const yearIndex = numbers.findIndex((n) => n >= 1000);
  const [a = 0, b = 0] = numbers;
  const year = yearIndex >= 0 ? numbers[yearIndex] ?? 0 : b < 50 ? 2000 + b : 1900 + b;
  const day = yearIndex === 0 ? b : a;
  if (time && pm !== undefined) time[0] = (time[0] % 12) + (pm ? 12 : 0);
  return build(year, month, day, time, offset ?? 0);
}

function zoneMinutes(zone: string): number {
  if (/^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function build(year: number, month: number, day: number, time: [number, number, number] | undefined, offset: number): ParsedDate | undefined {
  const [h, mi, s] = time ?? [12, 0, 0];
  if (h > 23 || mi > 59 || s > 60) return undefined;
  const ms = Date.UTC(year, month, day, h, mi, s) - (time ? offset : 0) * 60_000;
  const check = new Date(Date.UTC(year, month, day));
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month) return undefined;
  const localDay = time && offset !== 0 ? `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}` : undefined;
  return { date: new Date(ms), dateOnly: time === undefined, ...(localDay ? { localDay } : {}) };
}

const MONTH_WORD = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const IN_TEXT = [
  new RegExp(`\\b(?:${MONTH_WORD})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`, "iu"),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\.? (?:de )?(?:${MONTH_WORD})\\.?,? (?:de )?\\d{4}\\b`, "iu"),
  /\b\d{4}-\d{2}-\d{2}\b/,
];

/** The first date written somewhere inside a longer text ("By bno - Tokyo Office January 9, 2026"). */
export function findDate(text: string): ParsedDate | undefined {
  const flat = text.replace(/\s+/g, " ");
  for (const pattern of IN_TEXT) {
    const found = pattern.exec(flat);
    const parsed = found ? parseDate(found[0]) : undefined;
    if (parsed) return parsed;
  }
  return undefined;
}
