// What a transport URL says, read without opening anything (nor loading nodemailer): config validation
// asks it of every config, the transports use it to connect. Pure.
import { badTransportUrl, redact } from "./delivery-error.ts";

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

/** Why a transport URL cannot be used, or undefined: config validation asks before anything is sent. */
export function transportUrlProblem(url: string): string | undefined {
  if (url.startsWith("outbox:")) return url.slice("outbox:".length).trim() ? undefined : "outbox:DIR needs a folder";
  if (!/^smtps?:\/\//i.test(url)) return "expected outbox:DIR, smtp://host:port or smtps://host:port";
  try {
    smtpOptionsFromUrl(url, {});
    return undefined;
  } catch (e) {
    return (e as Error).message.replace(/^transport \S+: /, "");
  }
}
