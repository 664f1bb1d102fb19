// The render stage's contract with the rest of the service.
import type { TemplateDelegate } from "handlebars";
import type { TransferEncoding } from "./wire-size.ts";

/** Who the digest comes from; the postal address is printed in every footer. */
export interface Sender {
  name: string;
  address: string;
  postalAddress: string;
  replyTo?: string;
}

/** Absolute http(s) base of the service (unsubscribe, preferences). */
export interface DigestLinks {
  baseUrl: string;
}

/** The only per-subscriber values; everything else is shared by the edition. */
export interface PersonalFields {
  name?: string;
  email: string;
  unsubscribeUrl: string;
  preferencesUrl: string;
  /** "You get this because you subscribed to Asia Daily as alice@example.com" */
  reason: string;
}

export const PERSONAL_KEYS = ["name", "email", "unsubscribeUrl", "preferencesUrl", "reason"] as const;
export type PersonalKey = (typeof PERSONAL_KEYS)[number];

/** A compiled document cut at its personal fields: static bytes encoded once, fields spliced per copy. */
export interface Segments {
  readonly statics: readonly Buffer[];
  /** statics.length === fields.length + 1 */
  readonly fields: readonly PersonalKey[];
  readonly staticBytes: number;
}

/** One edition, compiled once and shared by every subscriber who gets the same briefs. */
export interface CompiledEdition {
  editionKey: string;
  subject: string;
  preheader: string;
  /** Briefs in the HTML and text, after the size budget. */
  shownBriefs: number;
  /** Briefs that matched but are not in this copy (the edition's moreCount plus any dropped for size). */
  moreCount: number;
  readonly html: Segments;
  /** How the HTML part travels: the encoding its size budget was measured in. */
  readonly htmlEncoding: TransferEncoding;
  readonly text: Segments;
}

export interface PersonalCopy {
  subject: string;
  html: Buffer;
  htmlEncoding: TransferEncoding;
  text: Buffer;
}

/** Handlebars templates compiled once at the edge; input is the view model of view-model.ts. */
export interface Templates {
  html: TemplateDelegate;
  text: TemplateDelegate;
  /** Files the templates were read from, by relative path, for error messages. */
  sources: Readonly<Record<string, string>>;
}
