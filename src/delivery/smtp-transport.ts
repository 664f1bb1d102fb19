// SMTP through nodemailer (a connection pool by default). The message goes out as the exact bytes of
// buildRfc5322, the same as the outbox writes; errors are sorted into transient (retry) and permanent.
import nodemailer from "nodemailer";
import { DeliveryError } from "./delivery-error.ts";
import { buildRfc5322, parseMailbox } from "./message.ts";
import type { Transport } from "./transport.ts";
import type { SmtpOptions } from "./transport-url.ts";

// Read from the URL by transport-url.ts, which config validation also asks without loading nodemailer.
export { smtpOptionsFromUrl, type SmtpOptions } from "./transport-url.ts";

export function smtpTransport(opts: SmtpOptions): Transport {
  const mailer = nodemailer.createTransport({
    host: opts.host,
    port: opts.port,
    secure: opts.secure,
    ...(opts.auth ? { auth: opts.auth } : {}),
    ...(opts.requireTLS !== undefined ? { requireTLS: opts.requireTLS } : {}),
    ...(opts.ignoreTLS !== undefined ? { ignoreTLS: opts.ignoreTLS } : {}),
    // nodemailer's defaults wait up to 10 minutes on a silent socket; a digest run should not.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    ...(opts.pool
      ? { pool: true as const, maxConnections: opts.maxConnections ?? 3, ...(opts.rateLimit ? { rateLimit: opts.rateLimit, rateDelta: 1000 } : {}) }
      : {}),
  });
  return {
    name: opts.label,
    async send(msg) {
      const raw = await buildRfc5322(msg);
      const envelope = { from: parseMailbox(msg.from).address, to: [parseMailbox(msg.to).address] };
      try {
        const info = await mailer.sendMail({ envelope, raw });
        return { response: String(info.response ?? "") };
      } catch (err) {
        throw classifySmtpError(err);
      }
    },
    async close() {
      mailer.close();
    },
  };
}

// No server to talk to: refused, not found, or silent past its greeting.
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN", "EDNS", "ETIMEDOUT"]);
const TRANSIENT_CODES = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ETLS", "EPROXY", "EMAXLIMIT", "ECONNREFUSED", "ECONNRESET", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
// Enhanced status codes that say the mailbox or its domain does not exist (RFC 3463), not that the server is unhappy.
const NO_SUCH_MAILBOX = /\b5\.1\.(1|2|10)\b/;

/** 5xx → permanent; 4xx, network trouble and bad credentials → transient (fixable, so the next run retries). */
export function classifySmtpError(err: unknown): DeliveryError {
  const e = (err ?? {}) as { code?: unknown; responseCode?: unknown; response?: unknown; message?: unknown };
  const code = typeof e.code === "string" ? e.code : undefined;
  const responseCode = typeof e.responseCode === "number" ? e.responseCode : undefined;
  const text = String(e.response ?? e.message ?? err);
  const isAuth = code === "EAUTH" || code === "ENOAUTH";
  let permanent: boolean;
  if (responseCode !== undefined && !isAuth) permanent = responseCode >= 500;
  else if (isAuth || (code !== undefined && TRANSIENT_CODES.has(code))) permanent = false;
  // Rejected before a server answered (an address nodemailer cannot send to): no retry will help.
  else permanent = code === "EENVELOPE" || code === "EMESSAGE";
  const hardBounce = permanent && code === "EENVELOPE" && NO_SUCH_MAILBOX.test(text);
  const message = `${code ? `${code} ` : ""}${text}`.slice(0, 500);
  // nodemailer wraps a refused connection as ESOCKET "connect ECONNREFUSED …".
  const unreachable = responseCode === undefined && code !== undefined && (UNREACHABLE_CODES.has(code) || /\b(?:connect (?:ECONNREFUSED|EHOSTUNREACH|ETIMEDOUT)|getaddrinfo|Greeting never received)\b/i.test(text));
  return new DeliveryError(permanent ? "SMTP_PERMANENT" : "SMTP_TRANSIENT", message, {
    ...(responseCode !== undefined ? { responseCode } : {}),
    hardBounce,
    unreachable,
    cause: err,
  });
}
