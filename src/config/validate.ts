import type { z } from "zod";
import type { Location } from "../domain/errors.ts";
import type { YamlSource } from "./yaml-source.ts";

/** One thing wrong with a config file: where, what was expected, what was found. */
export interface ConfigIssue {
  location: Location;
  expected: string;
  found: string;
}

/** Validates a YAML file against a schema, returning every problem at once with its line. */
export function validateYaml<S extends z.ZodType>(
  source: YamlSource,
  schema: S,
): { ok: true; value: z.output<S> } | { ok: false; issues: ConfigIssue[] } {
  const result = schema.safeParse(source.value ?? {});
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue) => {
    // An unknown key is best pointed at by its own line, not its parent's.
    const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : issue.path;
    return issueAt(source, path, describeExpected(issue));
  });
  return { ok: false, issues };
}

/** Builds an issue for a value at `path` in a file. */
export function issueAt(source: YamlSource, path: readonly PropertyKey[], expected: string): ConfigIssue {
  const where = source.locate(path);
  return {
    location: { file: source.file, line: where.line, column: where.column, field: fieldName(path) },
    expected,
    found: where.exists ? show(where.found) : "nothing",
  };
}

export function formatIssue(issue: ConfigIssue): string {
  const { file, line, column, field } = issue.location;
  const at = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
  // A password in a URL ("smtp://user:secret@host") stays out of the terminal and the service's log.
  const found = issue.found.replace(/(\/\/[^:@/\s"]+):[^@/\s"]+@/g, "$1:****@");
  return `${at} ${field ?? ""}: expected ${issue.expected}, found ${found}`;
}

/** `digests[0].schedule` */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? String(part) : `.${String(part)}`;
  }
  return out || "(top level)";
}

function describeExpected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.expected;
    case "unrecognized_keys":
      return `no field ${issue.keys.map((k) => JSON.stringify(k)).join(", ")} (a typo?)`;
    case "invalid_value":
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return issue.origin === "array" ? `at least ${String(issue.minimum)} item(s)` : `at least ${String(issue.minimum)}`;
    case "too_big":
      return `at most ${String(issue.maximum)}`;
    case "invalid_format":
      return issue.format === "email" ? "an email address" : issue.format === "url" ? "an http(s) URL" : issue.message;
    default:
      return issue.message;
  }
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
