// One outgoing email and its exact bytes. Every transport sends what buildRfc5322 makes, so the outbox file
// and the SMTP DATA are the same message.
import { createHash } from "node:crypto";
import MailComposer from "nodemailer/lib/mail-composer";
import type { DeliveryKey } from "./ledger.ts";

export interface OutgoingMessage {
  /** "Name <addr>" or "addr" */
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  /** "<hex@domain>" */
  messageId: string;
  html?: Buffer;
  /** The HTML part's transfer encoding, chosen where its size was budgeted; default: nodemailer's pick. */
  htmlEncoding?: "quoted-printable" | "base64";
  text: Buffer;
  /** List-Unsubscribe and friends; never the headers set from the fields above. */
  headers: Record<string, string>;
  date: Date;
  /** Which delivery this is; deliverAll sets it, the outbox names its files by it. */
  key?: DeliveryKey;
}

export interface Mailbox {
  name: string;
  address: string;
}

/** The same (digest, issue, reader) always gets the same Message-ID, so a resend after a crash is a duplicate mail clients can drop. */
export function stableMessageId(digestId: string, issue: string, email: string, domain: string): string {
  const hex = createHash("sha256").update(`${digestId}\n${issue}\n${email.trim().toLowerCase()}`).digest("hex").slice(0, 32);
  const host = domain.toLowerCase().replace(/[^a-z0-9.-]/g, "") || "localhost";
  return `<${hex}@${host}>`;
}

/** RFC 2369 List-Unsubscribe with RFC 8058 one-click: the URL must accept a POST. */
export function unsubscribeHeaders(url: string, mailto?: string): Record<string, string> {
  const targets = [`<${angleSafe(new URL(url).href)}>`];
  if (mailto) targets.push(`<${angleSafe(mailto.startsWith("mailto:") ? mailto : `mailto:${mailto}`)}>`);
  return { "List-Unsubscribe": targets.join(", "), "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

// Inside <…> a URL may not hold whitespace, angle brackets or (RFC 2369) literal commas.
function angleSafe(uri: string): string {
  return cleanHeader(uri).replace(/[\s<>,]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** A header value with every CR, LF and other control character gone, so no value can start a header of its own. */
export function cleanHeader(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ").trim();
}

/** "Min-ji Park <minji@example.com>" → its name and address; a bare address has an empty name. */
export function parseMailbox(value: string): Mailbox {
  const clean = cleanHeader(value);
  const m = /^(.*)<([^<>]*)>\s*$/.exec(clean);
  const name = (m ? m[1]! : "").trim().replace(/^"(.*)"$/, "$1").replace(/\\(.)/g, "$1");
  const address = (m ? m[2]! : clean).replace(/[\s<>"]/g, "");
  return { name, address };
}

// Headers the composer writes from the message's own fields; a custom header must not duplicate or override them.
const RESERVED = new Set(["from", "to", "cc", "bcc", "reply-to", "sender", "subject", "message-id", "date", "mime-version", "content-type", "content-transfer-encoding"]);
const HEADER_NAME = /^[!-9;-~]+$/;

/** The exact RFC 5322 bytes of the message, CRLF line ends, MIME multipart/alternative when there is HTML. */
export async function buildRfc5322(msg: OutgoingMessage): Promise<Buffer> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(msg.headers)) {
    if (!HEADER_NAME.test(name) || RESERVED.has(name.toLowerCase())) throw new Error(`buildRfc5322: header name ${JSON.stringify(name)} is not allowed`);
    headers[name] = cleanHeader(value);
  }
  const replyTo = msg.replyTo ? parseMailbox(msg.replyTo) : undefined;
  const composer = new MailComposer({
    from: parseMailbox(msg.from),
    to: parseMailbox(msg.to),
    ...(replyTo ? { replyTo } : {}),
    subject: cleanHeader(msg.subject),
    messageId: cleanHeader(msg.messageId),
    date: msg.date,
    text: { content: msg.text, contentType: "text/plain; charset=utf-8" },
    ...(msg.html ? { html: { content: msg.html, contentType: "text/html; charset=utf-8", ...(msg.htmlEncoding ? { contentTransferEncoding: msg.htmlEncoding } : {}) } } : {}),
    headers,
    newline: "\r\n",
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}
