import { simpleParser, type ParsedMail } from "mailparser";
import { describe, expect, it } from "vitest";
import { buildRfc5322, parseMailbox, stableMessageId, unsubscribeHeaders, type OutgoingMessage } from "../../src/delivery/message.ts";

function headerLine(mail: ParsedMail, key: string): string | undefined {
  return mail.headerLines.find((h) => h.key === key)?.line;
}

function aMessage(over: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    from: "Asia Briefing <briefings@example.com>",
    to: "Min-ji Park <minji@example.com>",
    replyTo: "editors@example.com",
    subject: "Asia Briefing — Tue 13 Jan 2026: Seoul and Tokyo agree to share chip alerts",
    messageId: stableMessageId("asia-daily", "2026-01-13", "minji@example.com", "example.com"),
    html: Buffer.from("<html><body><h1>서울과 도쿄</h1><p>Agenda: security</p></body></html>"),
    text: Buffer.from("서울과 도쿄\nAgenda: security\n"),
    headers: unsubscribeHeaders("https://digest.example.com/unsubscribe?token=abc.def", "unsubscribe@example.com"),
    date: new Date("2026-01-13T07:00:00Z"),
    ...over,
  };
}

describe("stableMessageId", () => {
  it("is the same for the same digest, issue and reader, whatever the case of the address", () => {
    const id = stableMessageId("asia-daily", "2026-01-13", "Minji@Example.com", "example.com");
    expect(id).toMatch(/^<[0-9a-f]{32}@example\.com>$/);
    expect(stableMessageId("asia-daily", "2026-01-13", "minji@example.com", "example.com")).toBe(id);
  });

  it("differs per issue, digest and reader", () => {
    const ids = new Set([
      stableMessageId("asia-daily", "2026-01-13", "a@example.com", "example.com"),
      stableMessageId("asia-daily", "2026-01-14", "a@example.com", "example.com"),
      stableMessageId("china-weekly", "2026-01-13", "a@example.com", "example.com"),
      stableMessageId("asia-daily", "2026-01-13", "b@example.com", "example.com"),
    ]);
    expect(ids.size).toBe(4);
  });

  it("keeps a hostile domain out of the header", () => {
    expect(stableMessageId("d", "i", "e", "exa mple.com>\r\nBcc: x")).toMatch(/^<[0-9a-f]{32}@example\.combccx>$/);
  });
});

describe("unsubscribeHeaders", () => {
  it("offers the one-click URL first, then mailto", () => {
    expect(unsubscribeHeaders("https://d.example.com/unsubscribe?token=t", "mailto:u@example.com")).toEqual({
      "List-Unsubscribe": "<https://d.example.com/unsubscribe?token=t>, <mailto:u@example.com>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("encodes what may not stand inside angle brackets", () => {
    expect(unsubscribeHeaders("https://d.example.com/u?a=1,2&b=<x>")["List-Unsubscribe"]).toBe("<https://d.example.com/u?a=1%2C2&b=%3Cx%3E>");
  });

  it("rejects a relative URL", () => {
    expect(() => unsubscribeHeaders("/unsubscribe?token=t")).toThrow();
  });
});

describe("parseMailbox", () => {
  it("splits a name from its address", () => {
    expect(parseMailbox('"Park, Min-ji" <minji@example.com>')).toEqual({ name: "Park, Min-ji", address: "minji@example.com" });
    expect(parseMailbox("minji@example.com")).toEqual({ name: "", address: "minji@example.com" });
  });
});

describe("buildRfc5322", () => {
  it("writes the headers and both parts a mail client reads back", async () => {
    const bytes = await buildRfc5322(aMessage());
    expect(bytes.toString("latin1")).toMatch(/\r\n\r\n/);
    expect(bytes.toString("latin1")).not.toMatch(/[^\r]\n/);
    const mail = await simpleParser(bytes);
    expect(mail.from?.value).toEqual([{ name: "Asia Briefing", address: "briefings@example.com" }]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : []).toEqual([{ name: "Min-ji Park", address: "minji@example.com" }]);
    expect(mail.replyTo?.value[0]?.address).toBe("editors@example.com");
    expect(mail.subject).toBe("Asia Briefing — Tue 13 Jan 2026: Seoul and Tokyo agree to share chip alerts");
    expect(mail.messageId).toBe(stableMessageId("asia-daily", "2026-01-13", "minji@example.com", "example.com"));
    expect(mail.date?.toISOString()).toBe("2026-01-13T07:00:00.000Z");
    expect(mail.text).toBe("서울과 도쿄\nAgenda: security\n");
    expect(mail.html).toContain("<h1>서울과 도쿄</h1>");
    // mailparser folds List-* headers into one "list" object; the raw lines are what a mailbox provider reads.
    expect(headerLine(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(headerLine(mail, "list-unsubscribe")).toBe("List-Unsubscribe: <https://digest.example.com/unsubscribe?token=abc.def>,\r\n <mailto:unsubscribe@example.com>");
    expect(mail.headers.get("list")).toEqual({
      unsubscribe: { url: "https://digest.example.com/unsubscribe?token=abc.def", mail: "unsubscribe@example.com" },
      "unsubscribe-post": { name: "List-Unsubscribe=One-Click" },
    });
  });

  it("sends a text-only message when there is no HTML", async () => {
    const { html: _html, ...textOnly } = aMessage();
    const mail = await simpleParser(await buildRfc5322(textOnly));
    expect(mail.html).toBe(false);
    expect(mail.text).toContain("Agenda: security");
  });

  it("cannot be made to add a header through the subject, a name, an address or a header value", async () => {
    const bytes = await buildRfc5322(
      aMessage({
        subject: "Hello\r\nBcc: victim@example.org\r\n\r\nbody injected",
        to: "Eve\r\nBcc: spy@example.org <minji@example.com>",
        from: "Asia\nX-Injected: 1 <briefings@example.com>",
        replyTo: "editors@example.com\r\nCc: cc@example.org",
        headers: { "List-Unsubscribe": "<https://d.example.com/u>\r\nX-Evil: yes", "X-Digest": "asia\u0000daily\u0085" },
      }),
    );
    const mail = await simpleParser(bytes);
    for (const h of ["bcc", "cc", "x-injected", "x-evil"]) expect(mail.headers.has(h), h).toBe(false);
    expect(mail.subject).toBe("Hello Bcc: victim@example.org body injected");
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((v) => v.address) : []).toEqual(["minji@example.com"]);
    expect(mail.from?.value.map((v) => v.address)).toEqual(["briefings@example.com"]);
    expect(mail.headers.get("x-digest")).toBe("asia daily");
    expect(mail.text).not.toContain("body injected");
    const head = bytes.toString("latin1").split("\r\n\r\n")[0]!;
    expect(head.split("\r\n").filter((l) => /^bcc:/i.test(l))).toEqual([]);
  });

  it("refuses a custom header that would override a message field", async () => {
    await expect(buildRfc5322(aMessage({ headers: { Bcc: "x@example.org" } }))).rejects.toThrow(/not allowed/);
    await expect(buildRfc5322(aMessage({ headers: { "Bad Name": "x" } }))).rejects.toThrow(/not allowed/);
  });
});
