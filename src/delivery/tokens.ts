// Signed unsubscribe tokens: "<payload>.<mac>", both base64url. They never expire, because an unsubscribe
// link in an old digest must still work; HMAC-SHA256 keyed by the service secret, truncated to 128 bits.
import { createHmac, timingSafeEqual } from "node:crypto";

export interface UnsubscribePayload {
  email: string;
  /** A digest id, or "*" for every digest. */
  digestId: string;
}

const MAC_BYTES = 16;
const B64URL = /^[A-Za-z0-9_-]+$/;
// Domain separation: the same secret signing something else never yields a valid unsubscribe token.
const PURPOSE = "briefing-digest/unsubscribe/v1\n";

/** A compact, URL-safe token naming the reader and the digest (or "*"). */
export function signUnsubscribe(payload: { email: string; digestId: string | "*" }, secret: string): string {
  if (!secret) throw new Error("signUnsubscribe: the secret is empty");
  if (!payload.email || !payload.digestId || /\n/.test(payload.digestId) || /\n/.test(payload.email)) {
    throw new Error(`signUnsubscribe: email and digestId must be non-empty single lines, got ${JSON.stringify(payload)}`);
  }
  const body = Buffer.from(`${payload.digestId}\n${payload.email}`, "utf8");
  return `${body.toString("base64url")}.${mac(body, secret).toString("base64url")}`;
}

/** The payload when the token is intact and signed with `secret`; undefined for anything else. */
export function verifyUnsubscribe(token: string, secret: string): UnsubscribePayload | undefined {
  if (!secret || token.length > 2048) return undefined;
  const parts = token.split(".");
  if (parts.length !== 2) return undefined;
  const [b, m] = parts as [string, string];
  if (!B64URL.test(b) || !B64URL.test(m)) return undefined;
  const body = Buffer.from(b, "base64url");
  const given = Buffer.from(m, "base64url");
  // Re-encoding must give back the token exactly, or two spellings of one token would both verify.
  if (given.length !== MAC_BYTES || body.toString("base64url") !== b || given.toString("base64url") !== m) return undefined;
  if (!timingSafeEqual(given, mac(body, secret))) return undefined;
  const text = body.toString("utf8");
  const cut = text.indexOf("\n");
  if (cut <= 0 || cut === text.length - 1 || text.indexOf("\n", cut + 1) !== -1) return undefined;
  return { digestId: text.slice(0, cut), email: text.slice(cut + 1) };
}

function mac(body: Buffer, secret: string): Buffer {
  return createHmac("sha256", secret).update(PURPOSE).update(body).digest().subarray(0, MAC_BYTES);
}
