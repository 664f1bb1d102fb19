import { describe, expect, it } from "vitest";
import { signUnsubscribe, verifyUnsubscribe } from "../../src/delivery/tokens.ts";

const SECRET = "test-secret-0123456789";

describe("unsubscribe tokens", () => {
  it("round-trips the reader and the digest, URL-safe and compact", () => {
    const token = signUnsubscribe({ email: "min-ji.park+news@example.com", digestId: "asia-daily" }, SECRET);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(encodeURIComponent(token)).toBe(token);
    expect(token.length).toBeLessThan(80);
    expect(verifyUnsubscribe(token, SECRET)).toEqual({ email: "min-ji.park+news@example.com", digestId: "asia-daily" });
  });

  it("carries '*' for every digest, and non-ASCII addresses", () => {
    const token = signUnsubscribe({ email: "민지@example.kr", digestId: "*" }, SECRET);
    expect(verifyUnsubscribe(token, SECRET)).toEqual({ email: "민지@example.kr", digestId: "*" });
  });

  it("rejects a token signed with another secret", () => {
    const token = signUnsubscribe({ email: "a@example.com", digestId: "asia-daily" }, "another-secret");
    expect(verifyUnsubscribe(token, SECRET)).toBeUndefined();
  });

  it("rejects a tampered payload: another reader's address with the old signature", () => {
    const token = signUnsubscribe({ email: "a@example.com", digestId: "asia-daily" }, SECRET);
    const [, mac] = token.split(".");
    const forged = `${Buffer.from("asia-daily\nvictim@example.com").toString("base64url")}.${mac}`;
    expect(verifyUnsubscribe(forged, SECRET)).toBeUndefined();
  });

  it("rejects a tampered signature, one flipped character at a time", () => {
    const token = signUnsubscribe({ email: "a@example.com", digestId: "asia-daily" }, SECRET);
    for (let i = 0; i < token.length; i++) {
      if (token[i] === ".") continue;
      const flipped = token.slice(0, i) + (token[i] === "A" ? "B" : "A") + token.slice(i + 1);
      expect(verifyUnsubscribe(flipped, SECRET), `position ${i}`).toBeUndefined();
    }
  });

  it("rejects truncated and malformed tokens", () => {
    const token = signUnsubscribe({ email: "a@example.com", digestId: "asia-daily" }, SECRET);
    for (const bad of [token.slice(0, -1), token.slice(0, -5), token.split(".")[0]!, `${token}.x`, "", ".", "a.b", token.replace(".", "")]) {
      expect(verifyUnsubscribe(bad, SECRET), bad).toBeUndefined();
    }
    expect(verifyUnsubscribe(token, "")).toBeUndefined();
  });

  it("refuses to sign with an empty secret or a payload that would be ambiguous", () => {
    expect(() => signUnsubscribe({ email: "a@example.com", digestId: "x" }, "")).toThrow(/secret/);
    expect(() => signUnsubscribe({ email: "a@example.com", digestId: "x\ny" }, SECRET)).toThrow(/single lines/);
    expect(() => signUnsubscribe({ email: "", digestId: "x" }, SECRET)).toThrow();
  });
});
