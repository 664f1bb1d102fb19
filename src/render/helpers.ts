// Handlebars helpers for dates and lists; they read the reader's language from the view's root.
import type { HelperOptions } from "handlebars";
import { dateLocale, formatDay } from "./locale.ts";

type Helper = (...args: unknown[]) => unknown;

function rootLang(options: unknown): string {
  const root = (options as HelperOptions | undefined)?.data?.root as { lang?: unknown } | undefined;
  return typeof root?.lang === "string" ? root.lang : "en";
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v !== "") : [];
}

/** Greedy word wrap; continuation lines get `indent` spaces so list items hang. */
export function wrap(text: string, width: number, indent: number): string {
  const pad = " ".repeat(indent);
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = pad + word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

export const helpers: Record<string, Helper> = {
  /** {{date issuedFor "PPPP"}}: a YYYY-MM-DD in the reader's language (date-fns patterns). */
  date: (ymd, pattern, options) => formatDay(String(ymd), String(pattern), dateLocale(rootLang(options))),
  /** {{when date month}}: an event's day ("Tue, Jan 13, 2026"), or its month alone when that is all the brief said. */
  when: (ymd, month, options) => formatDay(String(ymd), month === true ? "LLLL yyyy" : "EEE PP", dateLocale(rootLang(options))),
  /** {{join tags " · "}} */
  join: (list, separator) => strings(list).join(typeof separator === "string" ? separator : ", "),
  /** {{list alsoReportedBy}}: "Nikkei Asia, Yonhap and NHK" in the reader's language. */
  list: (list, options) => new Intl.ListFormat(rootLang(options), { type: "conjunction" }).format(strings(list)),
  /** {{concat n ". " title}}: builds one string for wrap; the last argument is Handlebars' options. */
  concat: (...args) => args.slice(0, -1).map((a) => String(a)).join(""),
  /** {{plural more "brief" "briefs"}} */
  plural: (count, one, other) => (count === 1 ? one : other),
  /** {{wrap summary 72 3}} for the text part. */
  wrap: (text, width, indent) => wrap(String(text), Number(width) || 72, Number(indent) || 0),
};
