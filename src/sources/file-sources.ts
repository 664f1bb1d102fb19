// Sources on disk: a directory of briefs or one file of any supported shape.
import { join } from "node:path";
import type { InputProblem } from "../domain/types.ts";
import { kindOfName, readDocument } from "./document.ts";
import type { BriefSource, SourceDeps, SourceReadResult } from "./types.ts";

const errorCode = (error: unknown): string | undefined => (error as { code?: unknown } | null)?.code as string | undefined;
const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function readOneFile(path: string, deps: SourceDeps): Promise<SourceReadResult> {
  let bytes: Buffer;
  try {
    bytes = await deps.readFile(path);
  } catch (error) {
    return { drafts: [], problems: [{ where: path, message: `cannot read file: ${reason(error)}` }] };
  }
  const origin = { where: path, source: `file:${path}` };
  try {
    return readDocument(bytes, origin, path);
  } catch (error) {
    // A reader should report, not throw; if one does, the other files still load.
    return { drafts: [], problems: [{ where: path, message: `could not be read (this is a bug): ${reason(error)}` }] };
  }
}

/** Every brief file directly inside `dir` (dotfiles and unknown extensions are skipped), in name order. */
async function readDirectory(dir: string, names: string[], deps: SourceDeps): Promise<SourceReadResult> {
  const files = names.filter((n) => !n.startsWith(".") && kindOfName(n) !== undefined).sort();
  const results = await Promise.all(files.map((n) => readOneFile(join(dir, n), deps)));
  return { drafts: results.flatMap((r) => r.drafts), problems: results.flatMap((r) => r.problems) };
}

/** A directory or a single file, decided when read. */
export function pathSource(path: string, deps: SourceDeps): BriefSource {
  return {
    name: path,
    async read() {
      let names: string[];
      try {
        names = await deps.readDir(path);
      } catch (error) {
        if (errorCode(error) === "ENOTDIR") return readOneFile(path, deps);
        const problem: InputProblem = { where: path, message: errorCode(error) === "ENOENT" ? "no such file or directory" : `cannot read directory: ${reason(error)}` };
        return { drafts: [], problems: [problem] };
      }
      return readDirectory(path, names, deps);
    },
  };
}
