import { describe, expect, it } from "vitest";
import { DigestError } from "../../src/domain/errors.ts";
import { personalise } from "../../src/render/index.ts";
import { PERSONAL_KEYS, type PersonalFields } from "../../src/render/types.ts";
import { sampleEdition, somePersonalFields } from "./builders.ts";
import { render } from "./fixture.ts";

/** The obvious implementation: decode the segments back to a string and replace each field. */
function reference(statics: readonly Buffer[], fields: readonly string[], values: Record<string, string>): string {
  return statics.map((s, i) => s.toString("utf8") + (i < fields.length ? values[fields[i]!] : "")).join("");
}

describe("personalising a compiled edition", () => {
  it("splices each subscriber's fields into the shared bytes, HTML-escaped in the HTML part only", async () => {
    const { compiled } = await render(sampleEdition(4));
    const fields = somePersonalFields({ name: `Zoë "Z" <O'Neil> & co`, reason: "You get this because you subscribed to Asia Daily as zoe@example.com" });
    const copy = personalise(compiled, fields);
    const html = copy.html.toString("utf8");
    const text = copy.text.toString("utf8");
    expect(html).toContain("for Zoë &quot;Z&quot; &lt;O&#x27;Neil&gt; &amp; co");
    expect(html).not.toContain(`<O'Neil>`);
    expect(text).toContain(`for Zoë "Z" <O'Neil> & co`);
    const escaped = Object.fromEntries(PERSONAL_KEYS.map((k) => [k, (fields[k] ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;")
      .replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;").replace(/=/g, "&#x3D;")]));
    expect(html).toBe(reference(compiled.html.statics, compiled.html.fields, escaped));
  });

  it("gives two subscribers copies that differ only in their own fields", async () => {
    const { compiled } = await render(sampleEdition(4));
    const a = personalise(compiled, somePersonalFields()).html.toString("utf8");
    const b = personalise(compiled, somePersonalFields({
      name: "Budi Santoso", email: "budi@example.net", unsubscribeUrl: "https://digest.example.org/u/other", preferencesUrl: "https://digest.example.org/p/other",
      reason: "You get this because you subscribed to Asia Daily as budi@example.net",
    })).html.toString("utf8");
    expect(a).not.toBe(b);
    expect(b).toContain("https://digest.example.org/u/other");
    expect(b).not.toContain("alice@example.com");
    expect(b).not.toContain("Alice Tan");
  });

  it("falls back to the address when the subscriber has no name", async () => {
    const { compiled } = await render(sampleEdition(1));
    const { name: _drop, ...noName } = somePersonalFields();
    const text = personalise(compiled, noName as PersonalFields).text.toString("utf8");
    expect(text).toContain("· for alice@example.com");
  });

  it("keeps personal fields on one line", async () => {
    const { compiled } = await render(sampleEdition(1));
    const copy = personalise(compiled, somePersonalFields({ name: "Alice\r\nBcc: mallory@example.com" }));
    expect(copy.text.toString("utf8")).toContain("for Alice Bcc: mallory@example.com\n");
    expect(copy.html.toString("utf8")).not.toMatch(/Alice[\r\n]/);
  });

  it("refuses an unsubscribe or preferences link that is not absolute http(s)", async () => {
    const { compiled } = await render(sampleEdition(1));
    for (const bad of ["javascript:alert(1)", "/u/relative", "mailto:x@example.com", ""]) {
      expect(() => personalise(compiled, somePersonalFields({ unsubscribeUrl: bad }))).toThrowError(DigestError);
      expect(() => personalise(compiled, somePersonalFields({ preferencesUrl: bad }))).toThrowError(/absolute http\(s\)/);
    }
  });

  it("returns the edition's subject", async () => {
    const { compiled } = await render(sampleEdition(2));
    expect(personalise(compiled, somePersonalFields()).subject).toBe(compiled.subject);
  });
});
