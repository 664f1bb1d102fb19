// The real file system and network for sources: the only I/O in sources/.
import { readdir, readFile } from "node:fs/promises";
import type { SourceDeps } from "./types.ts";

const TIMEOUT_MS = 15_000;
/** Feeds past this size are refused rather than read into memory. */
export const MAX_FEED_BYTES = 10 * 1024 * 1024;

async function readCapped(body: ReadableStream<Uint8Array> | null, cap: number, url: string): Promise<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (body) {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > cap) {
        await reader.cancel();
        throw new Error(`${url} is larger than ${cap} bytes`);
      }
      chunks.push(value);
    }
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out.buffer;
}

/** Fetch with a timeout and a size cap; the body is read once, before returning. */
export async function fetchCapped(url: string, options: { timeoutMs?: number; maxBytes?: number } = {}): ReturnType<SourceDeps["fetch"]> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS),
    headers: { accept: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5", "user-agent": "briefing-digest" },
    redirect: "follow",
  });
  const cap = options.maxBytes ?? MAX_FEED_BYTES;
  const length = Number(response.headers.get("content-length") ?? 0);
  if (length > cap) {
    await response.body?.cancel();
    throw new Error(`${url} is larger than ${cap} bytes (Content-Length ${length})`);
  }
  const bytes = await readCapped(response.body, cap, url);
  return { status: response.status, headers: response.headers, arrayBuffer: async () => bytes };
}

export const nodeSourceDeps: SourceDeps = {
  readFile: (path) => readFile(path),
  readDir: (path) => readdir(path),
  fetch: (url) => fetchCapped(url),
};
