import type { AnyLedger } from "../delivery/ledger.ts";
import { verifyUnsubscribe } from "../delivery/tokens.ts";
import type { Clock } from "../domain/types.ts";
import { escapeHtml, page, type Handler, type Reply } from "./http.ts";

export interface UnsubscribeDeps {
  ledger: AnyLedger;
  secret: string;
  clock: Clock;
  titleOf(digestId: string): string;
  /** How the service's last send went, for monitoring: not ok (503) when it failed or left readers waiting. */
  health?(): { ok: boolean } & Record<string, unknown>;
}

/**
 * RFC 8058 one-click: a POST to the List-Unsubscribe URL unsubscribes at once. A GET (a person clicking the
 * footer link, or a mail scanner prefetching it) only shows a confirm button, so scanners never unsubscribe anyone.
 */
export function unsubscribeRoutes(deps: UnsubscribeDeps): Handler {
  return async (req) => {
    if (req.path === "/health") {
      const health = deps.health?.() ?? { ok: true };
      return { status: health.ok ? 200 : 503, type: "json", body: JSON.stringify(health) };
    }
    if (req.path !== "/unsubscribe" && req.path !== "/preferences") return notFound();
    const token = req.query.get("token") ?? "";
    const who = verifyUnsubscribe(token, deps.secret);
    if (!who) return { status: 400, type: "html", body: page("Link not valid", "<h1>This link is not valid</h1><p>It may be incomplete. Use the link from your latest digest.</p>") };
    const form = new URLSearchParams(req.body);
    const scope = form.get("scope") === "all" ? "*" : who.digestId;
    if (req.method === "POST") {
      await deps.ledger.suppress(who.email, scope, scope === "*" ? "unsubscribed from all" : "unsubscribed", deps.clock.now());
      const what = scope === "*" ? "any digest" : escapeHtml(deps.titleOf(who.digestId));
      return { status: 200, type: "html", body: page("Unsubscribed", `<h1>You are unsubscribed</h1><p>${escapeHtml(who.email)} will not get ${what} again.</p>`) };
    }
    if (req.method !== "GET") return { status: 405, type: "text", body: "method not allowed", headers: { allow: "GET, POST" } };
    return confirmPage(who.email, deps.titleOf(who.digestId), token, req.path === "/preferences", await deps.ledger.isSuppressed(who.email, who.digestId));
  };
}

function confirmPage(email: string, title: string, token: string, preferences: boolean, already: boolean): Reply {
  const action = `/unsubscribe?token=${encodeURIComponent(token)}`;
  const state = already ? `<p>${escapeHtml(email)} is already unsubscribed from ${escapeHtml(title)}.</p>` : `<p>${escapeHtml(email)} gets <strong>${escapeHtml(title)}</strong>.</p>`;
  const one = already ? "" : `<form method="post" action="${escapeHtml(action)}"><button type="submit">Unsubscribe from ${escapeHtml(title)}</button></form>`;
  const all = `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="scope" value="all"><p><button type="submit">Unsubscribe from every digest</button></p></form>`;
  return { status: 200, type: "html", body: page(preferences ? "Your subscription" : "Unsubscribe", `<h1>${preferences ? "Your subscription" : "Unsubscribe?"}</h1>${state}${one}${all}`) };
}

function notFound(): Reply {
  return { status: 404, type: "text", body: "not found" };
}
