// Reads a fixture through the real source parser, as the pipeline does, and hands it to analysis.
import { fileURLToPath } from "node:url";
import { briefTextOf } from "../../src/analysis/brief-text.ts";
import type { BriefText } from "../../src/analysis/index.ts";
import { nodeSourceDeps, sourceFor } from "../../src/sources/index.ts";

export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/analysis/${name}`, import.meta.url));

/** The seed lives beside the repository, in shared/ (CI copies it there too). */
export const seedPath = fileURLToPath(new URL("../../../shared/seeds/korea-japan-visit.txt", import.meta.url));

export async function readBriefText(path: string): Promise<BriefText> {
  const { drafts, problems } = await sourceFor(path, nodeSourceDeps).read();
  const d = drafts[0];
  if (!d) throw new Error(`no brief in ${path}: ${JSON.stringify(problems)}`);
  return briefTextOf(d, d.source);
}
