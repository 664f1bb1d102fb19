import type { BriefDraft, InputProblem } from "../domain/types.ts";

/** What one source read: the drafts it could make and the problems it skipped. */
export interface SourceReadResult {
  drafts: BriefDraft[];
  problems: InputProblem[];
}

/** A directory, a file or a feed URL that yields briefs. Reading never throws for one bad input. */
export interface BriefSource {
  readonly name: string;
  read(): Promise<SourceReadResult>;
}

/** The I/O a source needs, passed in so tests can use real temp dirs and a loopback HTTP server. */
export interface SourceDeps {
  readFile(path: string): Promise<Buffer>;
  /** Entry names of a directory; rejects with code ENOTDIR for a file. */
  readDir(path: string): Promise<string[]>;
  fetch(url: string): Promise<{
    status: number;
    headers: { get(name: string): string | null };
    arrayBuffer(): Promise<ArrayBuffer>;
  }>;
}

/** Where a document came from, how to name its briefs, and what its transport said about it. */
export interface DocumentOrigin {
  /** File path or URL, for problems. */
  where: string;
  /** "file:path" or "https://…": prefixed with "feed:" for feed items. */
  source: string;
  /** HTTP Content-Type, when fetched. */
  contentType?: string;
}

export const emptyResult = (): SourceReadResult => ({ drafts: [], problems: [] });
