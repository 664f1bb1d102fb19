// Quality floors: today's eval figures, rounded down, on the corpus the rules were developed on and
// on each held-out set. A change that makes analysis worse on any of them fails here; raise a
// floor when the figures improve. Not timings: quality.
import { describe, expect, it } from "vitest";
import { evaluate, labelledSets, type Scores } from "../../eval/index.ts";
import { namesTopic, namesTopicLoosely } from "../../eval/score.ts";

type Floors = Partial<Record<keyof Scores, number>>;

const FLOORS: Record<string, Floors> = {
  corpus: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.95, agendaRecall: 0.96, upcomingRecall: 1.0, countriesF1: 1.0 },
  set1: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 1.0, agendaRecall: 0.88, upcomingRecall: 0.95, countriesF1: 0.98 },
  set2: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 1.0, agendaRecall: 0.87, upcomingRecall: 1.0, countriesF1: 0.96 },
  set3: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.95, agendaRecall: 0.95, upcomingRecall: 0.95, countriesF1: 0.98 },
  set4: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.88, agendaRecall: 0.84, upcomingRecall: 0.96, countriesF1: 0.96 },
  // One label dates a Kentucky night game by its UTC day; the analysis reads the local day (see eval/README.md).
  // Session 5: one listed item's summary went back to the list's own sentence (0.70 → 0.68).
  set5: { region: 1.0, datelinePlace: 1.0, datelineDate: 0.97, agendaPrecision: 0.68, agendaRecall: 0.67, upcomingRecall: 0.86, countriesF1: 0.98 },
  // Session 5: a side's want inside a run of items adds "US tariffs on steel", right in meaning,
  // which the strict scorer does not count ("us tariffs on canadian steel and aluminum").
  set6: { region: 1.0, datelinePlace: 0.97, datelineDate: 0.97, agendaPrecision: 0.6, agendaRecall: 0.46, upcomingRecall: 0.89, countriesF1: 0.92 },
  set7: { region: 0.97, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.82, agendaRecall: 0.76, upcomingRecall: 0.9, countriesF1: 0.94 },
  // Studied in session 3. Agenda precision went from 0.80 to 0.75 as recall went from 0.64 to 0.79:
  // the new items are the right topics in other words ("Pause" for "output pause").
  set8: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.83, agendaRecall: 0.87, upcomingRecall: 0.93, countriesF1: 0.96 },
  // Blind through session 3, studied in session 4 (see eval/README.md).
  set9: { region: 0.97, datelinePlace: 1.0, datelineDate: 0.97, agendaPrecision: 0.9, agendaRecall: 0.97, upcomingRecall: 0.92, countriesF1: 0.92 },
  // Session 6: a long listing sentence no longer lends its words to each item's summary, so "Stalled
  // push" is judged by itself (0.88 → 0.86).
  set10: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.86, agendaRecall: 0.9, upcomingRecall: 0.96, countriesF1: 0.95 },
  // Sets 11 and 12 (session 4), both studied.
  // Session 6: a question's body gives no second item ("Horticulture" under "What about apples and
  // kiwifruit?"), which the labels named (0.84 → 0.82).
  set11: { region: 0.97, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.86, agendaRecall: 0.84, upcomingRecall: 0.92, countriesF1: 0.95 },
  set12: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.95, agendaRecall: 0.93, upcomingRecall: 0.96, countriesF1: 0.96 },
  // Set 13 (session 4): scored blind after the session's first changes, then studied.
  set13: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.96, agendaRecall: 1.0, upcomingRecall: 0.94, countriesF1: 0.98 },
  // Set 14 (session 4): blind through session 4 (first look agenda P 0.83 R 0.68), studied in session 5.
  set14: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.97, agendaRecall: 1.0, upcomingRecall: 0.96, countriesF1: 1.0 },
  // Set 15 (session 5): first look agenda P 0.83 R 0.69, then studied.
  set15: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.95, agendaRecall: 0.97, upcomingRecall: 0.93, countriesF1: 0.94 },
  // Set 16 (session 5): first look near the end of the session agenda P 0.59 R 0.45, then studied for its last hour.
  set16: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.93, agendaRecall: 0.95, upcomingRecall: 0.96, countriesF1: 0.97 },
  // Set 17 (session 5): blind until session 6 (first look P 0.80 R 0.70), then studied.
  set17: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 1.0, agendaRecall: 0.97, upcomingRecall: 0.97, countriesF1: 0.97 },
  // Set 18 (session 6): first look P 0.71 R 0.52, then studied.
  // Sets 19–21 (session 6): blind through session 6 (first looks P 0.79 R 0.83, P 0.69 R 0.71,
  // P 0.92 R 0.81), studied in session 7.
  set18: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 1.0, agendaRecall: 1.0, upcomingRecall: 0.89, countriesF1: 0.96 },
  set19: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.89, agendaRecall: 1.0, upcomingRecall: 0.94, countriesF1: 0.97 },
  set20: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.97, agendaRecall: 0.93, upcomingRecall: 0.94, countriesF1: 0.98 },
  set21: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 1.0, agendaRecall: 0.9, upcomingRecall: 0.89, countriesF1: 0.98 },
  // Sets 22 and 23 (session 7): blind through session 7 (first looks P 0.78 R 0.73 and P 0.76 R 0.72),
  // studied in session 8.
  set22: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.88, agendaRecall: 0.95, upcomingRecall: 0.88, countriesF1: 0.98 },
  set23: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.88, agendaRecall: 0.97, upcomingRecall: 0.82, countriesF1: 0.96 },
  // Sets 24 and 25 (session 7): first looks P 0.92 R 0.75 and P 0.77 R 0.53. Set 24 stays blind;
  // set 25 was studied in session 8.
  set24: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.95, agendaRecall: 0.79, upcomingRecall: 0.91, countriesF1: 0.91 },
  set25: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 1.0, agendaRecall: 0.97, upcomingRecall: 0.95, countriesF1: 0.93 },
  // Sets 26–28 (session 8). First looks with session 7's final code: P 0.78 R 0.67, P 0.94 R 0.63,
  // P 0.81 R 0.76. Sets 26 and 28 are blind (agenda misses unread; set 26's region and upcoming misses
  // and set 27's region misses were read); set 27 was studied in session 8, set 28 in session 9 (from
  // R 0.76 blind to 0.95).
  set26: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.85, agendaRecall: 0.8, upcomingRecall: 0.9, countriesF1: 0.97 },
  set27: { region: 0.97, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 1.0, agendaRecall: 0.97, upcomingRecall: 0.86, countriesF1: 0.93 },
  set28: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.95, agendaRecall: 0.95, upcomingRecall: 1.0, countriesF1: 0.96 },
  // Sets 29 and 30 (session 8): blind, misses unread; first looks at the session's final code (3496bd2).
  // Session 9: set 29's dateline misses read and mended (a town the story names again, a writer's own
  // day, "Colleagues in Birmingham district" is no byline place); the obituary's GB came only from that
  // false dateline (countries F1 0.92 → 0.90). Then studied: agenda R 0.55 blind → 0.93.
  set29: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.97, agendaRecall: 0.93, upcomingRecall: 0.9, countriesF1: 0.9 },
  set30: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.84, agendaRecall: 0.84, upcomingRecall: 0.89, countriesF1: 0.95 },
  // Sets 31 and 32 (session 9), blind: first looks at session 8's final code were set 31 P 0.78 R 0.73
  // (33 of 34 read: a headline-first wire .txt was refused) and set 32 P 0.79 R 0.84.
  set31: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.79, agendaRecall: 0.72, upcomingRecall: 0.83, countriesF1: 0.98 },
  set32: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.78, agendaRecall: 0.84, upcomingRecall: 0.96, countriesF1: 0.95 },
  // Sets 33 and 34 (session 9): agenda-dense study sets (about 80% of briefs carry items, each in a
  // construction of its own), written mid-session and studied; first looks agenda P 0.83 R 0.30 and P 0.76 R 0.47.
  // Session 10 studied more of both (R 0.40 → 0.70 and 0.60 → 0.78).
  set33: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.97, agendaRecall: 0.72, upcomingRecall: 0.85, countriesF1: 0.89 },
  set34: { region: 0.97, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.96, agendaRecall: 0.78, upcomingRecall: 0.96, countriesF1: 0.91 },
  // Sets 35 and 36 (session 10), written blind by helpers and scored at session 9's final code (e7d786a):
  // set 35 P 0.68 R 0.67 (local and specialist news; studied since, its misses were general bugs in
  // textbook shapes), set 36 P 0.74 R 0.75 (money and livelihoods; blind, agenda misses unread).
  set35: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.94, agendaRecall: 0.92, upcomingRecall: 0.85, countriesF1: 0.97 },
  // Set 36: blind through session 11 (P 0.75 R 0.77), studied in session 12.
  set36: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.76, agendaRecall: 0.85, upcomingRecall: 0.92, countriesF1: 1.0 },
  // Set 37 (session 10), written blind near the end and scored once at the session's final code: P 0.83
  // R 0.66 (session 9's final code, e7d786a: P 0.85 R 0.61).
  // Set 37: blind through session 11, studied in session 12 (P 0.84 R 0.67 → P 0.91 R 0.82).
  set37: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.91, agendaRecall: 0.82, upcomingRecall: 0.91, countriesF1: 0.98 },
  // Sets 38 and 39 (session 11), written blind at its start and scored at session 10's final code
  // (8eba305): set 38 P 0.76 R 0.63, kept blind; set 39 P 0.84 R 0.65, studied. Set 40, written blind
  // mid-session: P 0.89 R 0.73 at 8eba305 and at the session's later code; kept blind.
  // Set 38: blind through session 11 (first look P 0.76 R 0.63), studied in session 12.
  set38: { region: 1.0, datelinePlace: 0.97, datelineDate: 1.0, agendaPrecision: 0.91, agendaRecall: 0.89, upcomingRecall: 0.82, countriesF1: 0.92 },
  set39: { region: 1.0, datelinePlace: 1.0, datelineDate: 0.97, agendaPrecision: 1.0, agendaRecall: 0.97, upcomingRecall: 0.88, countriesF1: 0.98 },
  // Set 40: blind through session 11, studied in session 12 (P 0.90 R 0.74 → P 0.91 R 0.87).
  set40: { region: 0.97, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.91, agendaRecall: 0.86, upcomingRecall: 0.89, countriesF1: 0.95 },
  // Set 41 (session 12, blind): diplomacy and security across Asia; first look P 0.80 R 0.89.
  set41: { region: 1.0, datelinePlace: 1.0, datelineDate: 1.0, agendaPrecision: 0.8, agendaRecall: 0.89, upcomingRecall: 0.88, countriesF1: 0.98 },
  // Set 42 (session 12, blind, written mid-session): business news in the seed's own shape; the same at
  // the session's first and last code: P 1.0 R 0.95.
  set42: { region: 1.0, datelinePlace: 0.97, datelineDate: 0.97, agendaPrecision: 1.0, agendaRecall: 0.95, upcomingRecall: 0.95, countriesF1: 0.98 },
};

const sets = await labelledSets();

describe.each(sets)("analysis quality on $name", async ({ name, dir }) => {
  const scores = await evaluate(dir);

  it("reads every labelled brief", () => {
    expect(scores.misses.filter((m) => /no brief read|could not be read|cannot read|expected/.test(m))).toEqual([]);
  });

  it("has floors for this set", () => {
    expect(Object.keys(FLOORS)).toContain(name);
  });

  it.each(Object.entries(FLOORS[name] ?? {}))("keeps %s at or above %s", (key, floor) => {
    expect(scores[key as keyof Scores]).toBeGreaterThanOrEqual(floor);
  });
});

describe("the labelled corpus", () => {
  it("holds at least 40 briefs across shapes", async () => {
    expect((await evaluate()).briefs).toBeGreaterThanOrEqual(40);
  });
});

describe("namesTopic", () => {
  const item = (label: string, summary = "") => ({ label, summary });
  it("needs every word of the topic in the label or in the summary, in any order", () => {
    expect(namesTopic(item("Export controls on advanced chips"), "chip export controls")).toBe(true);
    expect(namesTopic(item("Seafood", "China suspended imports of seafood."), "seafood import ban")).toBe(false);
    expect(namesTopic(item("Tariffs", "The ban on imports stays."), "import ban")).toBe(true);
    expect(namesTopic(item("Water", "Prices rose."), "water prices")).toBe(false);
  });
});

describe("namesTopicLoosely", () => {
  const item = (label: string, summary = "") => ({ label, summary });
  it("needs half the topic's content words, to tell a wording miss from a topic not found", () => {
    expect(namesTopicLoosely(item("Floor wage"), "minimum wage")).toBe(true);
    expect(namesTopicLoosely(item("US tariffs on steel"), "us tariffs on canadian steel and aluminum")).toBe(true);
    expect(namesTopicLoosely(item("Grain"), "grain import caps")).toBe(false);
    expect(namesTopicLoosely(item("Peru", "Peru is the guest country."), "entry fees")).toBe(false);
  });
});
