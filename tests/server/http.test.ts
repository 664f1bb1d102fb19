import { describe, expect, it } from "vitest";
import { listen } from "../../src/server/http.ts";

describe("the http server's own errors", () => {
  it("answers 400 to an address that does not decode, and 500 with no inner detail when a route fails, telling the operator", async () => {
    const logged: unknown[] = [];
    const server = await listen(
      (req) => {
        if (req.path.startsWith("/decode/")) return { status: 200, type: "text", body: decodeURIComponent(req.path.slice("/decode/".length)) };
        throw new Error("state /proc/nope: cannot create /proc/nope (secret detail)");
      },
      "127.0.0.1",
      0,
      (e) => logged.push(e),
    );
    try {
      const bad = await fetch(`${server.url}/decode/%E0%A4%A`);
      expect(bad.status).toBe(400);
      const failed = await fetch(`${server.url}/unsubscribe`);
      expect(failed.status).toBe(500);
      const body = await failed.text();
      expect(body).toBe("Something went wrong on our side. Please try again later.");
      expect(body).not.toContain("secret detail");
      expect(logged.map((e) => (e as Error).message)).toEqual(["state /proc/nope: cannot create /proc/nope (secret detail)"]);
    } finally {
      await server.close();
    }
  });
});

describe("the service's health", () => {
  it("answers 503 with the last run when it failed or left readers waiting, 200 otherwise", async () => {
    const { unsubscribeRoutes } = await import("../../src/server/unsubscribe.ts");
    const { createMemoryLedger } = await import("../../src/delivery/memory-ledger.ts");
    let last: Record<string, unknown> = { ok: true, lastRun: { sent: 3, failed: 0, deferred: 0 } };
    const routes = unsubscribeRoutes({ ledger: createMemoryLedger(), secret: "s", clock: { now: () => new Date() }, titleOf: (id) => id, health: () => last as { ok: boolean } });
    const ask = async () => routes({ method: "GET", path: "/health", query: new URLSearchParams(), body: "" });
    expect((await ask()).status).toBe(200);
    last = { ok: false, lastRun: { error: "CONFIG_INVALID: state: cannot create" } };
    const down = await ask();
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body)).toMatchObject({ ok: false, lastRun: { error: expect.stringContaining("CONFIG_INVALID") } });
  });
});
