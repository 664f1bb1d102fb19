// Line numbers for problems: offsets → lines, and where a field sits in a YAML or JSON text.
import { LineCounter, parseDocument, isMap, isSeq, type Node } from "yaml";

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export type PathPart = string | number;
/** Finds the line of a value by its path; undefined when unknown. */
export type Locate = (path: PathPart[]) => number | undefined;

/** A locator over YAML (or JSON, which YAML reads too) text whose first line is `firstLine`. */
export function yamlLocator(text: string, firstLine = 1): Locate {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false });
  return (path) => {
    let node: unknown = doc.contents;
    let found: Node | undefined = isMap(node) || isSeq(node) ? (node as Node) : undefined;
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === String(part));
        if (!pair) break;
        found = (pair.key as Node | null) ?? found;
        node = pair.value;
      } else if (isSeq(node) && typeof part === "number") {
        node = node.items[part];
        found = (node as Node | undefined) ?? found;
      } else break;
    }
    const start = found?.range?.[0];
    return start === undefined ? undefined : lineCounter.linePos(start).line + firstLine - 1;
  };
}

/** Line of a JSON syntax error: from V8's "line L column C" when it says so, else by scanning for it. */
export function jsonErrorLine(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column \d+/.exec(message);
  if (lineCol) return Number(lineCol[1]);
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : jsonErrorOffset(text);
  return offset === undefined ? undefined : lineAt(text, offset);
}

/** Offset of the first JSON syntax error (Node 20's messages often carry none); undefined when the text is valid. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = (): void => {
    while (/\s/.test(text[i] ?? "")) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{" || c === "[") {
      const end = c === "{" ? "}" : "]";
      i++;
      ws();
      if (text[i] === end) return void i++;
      for (;;) {
        if (c === "{") {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i++] !== ":") (i--, fail());
        }
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === end) return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    const literal = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!literal) fail();
    i += literal?.[0].length ?? 0;
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) fail();
    i++;
  };
  try {
    value();
    ws();
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === "number" ? at : undefined;
  }
}
