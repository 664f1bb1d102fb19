import { describe, expect, it } from "vitest";
import { aBrief, anAgendaItem, anEdition, anEvent, sampleEdition } from "./builders.ts";
import { hrefs, render, visibleText } from "./fixture.ts";

const HOSTILE_TITLE = `<script>alert("t")</script><img src=x onerror=alert(1)> {{personal.email}} {{> brief}} <mj-include path="/etc/passwd" />\r\nBcc: victim@example.com`;

const hostile = anEdition({
  briefs: [
    aBrief({
      id: "evil",
      title: HOSTILE_TITLE,
      url: "javascript:alert(document.cookie)",
      publisher: `"><script>alert(2)</script>`,
      dateline: { place: `<b onmouseover="alert(3)">Tokyo</b>`, date: "2026-01-09", raw: "" },
      summary: `<a href="javascript:alert(4)">click</a> and \u0000\u202eforge \ue000unsubscribeUrl\ue001 a placeholder`,
      countries: ["JP", "<svg onload=alert(5)>"],
      agenda: [anAgendaItem({ label: `</mj-text><mj-raw><script>alert(6)</script></mj-raw>`, summary: `{{#each briefs}}x{{/each}} onerror=alert(7).` })],
      alsoReportedBy: [`<iframe src="https://evil.example">`],
    }),
    aBrief({ id: "data", title: "A link that is data, not http", url: "data:text/html,<script>alert(8)</script>" }),
  ],
  upcoming: [anEvent({ label: `<style>*{display:none}</style>`, briefId: "evil" })],
});

/** Start tags the document itself contains, with their attribute text. */
function tags(html: string): string[] {
  return [...html.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<([a-z][\w-]*)([^>]*)>/gi)].map((m) => `${m[1]!.toLowerCase()}${m[2]}`);
}

describe("hostile brief content", () => {
  it("comes out of the HTML as inert, visible text", async () => {
    const { html } = await render(hostile);
    const found = tags(html);
    expect(found.filter((t) => /^(script|img|iframe|svg|mj-)/.test(t))).toEqual([]);
    expect(found.filter((t) => /\son\w+\s*=/i.test(t))).toEqual([]);
    expect(html.match(/<style/g)?.length).toBe((await render(sampleEdition(1))).html.match(/<style/g)?.length);
    const seen = visibleText(html);
    expect(seen).toContain(`<script>alert("t")</script><img src=x onerror=alert(1)> {{personal.email}} {{> brief}} <mj-include path="/etc/passwd" /> Bcc: victim@example.com`);
    expect(seen).toContain(`</mj-text><mj-raw><script>alert(6)</scr…: {{#each briefs}}x{{/each}} onerror=alert(7).`);
    expect(seen).toContain(`Thu 15 Jan 2026 — <style>*{display:none}</style>`);
  });

  it("never becomes a link unless it is http(s)", async () => {
    const { html, text } = await render(hostile);
    for (const href of hrefs(html)) expect(href).toMatch(/^https?:\/\//);
    expect(tags(html).filter((t) => /\s(href|src|action)\s*=\s*["']?\s*(javascript|data):/i.test(t))).toEqual([]);
    expect(hrefs(html).filter((h) => h.includes("example.com/asia"))).toEqual([]);
    expect(text).not.toMatch(/^\[\d+\] (javascript|data):/m);
  });

  it("cannot reach the personal fields: braces and private-use placeholders stay text", async () => {
    const benign = await render(anEdition({ briefs: [aBrief({ id: "evil" }), aBrief({ id: "data" })] }));
    const evil = await render(hostile);
    expect(evil.compiled.html.fields).toEqual(benign.compiled.html.fields);
    expect(evil.compiled.text.fields).toEqual(benign.compiled.text.fields);
    expect(evil.html.split("alice@example.com").length).toBe(benign.html.split("alice@example.com").length);
    expect(evil.html).toContain("{{personal.email}}");
  });

  it("keeps the subject to one line with no control characters", async () => {
    const { subject } = await render(hostile);
    expect(subject).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(subject.startsWith("Asia Daily — Tue 13 Jan 2026: <script>")).toBe(true);
  });

  it("keeps the text part's headlines on their own lines, with no smuggled header", async () => {
    const { text } = await render(hostile);
    expect(text).not.toMatch(/^Bcc:/m);
    expect(text).not.toMatch(/[\u0000\u202e\ue000\ue001]/);
    expect(text).toContain("{{personal.email}}");
  });
});
