// Renders editions with the bundled templates, the way the service does, for the render tests.
import { fileURLToPath } from "node:url";
import type { Edition } from "../../src/domain/types.ts";
import { compileEdition, loadTemplates, personalise } from "../../src/render/index.ts";
import type { CompiledEdition, PersonalFields, Templates } from "../../src/render/types.ts";
import { aDigest, aSender, somePersonalFields } from "./builders.ts";

export const TEMPLATES_DIR = fileURLToPath(new URL("../../templates", import.meta.url));

let cached: Templates | undefined;
export function bundledTemplates(): Templates {
  cached ??= loadTemplates(TEMPLATES_DIR);
  return cached;
}

export interface Rendered {
  compiled: CompiledEdition;
  subject: string;
  html: string;
  text: string;
}

export async function render(
  edition: Edition,
  opts: { fields?: Partial<PersonalFields>; templates?: Templates; maxHtmlBytes?: number } = {},
): Promise<Rendered> {
  const compiled = await compileEdition(edition, aDigest(), aSender(), opts.templates ?? bundledTemplates(),
    opts.maxHtmlBytes === undefined ? {} : { maxHtmlBytes: opts.maxHtmlBytes });
  const copy = personalise(compiled, somePersonalFields(opts.fields));
  return { compiled, subject: copy.subject, html: copy.html.toString("utf8"), text: copy.text.toString("utf8") };
}

/** Every href value in a document, entities decoded the way a browser would for these characters. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)]
    .map((m) => (m[1] ?? m[2] ?? m[3] ?? "").replace(/&#x3D;/g, "=").replace(/&amp;/g, "&").replace(/&#x27;/g, "'"));
}

/** The text a reader sees, roughly: tags dropped, the few entities we emit decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, "=").replace(/&#x60;/g, "`").replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
