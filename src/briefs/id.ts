import { createHash } from "node:crypto";
import type { BriefDraft } from "../domain/types.ts";
import { cleanText } from "./text.ts";
import { canonicalUrl } from "./url.ts";

// Guids are only unique within one feed, so a feed's location is part of the key; a file's path is
// not, so a brief keeps its id when its file moves.
function sourceKey(source: string): string {
  if (source.startsWith("feed:")) return source.replace(/#.*$/s, "");
  return source.slice(0, Math.max(0, source.indexOf(":"))) || source;
}

/** Stable short id: hash of (source kind + guid) or the canonical URL or (title + publication day + publisher). */
export function briefId(draft: BriefDraft): string {
  const url = draft.url === undefined ? undefined : canonicalUrl(draft.url);
  let key: string;
  if (hasGuid(draft)) key = `guid\u0000${sourceKey(draft.source)}\u0000${draft.guid?.trim()}`;
  else if (url !== undefined) key = `url\u0000${url}`;
  else {
    // "Markets wrap" from two publishers on one day is two briefs; from one publisher, one.
    const day = draft.publishedAt?.toISOString().slice(0, 10) ?? "";
    key = `title\u0000${cleanText(draft.title).toLowerCase()}\u0000${day}${draft.publisher ? `\u0000${cleanText(draft.publisher).toLowerCase()}` : ""}`;
  }
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}

/** What a brief's id was made from, in words, for a problem about two briefs sharing one. */
export function idBasis(draft: BriefDraft): string {
  if (hasGuid(draft)) return `guid ("${draft.guid?.trim()}")`;
  if (draft.url !== undefined) return `link (${draft.url})`;
  return "title, day and publisher";
}

const hasGuid = (draft: BriefDraft): boolean => draft.guid !== undefined && draft.guid.trim() !== "";
