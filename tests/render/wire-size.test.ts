import { describe, expect, it } from "vitest";
import { buildRfc5322 } from "../../src/delivery/message.ts";
import { wireSize } from "../../src/render/wire-size.ts";

// The HTML part of a message as it travels: its Content-Transfer-Encoding and its encoded bytes.
async function htmlPartOnWire(html: string, htmlEncoding: "quoted-printable" | "base64"): Promise<{ encoding: string; bytes: number }> {
  const raw = (await buildRfc5322({ from: "D <d@example.com>", to: "r@example.com", subject: "s", messageId: "<1@example.com>", html: Buffer.from(html), htmlEncoding, text: Buffer.from("t"), headers: {}, date: new Date(0) })).toString("latin1");
  const part = /Content-Type: text\/html[^\r]*\r\nContent-Transfer-Encoding: ([\w-]+)\r\n\r\n([\s\S]*?)\r\n----/.exec(raw)!;
  return { encoding: part[1]!, bytes: Buffer.byteLength(part[2]!, "latin1") };
}

describe("wireSize", () => {
  const english = `<table style="width:600px"><tr><td class="card">${"Japan and South Korea agreed a package of measures on Monday. ".repeat(300)}</td></tr></table>\n`.repeat(3);
  const chinese = `<table style="width:600px"><tr><td class="card">${"中国国务院周一批准了一项新的经济刺激计划。".repeat(300)}</td></tr></table>\n`.repeat(3);

  it("measures English HTML in quoted-printable and Chinese in base64, as the message then carries them, within 1%", async () => {
    for (const [html, expected] of [[english, "quoted-printable"], [chinese, "base64"]] as const) {
      const estimate = wireSize(html);
      expect(estimate.encoding).toBe(expected);
      const sent = await htmlPartOnWire(html, estimate.encoding);
      expect(sent.encoding).toBe(expected);
      expect(Math.abs(sent.bytes - estimate.bytes) / sent.bytes).toBeLessThan(0.01);
    }
  });

  it("counts a Chinese edition at more than its UTF-8 bytes, and far less than quoted-printable would make it", () => {
    const utf8 = Buffer.byteLength(chinese);
    const { bytes } = wireSize(chinese);
    expect(bytes).toBeGreaterThan(utf8 * 1.3);
    expect(bytes).toBeLessThan(utf8 * 1.4);
  });
});
