import type { Config } from "../config/types.ts";
import { COUNTED_AS, deliverAll, emptySummary, type DeliveryEvent, type DeliveryJob, type DeliverySummary } from "../delivery/deliver.ts";
import type { AnyLedger, DeliveryKey, Refusal } from "../delivery/ledger.ts";
import type { Transport } from "../delivery/transport.ts";
import type { Brief, Clock, Edition } from "../domain/types.ts";
import { compileEdition } from "../render/index.ts";
import type { CompiledEdition, Sender, Templates } from "../render/types.ts";
import { planDue, type Plan } from "../selection/plan.ts";
import { stableMessageId } from "../delivery/message.ts";
import { composeMessage, domainOf, type LinkSettings } from "./messages.ts";

export interface SendDeps {
  config: Config;
  ledger: AnyLedger;
  transport: Transport;
  templates: Templates;
  links: LinkSettings;
  /** The digest's clock: what is due, and the date a message carries (pinned by --as-of for a replay). */
  clock: Clock;
  /** When things really happen, for the ledger's claims and leases: a copy a crashed run left in flight is
   * taken up again after its lease in real time, however the digest's clock is pinned. Default `clock`. */
  ledgerClock?: Clock;
  retry?: { attempts: number; baseDelayMs: number };
  sleep?: (ms: number) => Promise<void>;
}

export interface SendOptions {
  asOf: Date;
  /** Only these readers (lower-case emails). */
  to?: readonly string[];
  dryRun?: boolean;
}

/** What a dry run found for one copy: it would be sent, or why not. */
export interface DryRun {
  key: DeliveryKey;
  outcome: "send" | Refusal;
}

export interface SendReport {
  plan: Plan;
  /** With dryRun, each planned copy and what a real send would do with it. */
  dryRun?: DryRun[];
  /** Editions compiled (each shared by every reader who gets the same briefs). */
  compiled: number;
  summary: DeliverySummary;
}

/** Plans what is due, compiles each edition once, and delivers every reader's copy through the ledger. */
export async function sendDue(briefs: readonly Brief[], opts: SendOptions, deps: SendDeps, onEvent?: (e: DeliveryEvent) => void): Promise<SendReport> {
  const { config } = deps;
  const subscribers = opts.to ? config.subscribers.filter((s) => opts.to!.includes(s.email)) : config.subscribers;
  const plan = planDue({ briefs, digests: config.digests, subscribers, asOf: opts.asOf, catchUpHours: config.catchUpHours });
  const compile = memoCompile(plan.editions, deps.config, deps.templates);

  if (opts.dryRun) {
    // What a real send would do with each copy, read from the ledger without claiming anything.
    const dry = await Promise.all(plan.deliveries.map(async (d): Promise<DryRun> => ({ key: d.key, outcome: await dryOutcome(deps.ledger, d.key) })));
    await Promise.all(plan.deliveries.filter((_, i) => dry[i]?.outcome === "send").map((d) => compile(d.editionKey)));
    const summary = emptySummary();
    for (const d of dry) if (d.outcome !== "send") summary[COUNTED_AS[d.outcome]]++;
    return { plan, compiled: compile.count(), summary, dryRun: dry };
  }
  const jobs: DeliveryJob[] = plan.deliveries.map((d) => ({
    key: d.key,
    editionKey: d.editionKey,
    messageId: stableMessageId(d.key.digestId, d.key.issue, d.key.email, domainOf(config.sender.address)),
    build: async () => composeMessage(await compile(d.editionKey), d.key, d.subscriber, d.digest, config, deps.links, deps.clock.now()),
  }));
  const summary = await deliverAll(
    jobs,
    {
      ledger: deps.ledger,
      transport: deps.transport,
      clock: deps.ledgerClock ?? deps.clock,
      concurrency: 4,
      ...(deps.retry ? { retry: deps.retry } : {}),
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
    },
    onEvent,
  );
  return { plan, compiled: compile.count(), summary };
}

async function dryOutcome(ledger: AnyLedger, key: DeliveryKey): Promise<DryRun["outcome"]> {
  const row = await ledger.find(key);
  if (row?.status === "sent") return "sent";
  if (await ledger.isSuppressed(key.email, key.digestId)) return "suppressed";
  // A row left in flight is taken up after its lease; a dry run cannot tell how long that is, so it says so.
  if (row?.status === "sending") return "in flight";
  return "send";
}

/** Compiles an edition the first time a reader needs it; readers already served never cost a compile. */
function memoCompile(editions: Map<string, Edition>, config: Config, templates: Templates) {
  const cache = new Map<string, Promise<CompiledEdition>>();
  const sender: Sender = { name: config.sender.name, address: config.sender.address, postalAddress: config.sender.postalAddress, ...(config.sender.replyTo ? { replyTo: config.sender.replyTo } : {}) };
  const compile = (key: string): Promise<CompiledEdition> => {
    const hit = cache.get(key);
    if (hit) return hit;
    const edition = editions.get(key);
    if (!edition) throw new Error(`edition ${key} is not in the plan (this is a bug)`);
    const digest = config.digests.find((d) => d.id === edition.digestId)!;
    const compiled = compileEdition(edition, digest, sender, templates);
    cache.set(key, compiled);
    return compiled;
  };
  return Object.assign(compile, { count: () => cache.size });
}
