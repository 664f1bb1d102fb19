// The delivery ledger's contract, declared by its user (deliver.ts) and implemented at the edge
// (memory, SQLite, Redis). The claim rules are pure and shared, so every store agrees on them.
import type { Delivery, DeliveryStatus } from "../domain/types.ts";

/** One subscriber's copy of one issue of one digest. */
export interface DeliveryKey {
  digestId: string;
  /** YYYY-MM-DD in the subscriber's zone. */
  issue: string;
  email: string;
}

export interface Suppression {
  email: string;
  /** A digest id, or "*" for every digest. */
  digestId: string;
  reason: string;
}

export interface SentInfo {
  response?: string;
  /** The Message-ID actually sent, when it differs from the one claimed with. */
  messageId?: string;
}

/**
 * Why a claim found nothing to do: the copy went out already, another run holds it (its lease has not run
 * out), it failed for good earlier (a permanent refusal), or the reader is suppressed.
 */
export type Refusal = "sent" | "in flight" | "failed for good" | "suppressed";

/** A claim taken (the row, now 'sending') or refused, saying why, so a rerun can tell the operator. */
export type Claim = { row: Delivery } | { refused: Refusal };

export interface Ledger {
  /**
   * Claims the delivery for sending. A suppressed reader's unsent row is recorded as 'suppressed'. A row left
   * in 'sending' by a crash is re-claimed once its lease expires, with the messageId first claimed, so a mail
   * client de-duplicates a repeat.
   */
  claim(key: DeliveryKey, editionKey: string, messageId: string, now: Date): Claim;
  markSent(key: DeliveryKey, now: Date, info: SentInfo): void;
  /** A permanent failure is never re-claimed; a transient one is, by the next run. */
  markFailed(key: DeliveryKey, now: Date, error: string, permanent: boolean): void;
  /** Unsubscribes and hard bounces; "*" means every digest. */
  suppress(email: string, digestId: string | "*", reason: string, now: Date): void;
  isSuppressed(email: string, digestId: string): boolean;
  /** Lifts a suppression (a reader who asked to come back); "*" lifts every one the address has. */
  unsuppress(email: string, digestId: string | "*"): void;
  /** Every suppression, for operators. */
  suppressions(): Suppression[];
  /** The row for one copy, if any: what a dry run reads instead of claiming. */
  find(key: DeliveryKey): Delivery | undefined;
  /** Newest first, for `digest status`; only rows in `status` when given, however old. */
  recent(limit: number, status?: DeliveryStatus): Delivery[];
  close(): void;
}

/** The same contract over a network store (Redis): every method answers later. */
export type AsyncLedger = { [K in keyof Ledger]: Ledger[K] extends (...a: infer A) => infer R ? (...a: A) => Promise<R> : never };

/** What deliverAll accepts: either kind. */
export type AnyLedger = Ledger | AsyncLedger;

/** A state given as a Redis URL ("redis://…", "rediss://…") rather than a SQLite file. */
export const isRedisState = (state: string): boolean => /^rediss?:\/\//i.test(state);

/** How long a claim holds before another worker may take the row over (a crash leaves it 'sending'). */
export const DEFAULT_LEASE_MS = 10 * 60_000;

/** Emails compare case-insensitively everywhere in the ledger. */
export function normaliseKey(key: DeliveryKey): DeliveryKey {
  return { digestId: key.digestId, issue: key.issue, email: normaliseEmail(key.email) };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** What a store keeps per delivery, beyond the shared Delivery shape. */
export interface StoredDelivery extends Delivery {
  permanent: boolean;
  /** When the current claim was taken (ms since epoch); 0 when not claimed. */
  claimedAt: number;
  response?: string;
}

/** Why a claim at `now` may not take this row, or undefined when it may; pure, so every store decides alike. */
export function refusalOf(row: StoredDelivery | undefined, now: Date, leaseMs: number): Refusal | undefined {
  if (!row) return undefined;
  const rule: Record<DeliveryStatus, Refusal | undefined> = {
    pending: undefined,
    sending: now.getTime() - row.claimedAt >= leaseMs ? undefined : "in flight",
    sent: "sent",
    failed: row.permanent ? "failed for good" : undefined,
    suppressed: undefined,
  };
  return rule[row.status];
}

/** The row after a successful claim: the first messageId sticks, attempts count claims. */
export function claimedRow(row: StoredDelivery | undefined, key: DeliveryKey, editionKey: string, messageId: string, now: Date): StoredDelivery {
  return {
    ...key,
    editionKey,
    messageId: row?.messageId ?? messageId,
    status: "sending",
    attempts: (row?.attempts ?? 0) + 1,
    ...(row?.error !== undefined ? { error: row.error } : {}),
    updatedAt: now,
    permanent: false,
    claimedAt: now.getTime(),
  };
}

/** The row that records a claim refused because the reader is suppressed; undefined when it was already sent. */
export function suppressedRow(row: StoredDelivery | undefined, key: DeliveryKey, editionKey: string, messageId: string, now: Date): StoredDelivery | undefined {
  if (row?.status === "sent") return undefined;
  return {
    ...key,
    editionKey,
    messageId: row?.messageId ?? messageId,
    status: "suppressed",
    attempts: row?.attempts ?? 0,
    updatedAt: now,
    permanent: false,
    claimedAt: 0,
  };
}

/**
 * What a claim does, decided on the stored row: the row to store, if any, and what the caller is told.
 * Pure, so the memory and SQLite stores decide alike (Redis's Lua script mirrors it).
 */
export function decideClaim(row: StoredDelivery | undefined, suppressed: boolean, key: DeliveryKey, editionKey: string, messageId: string, now: Date, leaseMs: number): { store?: StoredDelivery; claim: Claim } {
  if (suppressed) {
    const next = suppressedRow(row, key, editionKey, messageId, now);
    return next ? { store: next, claim: { refused: "suppressed" } } : { claim: { refused: "sent" } };
  }
  const refused = refusalOf(row, now, leaseMs);
  if (refused) return { claim: { refused } };
  const next = claimedRow(row, key, editionKey, messageId, now);
  return { store: next, claim: { row: toDelivery(next) } };
}

/** The public view of a stored row. */
export function toDelivery(row: StoredDelivery): Delivery {
  const { permanent: _p, claimedAt: _c, response: _r, ...delivery } = row;
  return delivery;
}
