import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocument } from "../../src/sources/document.ts";
import type { SourceReadResult } from "../../src/sources/types.ts";

export const FIXTURES = join(import.meta.dirname, "../fixtures/sources");

/** Reads a fixture the way a directory source would. */
export function readFixture(name: string): SourceReadResult {
  const path = join(FIXTURES, name);
  return readDocument(readFileSync(path), { where: path, source: `file:${path}` }, name);
}

/** Reads text as if it were a file called `name`. */
export function readText(name: string, text: string | Buffer): SourceReadResult {
  return readDocument(Buffer.isBuffer(text) ? text : Buffer.from(text), { where: name, source: `file:${name}` }, name);
}
