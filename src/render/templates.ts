// The edge that reads templates/: a user's folder may override any file by its relative path.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import Handlebars from "handlebars";
import { DigestError } from "../domain/errors.ts";
import { helpers } from "./helpers.ts";
import type { Templates } from "./types.ts";

const HTML_MAIN = "digest.mjml";
const TEXT_MAIN = "digest.txt";

/** Reads and compiles the templates once, in strict mode: a missing field throws instead of leaving a hole. */
export function loadTemplates(dir: string, overrideDir?: string): Templates {
  const sources: Record<string, string> = { ...readTree(dir), ...(overrideDir ? readTree(overrideDir) : {}) };
  for (const main of [HTML_MAIN, TEXT_MAIN]) {
    if (sources[main] === undefined) {
      throw new DigestError("TEMPLATE_INVALID", `template ${main} not found in ${dir}${overrideDir ? ` or ${overrideDir}` : ""}`, {
        location: { file: join(dir, main) },
      });
    }
  }
  return {
    html: environment(sources, ".mjml", false)(sources[HTML_MAIN] ?? "", HTML_MAIN),
    text: environment(sources, ".txt", true)(sources[TEXT_MAIN] ?? "", TEXT_MAIN),
    sources,
  };
}

type Compile = (source: string, file: string) => HandlebarsTemplateDelegate;

function environment(sources: Record<string, string>, ext: string, noEscape: boolean): Compile {
  const hb = Handlebars.create();
  hb.registerHelper(helpers);
  const compile: Compile = (source, file) => {
    try {
      hb.parse(source); // syntax errors now, at load, not at the first send
      return hb.compile(source, { strict: true, noEscape, preventIndent: true });
    } catch (cause) {
      const line = /line (\d+)/.exec(String(cause))?.[1];
      throw new DigestError("TEMPLATE_INVALID", `template ${file}: ${String((cause as Error).message ?? cause)}`, {
        location: { file, ...(line ? { line: Number(line) } : {}) },
        cause,
      });
    }
  };
  for (const [file, source] of Object.entries(sources)) {
    if (file.startsWith("partials/") && file.endsWith(ext)) {
      hb.registerPartial(file.slice("partials/".length, -ext.length), compile(source, file));
    }
  }
  return compile;
}

function readTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(mjml|txt)$/.test(name)) out[relative(root, path).split(sep).join("/")] = readFileSync(path, "utf8");
    }
  };
  try {
    walk(root);
  } catch (cause) {
    throw new DigestError("TEMPLATE_INVALID", `cannot read templates from ${root}`, { location: { file: root }, cause });
  }
  return out;
}
