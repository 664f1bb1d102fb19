// Pure scoring: predictions against labels. An agenda item counts when its label, or its summary,
// holds every word of the labelled topic, case-insensitive, plurals and possessives folded, in any
// order: "Export controls on advanced chips" names "chip export controls".
import type { AgendaItem, UpcomingEvent } from "../src/domain/types.ts";
import type { BriefLabel } from "./labels.ts";

export interface Prediction {
  inRegion: boolean;
  countries: string[];
  dateline?: { place?: string; date?: string };
  agenda: AgendaItem[];
  upcoming: UpcomingEvent[];
}

export interface Scores {
  briefs: number;
  region: number;
  datelinePlace: number;
  datelineDate: number;
  agendaPrecision: number;
  agendaRecall: number;
  upcomingRecall: number;
  /** Share of predicted events whose date a label names: for information, no target. */
  upcomingPrecision: number;
  /** Agenda precision and recall when an item names half a topic's words: for information, no target. */
  agendaPrecisionLoose: number;
  agendaRecallLoose: number;
  /** Micro-averaged F1 of prominent countries: for information, no target. */
  countriesF1: number;
  misses: string[];
}

const stem = (w: string): string =>
  w.replace(/['’]s?$/, "").replace(/ies$/, "y").replace(/(ch|sh|x|ss)es$/, "$1").replace(/([^s])s$/, "$1");

const stems = (text: string): string[] =>
  (text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").match(/[\p{L}\p{N}'’]+/gu) ?? []).map(stem);

/** Does an item name the topic? */
export function namesTopic(item: AgendaItem, topic: string): boolean {
  const needle = stems(topic);
  if (needle.length === 0) return false;
  return [item.label, item.summary].some((text) => {
    const hay = new Set(stems(text));
    return needle.every((w) => hay.has(w));
  });
}

const FUNCTION_WORDS = new Set(["of", "on", "for", "the", "a", "an", "and", "to", "in", "with", "at", "by", "from", "over"]);

/**
 * Does an item name at least half the topic's words? For information only, beside the strict
 * figure: it tells a wording miss ("Floor wage" for "minimum wage") from a topic not found at all.
 */
export function namesTopicLoosely(item: AgendaItem, topic: string): boolean {
  const needle = stems(topic).filter((w) => !FUNCTION_WORDS.has(w));
  if (needle.length === 0) return false;
  const hay = new Set([...stems(item.label), ...stems(item.summary)]);
  return needle.filter((w) => hay.has(w)).length * 2 >= needle.length;
}

const fold = (s: string | undefined): string => (s ?? "").toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").trim();

/** Scores a set of (label, prediction) pairs; misses say what went wrong, brief by brief. */
export function score(pairs: { label: BriefLabel; prediction: Prediction; name: string }[]): Scores {
  const misses: string[] = [];
  let looseItems = 0, looseTopics = 0;
  let region = 0, place = 0, date = 0, predicted = 0, correctItems = 0, topics = 0, foundTopics = 0, events = 0, foundEvents = 0, predictedEvents = 0, rightEvents = 0;
  let tp = 0, fp = 0, fn = 0;
  for (const { label, prediction: p, name } of pairs) {
    if (p.inRegion === label.inRegion) region++;
    else misses.push(`${name}: region ${p.inRegion ? "in" : "out"} (countries ${p.countries.join(",") || "none"}), labelled ${label.inRegion ? "in" : "out"}`);
    const wantPlace = label.dateline?.place;
    const gotPlace = p.dateline?.place;
    if (fold(wantPlace) === fold(gotPlace)) place++;
    else misses.push(`${name}: dateline place ${gotPlace ?? "none"}, labelled ${wantPlace ?? "none"}`);
    const wantDate = label.dateline ? label.dateline.date : undefined;
    const gotDate = p.dateline?.date;
    if ((wantDate ?? "") === (gotDate ?? "")) date++;
    else misses.push(`${name}: dateline date ${gotDate ?? "none"}, labelled ${wantDate ?? "none"}`);
    for (const item of p.agenda) {
      predicted++;
      if (label.agenda.some((t) => namesTopicLoosely(item, t))) looseItems++;
      if (label.agenda.some((t) => namesTopic(item, t))) correctItems++;
      else misses.push(`${name}: agenda item "${item.label}" names no labelled topic`);
    }
    for (const topic of label.agenda) {
      topics++;
      if (p.agenda.some((item) => namesTopicLoosely(item, topic))) looseTopics++;
      if (p.agenda.some((item) => namesTopic(item, topic))) foundTopics++;
      else misses.push(`${name}: agenda topic "${topic}" not found`);
    }
    for (const e of label.upcoming) {
      events++;
      if (p.upcoming.some((u) => u.date === e.date)) foundEvents++;
      else misses.push(`${name}: upcoming ${e.date} (${e.about ?? ""}) not found; got ${p.upcoming.map((u) => `${u.date} ${u.label}`).join("; ") || "none"}`);
    }
    // Labels name day-dated events only ("a month alone is not a date").
    for (const u of p.upcoming.filter((e) => e.precision !== "month")) {
      predictedEvents++;
      if (label.upcoming.some((e) => e.date === u.date)) rightEvents++;
      else misses.push(`${name}: upcoming ${u.date} "${u.label}" is not a labelled event`);
    }
    const want = new Set(label.countries);
    for (const c of p.countries) (want.has(c) ? tp++ : fp++);
    for (const c of want) if (!p.countries.includes(c)) fn++;
    if (p.countries.join(",") !== label.countries.join(",")) misses.push(`${name}: countries ${p.countries.join(",") || "none"}, labelled ${label.countries.join(",")}`);
  }
  const n = pairs.length || 1;
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    briefs: pairs.length,
    region: region / n,
    datelinePlace: place / n,
    datelineDate: date / n,
    agendaPrecision: ratio(correctItems, predicted),
    agendaRecall: ratio(foundTopics, topics),
    agendaPrecisionLoose: ratio(looseItems, predicted),
    agendaRecallLoose: ratio(looseTopics, topics),
    upcomingRecall: ratio(foundEvents, events),
    upcomingPrecision: ratio(rightEvents, predictedEvents),
    countriesF1: ratio(2 * tp, 2 * tp + fp + fn),
    misses,
  };
}
