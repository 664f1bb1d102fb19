// Delivery's errors, in a file of their own so that transports and the transport factory share them without a cycle.
import { DigestError } from "../domain/errors.ts";

/** A send that did not happen. Transient ones are retried; permanent ones are not. */
export class DeliveryError extends DigestError {
  declare readonly code: "SMTP_TRANSIENT" | "SMTP_PERMANENT";
  readonly responseCode?: number;
  readonly permanent: boolean;
  /** The server said the mailbox does not exist (5.1.1, 5.1.2, 5.1.10): the address should be suppressed. */
  readonly hardBounce: boolean;
  /** The server could not be reached or never answered: every other copy would wait the same way. */
  readonly unreachable: boolean;

  constructor(code: "SMTP_TRANSIENT" | "SMTP_PERMANENT", message: string, opts: { responseCode?: number; hardBounce?: boolean; unreachable?: boolean; cause?: unknown } = {}) {
    super(code, message, opts.cause === undefined ? {} : { cause: opts.cause });
    this.name = "DeliveryError";
    this.permanent = code === "SMTP_PERMANENT";
    this.hardBounce = opts.hardBounce ?? false;
    this.unreachable = opts.unreachable ?? false;
    if (opts.responseCode !== undefined) this.responseCode = opts.responseCode;
  }
}

/** A transport URL that cannot be used: a config error (exit 2), with the password masked. */
export function badTransportUrl(url: string, why: string): DigestError {
  return new DigestError("CONFIG_INVALID", `transport ${redact(url)}: ${why}`, { location: { file: "transport", field: "transport" } });
}

/** The URL with its password masked, for messages and logs. */
export function redact(url: string): string {
  return url.replace(/^(smtps?:\/\/[^:@/]*:)[^@/]*@/i, "$1***@");
}
