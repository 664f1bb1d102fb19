// The sources/ API the app wires: a spec (directory, file or URL) → a BriefSource.
import { pathSource } from "./file-sources.ts";
import type { BriefSource, SourceDeps, SourceReadResult } from "./types.ts";
import { urlSource } from "./url-source.ts";

export type { BriefSource, SourceDeps, SourceReadResult } from "./types.ts";
export { nodeSourceDeps } from "./node-deps.ts";
export { readDocument } from "./document.ts";

/** The source for a directory, a single file of any supported shape, or an http(s) URL. */
export function sourceFor(spec: string, deps: SourceDeps): BriefSource {
  return /^https?:\/\//i.test(spec.trim()) ? urlSource(spec.trim(), deps) : pathSource(spec, deps);
}

/** Reads every source concurrently; one failing source is a problem, not a failed run. */
export async function readAllSources(sources: BriefSource[]): Promise<SourceReadResult> {
  const results = await Promise.all(
    sources.map((s) =>
      s.read().catch((error: unknown): SourceReadResult => ({ drafts: [], problems: [{ where: s.name, message: `could not be read: ${error instanceof Error ? error.message : String(error)}` }] })),
    ),
  );
  return { drafts: results.flatMap((r) => r.drafts), problems: results.flatMap((r) => r.problems) };
}
