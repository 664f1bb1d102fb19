// How a message leaves: the Transport contract, and the one place a transport URL is read.
import { badTransportUrl } from "./delivery-error.ts";
import type { OutgoingMessage } from "./message.ts";
import { outboxTransport } from "./outbox-transport.ts";
import { smtpOptionsFromUrl, smtpTransport } from "./smtp-transport.ts";

export { DeliveryError } from "./delivery-error.ts";

export interface Transport {
  /** "outbox:DIR", "smtp://host:port": for logs, never holds a password. */
  readonly name: string;
  /** Resolves once the message is submitted (written, or accepted by the SMTP server); rejects with a DeliveryError. */
  send(msg: OutgoingMessage): Promise<{ response: string }>;
  close(): Promise<void>;
}

/** "outbox:DIR", "smtp://user:pass@host:port", "smtps://…", with ?pool=&maxConnections=&rateLimit=… */
export function transportFromUrl(url: string, env: { SMTP_USER?: string; SMTP_PASS?: string }): Transport {
  if (url.startsWith("outbox:")) {
    const dir = url.slice("outbox:".length);
    if (!dir) throw badTransportUrl(url, "outbox:DIR needs a folder");
    return outboxTransport(dir);
  }
  if (/^smtps?:\/\//i.test(url)) return smtpTransport(smtpOptionsFromUrl(url, env));
  throw badTransportUrl(url, "expected outbox:DIR, smtp://host:port or smtps://host:port");
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
