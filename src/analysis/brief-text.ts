import type { BriefDraft } from "../domain/types.ts";
import type { BriefText } from "./index.ts";

/** What analysis reads of a draft: the one mapping the pipeline, the eval and the tests share. */
export function briefTextOf(draft: BriefDraft, id: string): BriefText {
  return {
    id,
    title: draft.title,
    ...(draft.titleFromText ? { titleFromText: true } : {}),
    paragraphs: draft.paragraphs,
    ...(draft.publishedAt ? { publishedAt: draft.publishedAt } : {}),
    ...(draft.feedDate ? { feedDate: draft.feedDate } : {}),
    ...(draft.byline ? { byline: draft.byline } : {}),
    ...(draft.dateline ? { dateline: draft.dateline } : {}),
    ...(draft.html ? { html: draft.html } : {}),
    ...(draft.countries ? { countries: draft.countries } : {}),
    ...(draft.tags?.length ? { tags: draft.tags } : {}),
    ...(draft.publishedDay ? { publishedDay: draft.publishedDay } : {}),
  };
}
