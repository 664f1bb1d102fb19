// SMTP through nodemailer (a connection pool by default). The message goes out as the exact bytes of
// buildRfc5322, the same as the outbox writes; errors are sorted into transient (retry) and permanent.
import nodemailer from "nodemailer";
import { badTransportUrl, DeliveryError, redact } from "./delivery-error.ts";
import { buildRfc5322, parseMailbox } from "./message.ts";
import type { Transport } from "./transport.ts";

export interface SmtpOptions {
  host: string;
  port: number;
  /** TLS from the first byte (smtps, 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  auth?: { user: string; pass: string };
  pool: boolean;
  maxConnections?: number;
  /** Messages per second, at most. */
  rateLimit?: number;
  requireTLS?: boolean;
  ignoreTLS?: boolean;
  /** For logs: the URL with the password masked. */
  label: string;
}

const FLAGS = ["pool", "requireTLS", "ignoreTLS"] as const;
const NUMBERS = ["maxConnections", "rateLimit"] as const;

/** Reads smtp(s)://user:pass@host:port?pool=true&maxConnections=3&rateLimit=10; credentials fall back to the env. */
export function smtpOptionsFromUrl(url: string, env: { SMTP_USER?: string; SMTP_PASS?: string }): SmtpOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw badTransportUrl(url, "not a valid URL");
  }
  const secure = u.protocol === "smtps:";
  if (!u.hostname) throw badTransportUrl(url, "no host");
  const user = u.username ? decodeURIComponent(u.username) : env.SMTP_USER;
  const pass = u.password ? decodeURIComponent(u.password) : env.SMTP_PASS;
  const opts: SmtpOptions = {
    host: u.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    pool: true,
    label: redact(url).replace(/\?.*$/, ""),
    ...(user ? { auth: { user, pass: pass ?? "" } } : {}),
  };
  for (const [name, value] of u.searchParams) {
    if ((FLAGS as readonly string[]).includes(name)) {
      if (value !== "true" && value !== "false") throw badTransportUrl(url, `?${name} must be true or false, got ${JSON.stringify(value)}`);
      opts[name as (typeof FLAGS)[number]] = value === "true";
    } else if ((NUMBERS as readonly string[]).includes(name)) {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw badTransportUrl(url, `?${name} must be a whole number above 0, got ${JSON.stringify(value)}`);
      opts[name as (typeof NUMBERS)[number]] = n;
    } else {
      throw badTransportUrl(url, `unknown option ?${name} (expected one of ${[...FLAGS, ...NUMBERS].join(", ")})`);
    }
  }
  return opts;
}

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
