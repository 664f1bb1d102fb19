import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { outboxTransport } from "../../src/delivery/outbox-transport.ts";
import { aMessage, ISSUE } from "./support/builders.ts";

describe("outbox transport", () => {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "digest-outbox-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const key = (email: string) => ({ digestId: "asia-daily", issue: ISSUE, email });

  it("writes the message as .eml that parses, and its HTML beside it", async () => {
    const msg = { ...aMessage("minji@example.com"), key: key("minji@example.com") };
    const { response } = await outboxTransport(dir).send(msg);
    const base = join(dir, ISSUE, "asia-daily--minji@example.com");
    expect(response).toBe(`written ${base}.eml`);
    expect((await readdir(join(dir, ISSUE))).sort()).toEqual(["asia-daily--minji@example.com.eml", "asia-daily--minji@example.com.html"]);

    const mail = await simpleParser(await readFile(`${base}.eml`));
    expect(mail.messageId).toBe(msg.messageId);
    expect(mail.subject).toBe(msg.subject);
    expect(mail.text).toBe(msg.text.toString());
    expect(mail.html).toContain("<h1>Asia Briefing</h1>");
    expect(mail.headerLines.find((h) => h.key === "list-unsubscribe-post")?.line).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(await readFile(`${base}.html`)).toEqual(msg.html);
  });

  it("overwrites a message sent again (a re-claim after a crash) instead of failing", async () => {
    const t = outboxTransport(dir);
    const msg = { ...aMessage("minji@example.com"), key: key("minji@example.com") };
    await t.send(msg);
    await t.send({ ...msg, subject: "second" });
    const mail = await simpleParser(await readFile(join(dir, ISSUE, "asia-daily--minji@example.com.eml")));
    expect(mail.subject).toBe("second");
    expect(await readdir(join(dir, ISSUE))).toHaveLength(2);
  });

  it("writes no .html for a text-only reader", async () => {
    const { html: _html, ...text } = aMessage("oliver@example.co.uk");
    await outboxTransport(dir).send({ ...text, key: key("oliver@example.co.uk") });
    expect(await readdir(join(dir, ISSUE))).toEqual(["asia-daily--oliver@example.co.uk.eml"]);
  });

  it("keeps a hostile address and digest id inside the outbox folder", async () => {
    const evil = { digestId: "../../etc", issue: "../..", email: "../../x/y@example.com" };
    await outboxTransport(dir).send({ ...aMessage("x@example.com"), key: evil });
    const files = await readdir(dir, { recursive: true });
    expect(files.filter((f) => f.endsWith(".eml"))).toEqual([join("__..", "__.._etc--__.._x_y@example.com.eml")]);
  });

  it("names an unkeyed message by its Message-ID and date", async () => {
    const msg = aMessage("dana@example.com");
    await outboxTransport(dir).send(msg);
    const files = await readdir(join(dir, "2026-01-13"));
    expect(files).toContain(`${msg.messageId.slice(1, -1)}.eml`);
  });

  it("fails as transient when the folder cannot be made", async () => {
    await writeFile(join(dir, "blocked"), "a file where the issue folder should be");
    const err = await outboxTransport(dir)
      .send({ ...aMessage("a@example.com"), key: { digestId: "d", issue: "blocked", email: "a@example.com" } })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "DeliveryError", code: "SMTP_TRANSIENT", permanent: false });
  });

  it("leaves no temp file behind when the final rename fails", async () => {
    // A non-empty folder where the .eml should go makes the rename fail after the temp file is written.
    await mkdir(join(dir, ISSUE, "d--a@example.com.eml", "inside"), { recursive: true });
    const err = await outboxTransport(dir)
      .send({ ...aMessage("a@example.com"), key: { digestId: "d", issue: ISSUE, email: "a@example.com" } })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "SMTP_TRANSIENT" });
    expect((await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
