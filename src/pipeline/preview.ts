import type { Config } from "../config/types.ts";
import type { Brief, Edition, Subscriber } from "../domain/types.ts";
import { compileEdition } from "../render/index.ts";
import type { Templates } from "../render/types.ts";
import { digestsOf, planNext } from "../selection/plan.ts";
import { personalFields, type LinkSettings } from "./messages.ts";
import { personalise } from "../render/index.ts";

export interface Preview {
  subscriber: Subscriber;
  digestId: string;
  slot: Date;
  edition: Edition;
  subject: string;
  html: string;
  text: string;
}

/** A reader's next digest exactly as it would be sent, with what is known at `asOf`. */
export async function previewNext(briefs: readonly Brief[], config: Config, subscriber: Subscriber, asOf: Date, templates: Templates, links: LinkSettings, digestId?: string): Promise<Preview> {
  const digest = digestsOf(subscriber, config.digests).find((d) => digestId === undefined || d.id === digestId);
  if (!digest) throw new Error(`${subscriber.email} does not receive ${digestId ?? "any digest"}`);
  const { edition, slot } = planNext(briefs, digest, subscriber, asOf);
  const compiled = await compileEdition(edition, digest, config.sender, templates);
  const copy = personalise(compiled, personalFields(subscriber, digest, links));
  return { subscriber, digestId: digest.id, slot, edition, subject: copy.subject, html: copy.html.toString("utf8"), text: copy.text.toString("utf8") };
}

/** Finds a reader by email, or the first active one. */
export function pickSubscriber(config: Config, email?: string): Subscriber | undefined {
  if (email === undefined) return config.subscribers.find((s) => s.status === "active") ?? config.subscribers[0];
  return config.subscribers.find((s) => s.email === email.toLowerCase());
}
