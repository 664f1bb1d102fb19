// The state's folder, made one level at a time: Node's recursive mkdir spins for ever under /proc,
// and its EEXIST or ENOENT says less than "not a folder" or "read-only".
import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { DigestError } from "../domain/errors.ts";

/** Makes `dir` and any missing folders above it; a usage error naming the path when it cannot. */
export function ensureFolder(dir: string, what: string): void {
  const missing: string[] = [];
  for (let at = dir; ; at = dirname(at)) {
    const kind = kindOf(at);
    if (kind === "folder") break;
    if (kind === "file") throw new DigestError("CONFIG_INVALID", `${what} ${dir}: ${at} is a file, not a folder`);
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? "";
      const why = code === "EROFS" ? "the file system is read-only" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOENT" ? "its parent cannot hold folders" : (e as Error).message;
      throw new DigestError("CONFIG_INVALID", `${what} ${dir}: cannot create ${folder} (${why})`);
    }
  }
}

/** What stands at `path`: a folder, a file (or anything else not a folder), or nothing. */
export function kindOf(path: string): "folder" | "file" | "missing" {
  try {
    return statSync(path).isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
}
