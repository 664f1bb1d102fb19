// Canonical links, so the same story from two sources gets one id. Pure.

// Tracking parameters that never change what a page shows.
const TRACKING = /^(utm_|at_|wt_|mc_|pk_|hsa_)|^(fbclid|gclid|gclsrc|dclid|msclkid|igshid|yclid|twclid|_ga|_gl|cmpid|ncid|ocid|smid|s_cid|ref_src|mkt_tok|__twitter_impression)$/i;

/** http(s) URL without tracking parameters, fragment, credentials or default port; undefined for anything else (javascript:, data:, relative without base…). */
export function canonicalUrl(url: string, base?: string): string | undefined {
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(url.trim()) : new URL(url.trim(), base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  if (parsed.hostname === "") return undefined;
  parsed.hash = "";
  parsed.username = "";
  parsed.password = "";
  for (const key of [...parsed.searchParams.keys()]) {
    if (TRACKING.test(key)) parsed.searchParams.delete(key);
  }
  // URL keeps a bare "?" when every parameter was removed.
  const out = parsed.toString();
  return out.endsWith("?") ? out.slice(0, -1) : out;
}

/** True when `href` is an absolute http(s) link: the only links a brief may carry. */
export function isWebLink(href: string): boolean {
  return /^https?:\/\//i.test(href.trim()) && canonicalUrl(href) !== undefined;
}
