import { personalise } from "../render/index.ts";
import type { CompiledEdition, PersonalFields } from "../render/types.ts";
import type { Config } from "../config/types.ts";
import type { DigestDefinition, Subscriber } from "../domain/types.ts";
import { stableMessageId, unsubscribeHeaders, type OutgoingMessage } from "../delivery/message.ts";
import { signUnsubscribe } from "../delivery/tokens.ts";
import type { IssueKey } from "../selection/plan.ts";

export interface LinkSettings {
  baseUrl: string;
  secret: string;
}

/** The links and words that make a copy one reader's own. */
export function personalFields(subscriber: Subscriber, digest: DigestDefinition, links: LinkSettings): PersonalFields {
  const token = signUnsubscribe({ email: subscriber.email, digestId: digest.id }, links.secret);
  return {
    ...(subscriber.name ? { name: subscriber.name } : {}),
    email: subscriber.email,
    unsubscribeUrl: `${links.baseUrl}/unsubscribe?token=${token}`,
    preferencesUrl: `${links.baseUrl}/preferences?token=${token}`,
    reason: `You get this because ${subscriber.email} is subscribed to ${digest.title}.`,
  };
}

/** One reader's message for one issue, ready for a transport. */
export function composeMessage(
  compiled: CompiledEdition,
  key: IssueKey,
  subscriber: Subscriber,
  digest: DigestDefinition,
  config: Pick<Config, "sender">,
  links: LinkSettings,
  now: Date,
): OutgoingMessage {
  const fields = personalFields(subscriber, digest, links);
  const copy = personalise(compiled, fields);
  const { sender } = config;
  return {
    from: `${sender.name} <${sender.address}>`,
    to: subscriber.name ? `${subscriber.name} <${subscriber.email}>` : subscriber.email,
    ...(sender.replyTo ? { replyTo: sender.replyTo } : {}),
    subject: copy.subject,
    messageId: stableMessageId(key.digestId, key.issue, key.email, domainOf(sender.address)),
    ...(subscriber.format === "html" ? { html: copy.html, htmlEncoding: copy.htmlEncoding } : {}),
    text: copy.text,
    headers: unsubscribeHeaders(fields.unsubscribeUrl),
    date: now,
  };
}

/** The sender's domain, for Message-IDs. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1) || "localhost";
}
