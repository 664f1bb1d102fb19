import type { DigestDefinition, RegionDefinition, Subscriber } from "../domain/types.ts";

export interface Sender {
  name: string;
  address: string;
  replyTo?: string;
  postalAddress: string;
}

/** The whole validated configuration, paths resolved, secrets read. */
export interface Config {
  dir: string;
  files: { service: string; subscribers: string };
  sender: Sender;
  baseUrl: string;
  /** Directories, files or URLs, resolved against the config directory. */
  sources: string[];
  /** "outbox:/abs/dir" or an smtp(s) URL. */
  transport: string;
  statePath: string;
  templatesDir?: string;
  server: { host: string; port: number };
  catchUpHours: number;
  /** Set when digest.yaml pins the clock. */
  pinnedClock?: Date;
  /** Custom regions from config; built-in ones are added by the app. */
  regions: RegionDefinition[];
  digests: DigestDefinition[];
  subscribers: Subscriber[];
  secrets: { smtpUser?: string; smtpPass?: string; signingSecret?: string };
}

/** The environment variables the service reads, and nothing else. */
export interface ConfigEnv {
  SMTP_USER?: string;
  SMTP_PASS?: string;
  DIGEST_SECRET?: string;
}
