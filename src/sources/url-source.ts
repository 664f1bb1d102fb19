// A feed (or article page) fetched over http(s).
import { readDocument } from "./document.ts";
import type { BriefSource, SourceDeps, SourceReadResult } from "./types.ts";

const fail = (url: string, message: string): SourceReadResult => ({ drafts: [], problems: [{ where: url, message }] });

/** Reads the document at `url`; an HTTP error, timeout or oversized body is one problem. */
export function urlSource(url: string, deps: SourceDeps): BriefSource {
  return {
    name: url,
    async read() {
      let response: Awaited<ReturnType<SourceDeps["fetch"]>>;
      let bytes: Buffer;
      try {
        response = await deps.fetch(url);
        bytes = Buffer.from(await response.arrayBuffer());
      } catch (error) {
        const cause = (error as { cause?: unknown }).cause;
        const detail = cause instanceof Error ? `: ${cause.message}` : "";
        return fail(url, `cannot fetch: ${error instanceof Error ? error.message : String(error)}${detail}`);
      }
      if (response.status < 200 || response.status > 299) return fail(url, `cannot fetch: HTTP ${response.status}`);
      const contentType = response.headers.get("content-type") ?? undefined;
      const origin = { where: url, source: url, ...(contentType ? { contentType } : {}) };
      try {
        return readDocument(bytes, origin, new URL(url).pathname);
      } catch (error) {
        return fail(url, `could not be read (this is a bug): ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
