import type { Config } from "../config/types.ts";
import type { Brief, Edition, Subscriber } from "../domain/types.ts";
import { compileEdition } from "../render/index.ts";
import type { Templates } from "../render/types.ts";
import { digestsOf, planNext } from "../selection/plan.ts";
import { personalFields, type LinkSettings } from "./messages.ts";
import { personalise } from "../render/index.ts";
import type { AnyLedger } from "../delivery/ledger.ts";
import { localDate, previousSlot } from "../schedule/slots.ts";

export interface Preview {
  subscriber: Subscriber;
  digestId: string;
  slot: Date;
  edition: Edition;
  subject: string;
  html: string;
  text: string;
}

/**
 * A reader's next digest exactly as it would be sent, with what is known at `asOf`. Given the copies
 * already sent (`sentIssues`, read from the ledger at the edge), an issue overdue within the catch-up comes
 * first, as `send` would deliver it now.
 */
export async function previewNext(briefs: readonly Brief[], config: Config, subscriber: Subscriber, asOf: Date, templates: Templates, links: LinkSettings, opts: { digestId?: string; sentIssues?: ReadonlySet<string> | undefined } = {}): Promise<Preview> {
  const digest = digestsOf(subscriber, config.digests).find((d) => opts.digestId === undefined || d.id === opts.digestId);
  if (!digest) throw new Error(`${subscriber.email} does not receive ${opts.digestId ?? "any digest"}`);
  const sent = opts.sentIssues;
  const { edition, slot } = planNext(briefs, digest, subscriber, asOf, sent ? { catchUpHours: config.catchUpHours, sent: (issue) => sent.has(`${digest.id}|${issue}`) } : undefined);
  const compiled = await compileEdition(edition, digest, config.sender, templates);
  const copy = personalise(compiled, personalFields(subscriber, digest, links));
  return { subscriber, digestId: digest.id, slot, edition, subject: copy.subject, html: copy.html.toString("utf8"), text: copy.text.toString("utf8") };
}

/**
 * The reader's issues a send now would not deliver again (sent, or in another run's hands), as
 * "digestId|issue"; undefined where no ledger has been kept, where an overdue issue says nothing of the
 * service (an editor's own machine): the preview then shows the next send time's issue.
 */
export async function issuesGone(ledger: AnyLedger | undefined, config: Config, subscriber: Subscriber, asOf: Date): Promise<Set<string> | undefined> {
  if (!ledger) return undefined;
  const gone = new Set<string>();
  for (const digest of digestsOf(subscriber, config.digests)) {
    const issue = localDate(previousSlot(subscriber.schedule ?? digest.schedule, subscriber.timezone, asOf), subscriber.timezone);
    const row = await ledger.find({ digestId: digest.id, issue, email: subscriber.email });
    if (row?.status === "sent" || row?.status === "sending") gone.add(`${digest.id}|${issue}`);
  }
  return gone;
}

/** Finds a reader by email, or the first active one. */
export function pickSubscriber(config: Config, email?: string): Subscriber | undefined {
  if (email === undefined) return config.subscribers.find((s) => s.status === "active") ?? config.subscribers[0];
  return config.subscribers.find((s) => s.email === email.toLowerCase());
}
