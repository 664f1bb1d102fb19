// Bytes → text for feeds and pages: BOM, HTTP charset, XML/HTML declaration, then strict UTF-8
// with a windows-1252 fallback, because real feeds lie about (or omit) their encoding.
import iconv from "iconv-lite";

export interface Decoded {
  text: string;
  /** The encoding the text was decoded with. */
  encoding: string;
}

// Browsers read these labels as windows-1252, which is a superset for the bytes that matter.
const ALIASES: Record<string, string> = { "iso-8859-1": "windows-1252", latin1: "windows-1252", "us-ascii": "windows-1252", ascii: "windows-1252", gb2312: "gb18030", gbk: "gb18030", "x-gbk": "gb18030" };

function normaliseLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const name = label.trim().toLowerCase().replace(/^["']|["']$/g, "");
  const mapped = ALIASES[name] ?? name;
  return iconv.encodingExists(mapped) ? mapped : undefined;
}

/** The charset parameter of a Content-Type header. */
export function charsetOf(contentType: string | undefined): string | undefined {
  return contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
}

function declared(bytes: Buffer): string | undefined {
  // Declarations are ASCII and sit near the top, so a latin1 peek is safe for any ASCII-compatible encoding.
  const head = bytes.subarray(0, 1024).toString("latin1");
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

function strictUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes a document, trusting the first of: BOM, transport charset, in-document declaration, valid UTF-8, windows-1252. */
export function decodeBytes(bytes: Buffer, contentType?: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString("utf8"), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  const label = normaliseLabel(charsetOf(contentType)) ?? normaliseLabel(declared(bytes));
  if (label && !/^utf-?8$/.test(label)) return { text: iconv.decode(bytes, label), encoding: label };
  // Declared or assumed UTF-8 that does not decode is, in practice, windows-1252.
  const utf8 = strictUtf8(bytes);
  return utf8 === undefined ? { text: iconv.decode(bytes, "windows-1252"), encoding: "windows-1252" } : { text: utf8, encoding: "utf-8" };
}
