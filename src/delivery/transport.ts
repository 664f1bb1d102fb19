// How a message leaves: the Transport contract, and the one place a transport URL is read.
import { badTransportUrl } from "./delivery-error.ts";
import type { OutgoingMessage } from "./message.ts";
import { outboxTransport } from "./outbox-transport.ts";
import { smtpTransport } from "./smtp-transport.ts";
import { smtpOptionsFromUrl, transportUrlProblem } from "./transport-url.ts";

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
  const problem = transportUrlProblem(url);
  if (problem) throw badTransportUrl(url, problem);
  return url.startsWith("outbox:") ? outboxTransport(url.slice("outbox:".length)) : smtpTransport(smtpOptionsFromUrl(url, env));
}
