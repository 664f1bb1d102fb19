import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DigestError } from "../../src/domain/errors.ts";
import { loadTemplates } from "../../src/render/index.ts";
import { sampleEdition } from "./builders.ts";
import { render, TEMPLATES_DIR, visibleText } from "./fixture.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A user's template folder holding just these files. */
function userFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "digest-templates-"));
  dirs.push(dir);
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

const bundled = (path: string): string => readFileSync(join(TEMPLATES_DIR, path), "utf8");

describe("templates", () => {
  it("let a user's folder override any single file and keep the rest", async () => {
    const footer = bundled("partials/footer.mjml").replace("Your subscription", "Choose your regions");
    const templates = loadTemplates(TEMPLATES_DIR, userFolder({ "partials/footer.mjml": footer }));
    const { html } = await render(sampleEdition(3), { templates });
    expect(visibleText(html)).toContain("Choose your regions");
    expect(visibleText(html)).toContain("In this edition");
  });

  it("are strict: a field the view does not have is an error, not an empty hole", async () => {
    const text = bundled("digest.txt").replace("{{title}}", "{{title}} {{personal.nickname}}");
    const templates = loadTemplates(TEMPLATES_DIR, userFolder({ "digest.txt": text }));
    const failure = render(sampleEdition(1), { templates });
    await expect(failure).rejects.toThrowError(DigestError);
    await expect(failure).rejects.toMatchObject({ code: "TEMPLATE_INVALID", message: expect.stringContaining("nickname") });
  });

  it("are strict inside the MJML too, per brief", async () => {
    const brief = bundled("partials/brief.mjml").replace("{{summary}}", "{{summary}} {{standfirst}}");
    const templates = loadTemplates(TEMPLATES_DIR, userFolder({ "partials/brief.mjml": brief }));
    await expect(render(sampleEdition(1), { templates })).rejects.toMatchObject({ code: "TEMPLATE_INVALID", message: expect.stringContaining("standfirst") });
  });

  it("report a syntax error at load, naming the file", () => {
    const dir = userFolder({ "partials/footer.mjml": "<mj-section>{{#if personal.reason}}</mj-section>" });
    expect(() => loadTemplates(TEMPLATES_DIR, dir)).toThrowError(/partials\/footer\.mjml/);
  });

  it("report a missing main template", () => {
    const empty = userFolder({ "partials/x.txt": "" });
    expect(() => loadTemplates(empty)).toThrowError(/digest\.mjml not found/);
  });

  it("refuse a personal field where mjml would drop it", async () => {
    const head = bundled("partials/head.mjml").replace(`<mj-style inline="inline">`, `<mj-style inline="inline">\n  /* {{personal.name}} */`);
    const templates = loadTemplates(TEMPLATES_DIR, userFolder({ "partials/head.mjml": head }));
    await expect(render(sampleEdition(1), { templates })).rejects.toMatchObject({ code: "TEMPLATE_INVALID", message: expect.stringContaining("dropped personal fields") });
  });

  it("surface mjml's strict validation errors", async () => {
    const brief = bundled("partials/brief.mjml").replace('<mj-text padding="20px 24px 8px"', '<mj-text padding="twenty"');
    const templates = loadTemplates(TEMPLATES_DIR, userFolder({ "partials/brief.mjml": brief }));
    await expect(render(sampleEdition(1), { templates })).rejects.toMatchObject({ code: "TEMPLATE_INVALID", message: expect.stringContaining("padding") });
  });
});
