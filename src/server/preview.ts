import type { Subscriber } from "../domain/types.ts";
import type { Preview } from "../pipeline/preview.ts";
import { escapeHtml, page, type Handler } from "./http.ts";

export interface PreviewDeps {
  subscribers(): Subscriber[];
  /** Renders a reader's next digest with the briefs and templates as they are now. */
  render(email: string): Promise<Preview>;
  /** Whether the ledger holds an unsubscribe or bounce for the reader: config alone says "active". */
  suppressed?(email: string): Promise<boolean>;
}

/** Editors' preview: an index of readers, each reader's next digest as HTML or text. Bound to 127.0.0.1 only. */
export function previewRoutes(deps: PreviewDeps): Handler {
  return async (req) => {
    if (req.method !== "GET") return { status: 405, type: "text", body: "method not allowed" };
    if (req.path === "/" || req.path === "/preview") {
      const readers = deps.subscribers();
      const left = await Promise.all(readers.map((s) => deps.suppressed?.(s.email) ?? false));
      const rows = readers
        .map((s, i) => `<li><a href="/preview/${encodeURIComponent(s.email)}">${escapeHtml(s.name ?? s.email)}</a> &lt;${escapeHtml(s.email)}&gt; · ${escapeHtml(s.timezone)} · ${s.countries?.join(", ") ?? "all countries"} · ${left[i] ? "unsubscribed or bounced (digest status --suppressed)" : s.status} · <a href="/preview/${encodeURIComponent(s.email)}.txt">text</a></li>`)
        .join("");
      return { status: 200, type: "html", body: page("Digest preview", `<h1>Next digests</h1><ul>${rows}</ul>`) };
    }
    const m = /^\/preview\/([^/]+?)(\.txt)?$/.exec(req.path);
    if (!m) return { status: 404, type: "text", body: "not found" };
    const email = decodeURIComponent(m[1]!).toLowerCase();
    if (!deps.subscribers().some((s) => s.email === email)) return { status: 404, type: "text", body: `no subscriber ${email}` };
    const preview = await deps.render(email);
    return m[2] ? { status: 200, type: "text", body: `Subject: ${preview.subject}\n\n${preview.text}` } : { status: 200, type: "html", body: preview.html, headers: { "cache-control": "no-store" } };
  };
}
