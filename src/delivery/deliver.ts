// Delivers a batch through the ledger: each copy claimed before it is sent, marked after, so a rerun or a
// restart never sends a copy twice. A failing reader is reported and skipped; the batch goes on. A ledger
// error stops the batch: without the ledger nothing can be sent safely.
import type { Clock } from "../domain/types.ts";
import { DeliveryError } from "./delivery-error.ts";
import type { AnyLedger, DeliveryKey, Refusal } from "./ledger.ts";
import { stableMessageId, type OutgoingMessage } from "./message.ts";
import type { Transport } from "./transport.ts";

export interface DeliveryJob {
  key: DeliveryKey;
  editionKey: string;
  /** The Message-ID to claim with; the ledger's copy wins on a re-claim. Without it, the built message's own is used. */
  messageId?: string;
  /** Built only once the copy is claimed, so copies already sent cost nothing. */
  build: () => Promise<OutgoingMessage> | OutgoingMessage;
}

type Where = DeliveryKey;
export type DeliveryEvent =
  | (Where & { type: "sent"; messageId: string; tries: number; response: string })
  | (Where & { type: "skipped"; reason: Exclude<Refusal, "suppressed"> })
  | (Where & { type: "suppressed" })
  | (Where & { type: "retry"; try: number; delayMs: number; error: string })
  | (Where & { type: "failed"; error: string; permanent: boolean; suppressed: boolean })
  /** A hard bounce taken off the list once the batch showed the server accepts others. */
  | (Where & { type: "bounced"; error: string })
  | { type: "halted"; afterFailures: number; deferred: number; left: DeliveryKey[] };

export interface DeliverySummary {
  sent: number;
  /** Already sent: nothing to do. */
  skipped: number;
  /** Held by another run whose lease has not run out (or one that stopped mid-batch): it, or a later run, sends them. */
  inFlight: number;
  /** Refused for good by the server on an earlier run: never tried again. */
  failedEarlier: number;
  suppressed: number;
  failed: number;
  /** Not attempted because the batch halted; left unclaimed for the next run. */
  deferred: number;
  failures: { email: string; error: string }[];
}

export interface DeliveryDeps {
  ledger: AnyLedger;
  transport: Transport;
  clock: Clock;
  /** Tries per copy for transient errors, and the first wait (doubling each time). Default 3 and 1 s. */
  retry?: { attempts: number; baseDelayMs: number };
  sleep?: (ms: number) => Promise<void>;
  /** Copies in flight at once; match the SMTP pool's maxConnections. Default 1. */
  concurrency?: number;
  /**
   * Failures in a row after which the batch stops (default 5): when the server is down, or refuses
   * everyone (a relay that denies us), every reader would fail the same way, so the rest are left
   * unclaimed for the next run instead of each costing its retries or its place on the list.
   */
  haltAfter?: number;
}

export async function deliverAll(jobs: DeliveryJob[], deps: DeliveryDeps, onEvent: (e: DeliveryEvent) => void = () => {}): Promise<DeliverySummary> {
  const summary = emptySummary();
  const batch: Batch = { summary, emit: onEvent, bounces: [] };
  const queue = [...jobs];
  const haltAfter = deps.haltAfter ?? 5;
  let inARow = 0;
  let halted = false;
  const worker = async () => {
    for (let job = queue.shift(); job && !halted; job = queue.shift()) {
      const outcome = await deliverOne(job, deps, batch);
      if (outcome === "sent") inARow = 0;
      else if (outcome === "transient" || outcome === "permanent" || outcome === "unreachable") inARow++;
      // A server that cannot be reached stops the batch at once: each copy would wait out the same timeouts.
      if ((inARow >= haltAfter || outcome === "unreachable") && !halted) {
        halted = true;
        summary.deferred = queue.length;
        if (queue.length > 0) onEvent({ type: "halted", afterFailures: inARow, deferred: queue.length, left: queue.map((j) => j.key) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(deps.concurrency ?? 1, jobs.length)) }, worker));
  // Bounces from before the server's first acceptance: once it has accepted someone, they were about the address.
  if (summary.sent > 0) {
    for (const b of batch.bounces.splice(0)) {
      await deps.ledger.suppress(b.key.email, "*", `hard bounce: ${b.error}`, deps.clock.now());
      onEvent({ ...b.key, type: "bounced", error: b.error });
    }
  }
  return summary;
}

export function emptySummary(): DeliverySummary {
  return { sent: 0, skipped: 0, inFlight: 0, failedEarlier: 0, suppressed: 0, failed: 0, deferred: 0, failures: [] };
}

/** Which count of the summary a refused claim adds to. */
export const COUNTED_AS = { sent: "skipped", "in flight": "inFlight", "failed for good": "failedEarlier", suppressed: "suppressed" } as const satisfies Record<Refusal, keyof DeliverySummary>;

type Outcome = "sent" | "nothing" | "transient" | "permanent" | "unreachable" | "composing";

/** What one batch keeps while its copies go out: its counts, its listener, and bounces waiting on the server's first acceptance. */
interface Batch {
  summary: DeliverySummary;
  emit: (e: DeliveryEvent) => void;
  bounces: { key: DeliveryKey; error: string }[];
}

async function deliverOne(job: DeliveryJob, deps: DeliveryDeps, batch: Batch): Promise<Outcome> {
  const { ledger, clock } = deps;
  const { summary, emit } = batch;
  const where: Where = { ...job.key };
  // Without a messageId from the caller, a deterministic placeholder holds the claim; the message's own replaces it when sent.
  const claim = await ledger.claim(job.key, job.editionKey, job.messageId ?? stableMessageId(job.key.digestId, job.key.issue, job.key.email, "claim.invalid"), clock.now());
  if ("refused" in claim) {
    summary[COUNTED_AS[claim.refused]]++;
    emit(claim.refused === "suppressed" ? { ...where, type: "suppressed" } : { ...where, type: "skipped", reason: claim.refused });
    return "nothing";
  }
  const { row } = claim;

  let msg: OutgoingMessage;
  try {
    const built = await job.build();
    msg = { ...built, key: job.key, messageId: job.messageId ? row.messageId : built.messageId };
  } catch (err) {
    // Not the reader's fault and not permanent: a fixed template or config sends it on the next run.
    await fail(job, deps, batch, `could not compose the message: ${errorText(err)}`, false, false);
    return "composing"; // ours, not the server's: it says nothing about the next reader
  }

  const { attempts, baseDelayMs } = deps.retry ?? { attempts: 3, baseDelayMs: 1000 };
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let tries = 1; ; tries++) {
    let response: string;
    try {
      response = (await deps.transport.send(msg)).response;
    } catch (err) {
      const e = err instanceof DeliveryError ? err : new DeliveryError("SMTP_TRANSIENT", errorText(err), { cause: err });
      if (!e.permanent && !e.unreachable && tries < attempts) {
        const delayMs = baseDelayMs * 2 ** (tries - 1);
        emit({ ...where, type: "retry", try: tries, delayMs, error: e.message });
        await sleep(delayMs);
        continue;
      }
      await fail(job, deps, batch, e.message, e.permanent, e.hardBounce);
      return e.unreachable ? "unreachable" : e.permanent ? "permanent" : "transient";
    }
    // Outside the try: a ledger error after a successful send must not look like a failed send and be retried.
    await ledger.markSent(job.key, clock.now(), { response, ...(msg.messageId !== row.messageId ? { messageId: msg.messageId } : {}) });
    summary.sent++;
    emit({ ...where, type: "sent", messageId: msg.messageId, tries, response });
    return "sent";
  }
}

async function fail(job: DeliveryJob, deps: DeliveryDeps, batch: Batch, error: string, permanent: boolean, hardBounce: boolean): Promise<void> {
  const { summary, emit, bounces } = batch;
  const now = deps.clock.now();
  await deps.ledger.markFailed(job.key, now, error, permanent);
  // A bounce takes a reader off the list only once the server has accepted someone in this batch: a
  // relay that refuses every address says nothing about any one of them. One before the first
  // acceptance waits for the batch's end.
  const suppress = hardBounce && summary.sent > 0;
  if (suppress) await deps.ledger.suppress(job.key.email, "*", `hard bounce: ${error}`, now);
  else if (hardBounce) bounces.push({ key: job.key, error });
  summary.failed++;
  summary.failures.push({ email: job.key.email, error });
  emit({ ...job.key, type: "failed", error, permanent, suppressed: suppress });
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
