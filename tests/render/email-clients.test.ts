import { doIUseEmail } from "@jsx-email/doiuse-email";
import mjml2html from "mjml";
import { beforeAll, describe, expect, it } from "vitest";
import { aBrief, anEdition, sampleEdition } from "./builders.ts";
import { render } from "./fixture.ts";

const CLIENTS = ["gmail.*", "outlook.*", "apple-mail.*", "yahoo.*"];

// mjml's own minimal one-section document. It carries mj-title and mj-preview because the digest
// must have both (the subject as the document title, the preheader); what those two emit
// (a hidden preview div, an aria-label) is mjml's doing, so it belongs to the baseline.
const MJML_MINIMAL = `<mjml><mj-head><mj-title>Title</mj-title><mj-preview>Preview</mj-preview></mj-head>
<mj-body><mj-section><mj-column><mj-text>Hello World!</mj-text></mj-column></mj-section></mj-body></mjml>`;

// "Partially supported" findings we accept, each because the caniemail note does not touch our use:
// the list notes are about <ol reversed> and <li value>, which the templates never write.
const ACCEPTED_PARTIAL = [/^`<ul>, <ol> and <dl>` is only partially supported/];

interface Findings { errors: Set<string>; warnings: Set<string> }

function check(html: string): Findings {
  const result = doIUseEmail(html, { emailClients: CLIENTS });
  return { errors: new Set(result.success ? [] : result.errors), warnings: new Set(result.warnings) };
}

let baseline: Findings;
beforeAll(async () => {
  baseline = check((await mjml2html(MJML_MINIMAL)).html);
});

describe("support in Gmail, Outlook, Apple Mail and Yahoo (caniemail data)", () => {
  it("the baseline is not empty, so the comparison means something", () => {
    expect(baseline.errors.size).toBeGreaterThan(10);
  });

  for (const [name, edition] of [
    ["a full edition", sampleEdition(12)],
    ["an edition without links, agenda or events", anEdition({ briefs: [aBrief({ url: undefined, agenda: [], alsoReportedBy: [] })], upcoming: [] })],
    ["an empty edition", anEdition({ briefs: [], upcoming: [] })],
  ] as const) {
    it(`finds nothing unsupported beyond mjml's own document in ${name}`, async () => {
      const ours = check((await render(edition)).html);
      expect([...ours.errors].filter((e) => !baseline.errors.has(e))).toEqual([]);
    });

    it(`finds nothing partially supported beyond mjml's own document in ${name}, except what we reasoned through`, async () => {
      const { html } = await render(edition);
      const extra = [...check(html).warnings].filter((w) => !baseline.warnings.has(w) && !ACCEPTED_PARTIAL.some((r) => r.test(w)));
      expect(extra).toEqual([]);
      expect(html).not.toMatch(/<ol[^>]*\sreversed|<li[^>]*\svalue=/i);
    });
  }
});
