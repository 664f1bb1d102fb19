/** Stable codes: operators grep logs for them, tests assert on them. */
export type ErrorCode =
  | "CONFIG_INVALID"
  | "SOURCE_UNREADABLE"
  | "BRIEF_INVALID"
  | "TEMPLATE_INVALID"
  | "SMTP_TRANSIENT"
  | "SMTP_PERMANENT"
  | "USAGE";

/** Where in an input file a problem sits. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
  field?: string;
}

export class DigestError extends Error {
  readonly code: ErrorCode;
  readonly location?: Location;

  constructor(code: ErrorCode, message: string, options: { location?: Location; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "DigestError";
    this.code = code;
    if (options.location) this.location = options.location;
  }
}

/** "config/digest.yaml:12 digests[0].schedule" */
export function formatLocation(loc: Location): string {
  const at = loc.line === undefined ? loc.file : `${loc.file}:${loc.line}${loc.column ? `:${loc.column}` : ""}`;
  return loc.field ? `${at} ${loc.field}` : at;
}
