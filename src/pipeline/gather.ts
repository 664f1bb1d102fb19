import { briefTextOf } from "../analysis/brief-text.ts";
import { createHash } from "node:crypto";
import { markDuplicates, regionsOf, understandBrief, type BriefText, type Understanding } from "../analysis/index.ts";
import { briefId, idBasis } from "../briefs/normalise.ts";
import type { Brief, BriefDraft, InputProblem, RegionDefinition } from "../domain/types.ts";

/** Pure: drafts read from the sources → understood briefs, duplicates marked; drafts that cannot be dated are reported. */
export function gatherBriefs(
  drafts: readonly BriefDraft[],
  regions: readonly RegionDefinition[],
  cache?: UnderstandingCache,
): { briefs: Brief[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const byId = new Map<string, Brief>();
  for (const draft of drafts) {
    const id = briefId(draft);
    const seen = byId.get(id);
    if (seen) {
      // The same item reached us through two sources; two different stories under one id are reported, not lost in silence.
      if (seen.title !== draft.title || seen.paragraphs[0] !== draft.paragraphs[0]) problems.push({ where: sourceWhere(draft.source), field: "id", message: `"${draft.title}" has the same ${idBasis(draft)} as "${seen.title}" (${sourceWhere(seen.source)}); skipped` });
      continue;
    }
    const text = briefTextOf(draft, id);
    const u = cache ? cache.get(text) : understandBrief(text);
    const publishedAt = draft.publishedAt ?? (u.dateline?.date ? new Date(`${u.dateline.date}T12:00:00Z`) : undefined);
    if (!publishedAt) {
      problems.push({ where: sourceWhere(draft.source), field: "date", message: `"${draft.title}" has no publication date and no dated dateline; skipped` });
      continue;
    }
    byId.set(id, {
      id,
      source: draft.source,
      title: u.headline,
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

/**
 * Analysis is the costly step (~20 ms a brief) and a brief rarely changes between a service's ticks:
 * results are kept by the text they were computed from, so an edited brief is analysed again.
 */
export class UnderstandingCache {
  private entries = new Map<string, Understanding>();
  private seen = new Set<string>();

  get(text: BriefText): Understanding {
    const key = createHash("sha256").update(JSON.stringify(text)).digest("base64url");
    this.seen.add(key);
    let hit = this.entries.get(key);
    if (!hit) {
      hit = understandBrief(text);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Forgets briefs not seen since the last sweep, so removed files do not pile up in a long-running service. */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.seen.has(key)) this.entries.delete(key);
    this.seen.clear();
  }
}

function sourceWhere(source: string): string {
  return source.replace(/^(file|feed):/, "");
}
