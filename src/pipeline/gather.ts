import { briefTextOf } from "../analysis/brief-text.ts";
import { markDuplicates, regionsOf, understandBrief } from "../analysis/index.ts";
import { briefId } from "../briefs/normalise.ts";
import type { Brief, BriefDraft, InputProblem, RegionDefinition } from "../domain/types.ts";

/** Pure: drafts read from the sources → understood briefs, duplicates marked; drafts that cannot be dated are reported. */
export function gatherBriefs(drafts: readonly BriefDraft[], regions: readonly RegionDefinition[]): { briefs: Brief[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const byId = new Map<string, Brief>();
  for (const draft of drafts) {
    const id = briefId(draft);
    if (byId.has(id)) continue; // the same item reached us through two sources
    const u = understandBrief(briefTextOf(draft, id));
    const publishedAt = draft.publishedAt ?? (u.dateline?.date ? new Date(`${u.dateline.date}T12:00:00Z`) : undefined);
    if (!publishedAt) {
      problems.push({ where: sourceWhere(draft.source), field: "date", message: `"${draft.title}" has no publication date and no dated dateline; skipped` });
      continue;
    }
    byId.set(id, {
      id,
      source: draft.source,
      title: draft.title,
      ...(draft.url ? { url: draft.url } : {}),
      publishedAt,
      ...(draft.byline ? { byline: draft.byline } : {}),
      ...(draft.publisher ? { publisher: draft.publisher } : {}),
      ...(u.dateline ? { dateline: u.dateline } : {}),
      paragraphs: draft.paragraphs,
      countries: u.countries,
      regions: regionsOf(u.countries, [...regions]),
      agenda: u.agenda,
      upcoming: u.upcoming,
      summary: u.summary,
      tags: draft.tags ?? [],
    });
  }
  return { briefs: markDuplicates([...byId.values()]), problems };
}

function sourceWhere(source: string): string {
  return source.replace(/^(file|feed):/, "");
}
