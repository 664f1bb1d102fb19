import { LineCounter, parseDocument, isNode, isPair, type Document } from "yaml";
import type { Location } from "../domain/errors.ts";

/** A parsed YAML file that can say where any value sits. */
export interface YamlSource {
  file: string;
  value: unknown;
  /** Where the value at `path` is, or its nearest existing parent when it is missing. */
  locate(path: readonly PropertyKey[]): { line: number; column: number; found: unknown; exists: boolean };
}

export interface YamlSyntaxError {
  location: Location;
  message: string;
}

/** Parses YAML keeping positions, so later errors can name a line. */
export function parseYamlSource(file: string, text: string): YamlSource | YamlSyntaxError[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => {
      const pos = lineCounter.linePos(e.pos[0]);
      return { location: { file, line: pos.line, column: pos.col }, message: firstLine(e.message) };
    });
  }
  return { file, value: doc.toJS(), locate: (path) => locate(doc, lineCounter, path) };
}

function locate(doc: Document, lines: LineCounter, path: readonly PropertyKey[]) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) {
      const pos = lines.linePos(node.range[0]);
      const exists = depth === path.length;
      return { line: pos.line, column: pos.col, found: exists ? node.toJSON() : undefined, exists };
    }
    if (isPair(node)) break;
  }
  return { line: 1, column: 1, found: undefined, exists: false };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
