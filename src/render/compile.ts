// One MJML compile per edition. Handlebars expands the edition into MJML first (mjml drops block
// helpers between its tags), mjml compiles, and only the personal placeholders remain to be filled.
import mjml2html from "mjml";
import type { DigestDefinition, Edition } from "../domain/types.ts";
import { DigestError } from "../domain/errors.ts";
import { countTokens, toSegments } from "./placeholders.ts";
import type { CompiledEdition, Sender, Templates } from "./types.ts";
import { buildView, type DigestView } from "./view-model.ts";
import { wireSize } from "./wire-size.ts";

/**
 * Gmail clips a message whose HTML passes ~102 KB; the budget is measured as the part travels, encoded
 * (a Chinese or Thai edition's HTML is half again as large in quoted-printable as in UTF-8), with room
 * left for the personal fields.
 */
export const DEFAULT_MAX_HTML_BYTES = 96_000;
/** Room kept for personal fields (URLs, reason, name) spliced in after the budget check. */
const PERSONAL_RESERVE = 2_048;

/** Compiles an edition once; over the size budget it drops the lowest-ranked briefs and says so. */
export async function compileEdition(
  edition: Edition,
  digest: DigestDefinition,
  sender: Sender,
  templates: Templates,
  opts: { maxHtmlBytes?: number } = {},
): Promise<CompiledEdition> {
  const budget = (opts.maxHtmlBytes ?? DEFAULT_MAX_HTML_BYTES) - PERSONAL_RESERVE;
  const total = edition.briefs.length;
  let view = buildView(edition, digest, sender, total);
  let html = await renderHtml(view, templates);
  // Each render is measured once: the wire size walks every byte.
  let wire = wireSize(html);
  if (wire.bytes > budget && total > 0) {
    // Cards differ in size; estimate from one- and all-brief renders, then step down until it fits.
    const one = wireSize(await renderHtml(buildView(edition, digest, sender, 1), templates)).bytes;
    const perBrief = total > 1 ? (wire.bytes - one) / (total - 1) : one;
    let shown = Math.min(total - 1, Math.max(0, 1 + Math.floor((budget - one) / Math.max(1, perBrief))));
    for (;;) {
      view = buildView(edition, digest, sender, shown);
      html = await renderHtml(view, templates);
      wire = wireSize(html);
      if (wire.bytes <= budget || shown === 0) break;
      shown -= 1;
    }
  }
  return {
    editionKey: edition.key,
    subject: view.subject,
    preheader: view.preheader,
    shownBriefs: view.briefs.length,
    moreCount: view.more,
    html: toSegments(html),
    htmlEncoding: wire.encoding,
    text: toSegments(fill(templates.text, view, "digest.txt")),
  };
}

/** The MJML source of an edition, placeholders still in: for validation tests and previews. */
export function renderMjml(view: DigestView, templates: Templates): string {
  return fill(templates.html, view, "digest.mjml");
}

async function renderHtml(view: DigestView, templates: Templates): Promise<string> {
  const source = renderMjml(view, templates);
  let result;
  try {
    // ignoreIncludes: templates are read at the edge; nothing at compile time may read files.
    result = await mjml2html(source, { validationLevel: "strict", ignoreIncludes: true, keepComments: false, fonts: {} });
  } catch (cause) {
    throw new DigestError("TEMPLATE_INVALID", `digest.mjml does not compile: ${describe(cause)}`, {
      location: { file: "digest.mjml" },
      cause,
    });
  }
  const html = squeeze(result.html);
  const before = countTokens(source);
  const after = countTokens(html);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    throw new DigestError("TEMPLATE_INVALID", `mjml dropped personal fields: ${JSON.stringify(before)} before, ${JSON.stringify(after)} after compile; put them in text or href attributes only`, {
      location: { file: "digest.mjml" },
    });
  }
  return html;
}

function fill(template: Templates["html"], view: DigestView, file: string): string {
  try {
    return template(view);
  } catch (cause) {
    throw new DigestError("TEMPLATE_INVALID", `template ${file}: ${describe(cause)}`, { location: { file }, cause });
  }
}

/** mjml indents for humans; leading whitespace is meaningless in HTML and costs a third of the bytes. */
function squeeze(html: string): string {
  return html.replace(/^[ \t]+/gm, "").replace(/[ \t]+$/gm, "").replace(/\n{2,}/g, "\n");
}

function describe(cause: unknown): string {
  const details = (cause as { details?: { formattedMessage?: string }[] }).details;
  if (Array.isArray(details) && details.length > 0) return details.map((d) => d.formattedMessage).join("; ");
  return cause instanceof Error ? cause.message : String(cause);
}
