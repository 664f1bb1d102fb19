// One contract, every ledger: memory, SQLite and Redis must all pass it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_LEASE_MS, type AnyLedger, type DeliveryKey } from "../../src/delivery/ledger.ts";

/** A fresh, empty store; open() gives another instance on it (another process, or the same one after a restart). */
export interface LedgerFixture {
  open(): AnyLedger;
  dispose(): Promise<void>;
}

const T0 = new Date("2026-01-13T07:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const key = (email = "minji@example.com", digestId = "asia-daily", issue = "2026-01-13"): DeliveryKey => ({ digestId, issue, email });
const MID = "<aa11@example.com>";

export function ledgerContract(name: string, makeFixture: () => Promise<LedgerFixture>): void {
  describe(`${name} ledger (contract)`, () => {
    let fx: LedgerFixture;
    let ledger: AnyLedger;
    const opened: AnyLedger[] = [];
    const open = () => {
      const l = fx.open();
      opened.push(l);
      return l;
    };

    beforeEach(async () => {
      fx = await makeFixture();
      ledger = open();
    });
    afterEach(async () => {
      for (const l of opened.splice(0)) await l.close();
      await fx.dispose();
    });

    it("claims a new delivery once, and not again while that claim is in flight", async () => {
      const claim = await ledger.claim(key(), "ed-1", MID, T0);
      expect(claim).toMatchObject({ row: { ...key(), editionKey: "ed-1", messageId: MID, status: "sending", attempts: 1 } });
      expect("row" in claim && claim.row.updatedAt.getTime()).toBe(T0.getTime());
      expect(await ledger.claim(key(), "ed-1", MID, at(1000))).toEqual({ refused: "in flight" });
    });

    it("never claims a sent delivery again, not even from another instance", async () => {
      await ledger.claim(key(), "ed-1", MID, T0);
      await ledger.markSent(key(), at(5), { response: "250 OK" });
      expect(await ledger.claim(key(), "ed-1", MID, at(10))).toEqual({ refused: "sent" });
      expect(await open().claim(key(), "ed-1", MID, at(DEFAULT_LEASE_MS * 10))).toEqual({ refused: "sent" });
      const [only] = await ledger.recent(10);
      expect(only).toMatchObject({ status: "sent", attempts: 1, messageId: MID });
      expect(only?.updatedAt.getTime()).toBe(at(5).getTime());
    });

    it("re-claims a delivery a crash left in 'sending' once the lease runs out, with the first messageId", async () => {
      await ledger.claim(key(), "ed-1", MID, T0);
      const restarted = open();
      expect(await restarted.claim(key(), "ed-1", "<other@example.com>", at(DEFAULT_LEASE_MS - 1))).toEqual({ refused: "in flight" });
      const again = await restarted.claim(key(), "ed-1", "<other@example.com>", at(DEFAULT_LEASE_MS));
      expect(again).toMatchObject({ row: { status: "sending", attempts: 2, messageId: MID } });
    });

    it("re-claims a transient failure, never a permanent one", async () => {
      const soft = key("soft@example.com");
      const hard = key("hard@example.com");
      for (const k of [soft, hard]) await ledger.claim(k, "ed-1", MID, T0);
      await ledger.markFailed(soft, at(1), "421 try later", false);
      await ledger.markFailed(hard, at(1), "550 no such user", true);
      expect((await ledger.recent(10)).map((d) => [d.email, d.status, d.error])).toEqual(
        expect.arrayContaining([
          ["soft@example.com", "failed", "421 try later"],
          ["hard@example.com", "failed", "550 no such user"],
        ]),
      );
      expect(await ledger.claim(soft, "ed-1", MID, at(2))).toMatchObject({ row: { status: "sending", attempts: 2 } });
      expect(await ledger.claim(hard, "ed-1", MID, at(2))).toEqual({ refused: "failed for good" });
    });

    it("clears the error once sent", async () => {
      await ledger.claim(key(), "ed-1", MID, T0);
      await ledger.markFailed(key(), at(1), "421 busy", false);
      await ledger.claim(key(), "ed-1", MID, at(2));
      await ledger.markSent(key(), at(3), {});
      const [row] = await ledger.recent(1);
      expect(row?.status).toBe("sent");
      expect(row?.error).toBeUndefined();
    });

    it("refuses to mark a delivery nobody claimed", async () => {
      await expect(Promise.resolve().then(() => ledger.markSent(key(), T0, {}))).rejects.toThrow(/claim it first/);
      await expect(Promise.resolve().then(() => ledger.markFailed(key(), T0, "x", false))).rejects.toThrow(/claim it first/);
    });

    it("treats emails case-insensitively", async () => {
      await ledger.claim(key("MinJi@Example.com"), "ed-1", MID, T0);
      expect(await ledger.claim(key("minji@example.com"), "ed-1", MID, at(1))).toEqual({ refused: "in flight" });
      await ledger.markSent(key("MINJI@example.COM"), at(2), {});
      expect((await ledger.recent(1))[0]).toMatchObject({ email: "minji@example.com", status: "sent" });
    });

    it("suppresses one digest or all of them", async () => {
      await ledger.suppress("Oliver@example.co.uk", "asia-daily", "unsubscribed", T0);
      expect(await ledger.isSuppressed("oliver@example.co.uk", "asia-daily")).toBe(true);
      expect(await ledger.isSuppressed("oliver@example.co.uk", "china-weekly")).toBe(false);
      expect(await ledger.isSuppressed("dana@example.com", "asia-daily")).toBe(false);
      await ledger.suppress("dana@example.com", "*", "hard bounce", T0);
      expect(await ledger.isSuppressed("DANA@example.com", "china-weekly")).toBe(true);
      expect(await open().isSuppressed("dana@example.com", "asia-daily")).toBe(true);
    });

    it("lists suppressions, and lifts one digest's or all of an address's", async () => {
      await ledger.suppress("oliver@example.co.uk", "asia-daily", "unsubscribed", T0);
      await ledger.suppress("oliver@example.co.uk", "china-weekly", "unsubscribed", T0);
      await ledger.suppress("Dana@example.com", "*", "hard bounce", T0);
      const all = (await open().suppressions()).map((s) => `${s.email} ${s.digestId} ${s.reason}`).sort();
      expect(all).toEqual(["dana@example.com * hard bounce", "oliver@example.co.uk asia-daily unsubscribed", "oliver@example.co.uk china-weekly unsubscribed"]);
      await ledger.unsuppress("OLIVER@example.co.uk", "asia-daily");
      expect(await ledger.isSuppressed("oliver@example.co.uk", "asia-daily")).toBe(false);
      expect(await ledger.isSuppressed("oliver@example.co.uk", "china-weekly")).toBe(true);
      await ledger.unsuppress("dana@example.com", "*");
      expect(await ledger.isSuppressed("dana@example.com", "asia-daily")).toBe(false);
      expect((await ledger.suppressions()).map((s) => s.email)).toEqual(["oliver@example.co.uk"]);
      expect(await ledger.claim(key("dana@example.com"), "ed-1", MID, T0)).toMatchObject({ row: { status: "sending" } });
    });

    it("never claims a suppressed reader, and records why; a copy already sent stays sent", async () => {
      const sent = key("sent@example.com");
      await ledger.claim(sent, "ed-1", MID, T0);
      await ledger.markSent(sent, at(1), {});
      await ledger.suppress("sent@example.com", "*", "unsubscribed", at(2));
      await ledger.suppress("minji@example.com", "asia-daily", "unsubscribed", at(2));
      expect(await ledger.claim(key(), "ed-1", MID, at(3))).toEqual({ refused: "suppressed" });
      expect(await ledger.claim(sent, "ed-1", MID, at(3))).toEqual({ refused: "sent" });
      expect(await ledger.claim(key("minji@example.com", "china-weekly"), "ed-2", MID, at(3))).toMatchObject({ row: { status: "sending" } });
      const rows = await ledger.recent(10);
      expect(rows.find((r) => r.email === "minji@example.com" && r.digestId === "asia-daily")?.status).toBe("suppressed");
      expect(rows.find((r) => r.email === "sent@example.com")?.status).toBe("sent");
    });

    it("lets exactly one of two instances claim each delivery when they race", async () => {
      const other = open();
      const keys = Array.from({ length: 25 }, (_, i) => key(`reader${i}@example.com`));
      const claims = await Promise.all(keys.flatMap((k) => [ledger, other].map((l) => Promise.resolve(l.claim(k, "ed-1", MID, T0)))));
      expect(claims.filter((c) => "row" in c)).toHaveLength(keys.length);
      expect(claims.filter((c) => "refused" in c && c.refused === "in flight")).toHaveLength(keys.length);
    });

    it("lists recent deliveries newest first, up to the limit", async () => {
      for (const [i, email] of ["a@example.com", "b@example.com", "c@example.com"].entries()) await ledger.claim(key(email), "ed-1", MID, at(i * 1000));
      await ledger.markSent(key("a@example.com"), at(5000), {});
      expect((await ledger.recent(2)).map((d) => d.email)).toEqual(["a@example.com", "c@example.com"]);
      expect(await ledger.recent(0)).toEqual([]);
    });

    it("lists only the rows in one status when asked, however many newer rows there are", async () => {
      await ledger.claim(key("old@example.com"), "ed-1", MID, T0);
      await ledger.markFailed(key("old@example.com"), at(1), "550 no such user", true);
      for (let i = 0; i < 30; i++) {
        await ledger.claim(key(`new${i}@example.com`), "ed-1", MID, at(10 + i));
        await ledger.markSent(key(`new${i}@example.com`), at(10 + i), {});
      }
      expect((await ledger.recent(5, "failed")).map((d) => [d.email, d.error])).toEqual([["old@example.com", "550 no such user"]]);
      expect(await ledger.recent(5, "sent")).toHaveLength(5);
      expect((await ledger.recent(1, "sent"))[0]?.email).toBe("new29@example.com");
    });

    it("finds one copy's row, without claiming it", async () => {
      expect(await ledger.find(key())).toBeUndefined();
      await ledger.claim(key("MinJi@example.com"), "ed-1", MID, T0);
      await ledger.markSent(key(), at(1), {});
      expect(await open().find(key("MINJI@example.com"))).toMatchObject({ ...key(), status: "sent", attempts: 1 });
      expect(await ledger.find(key("minji@example.com", "asia-daily", "2026-01-14"))).toBeUndefined();
    });

    it("keeps the issue and digest apart in the key", async () => {
      await ledger.claim(key(), "ed-1", MID, T0);
      expect(await ledger.claim(key("minji@example.com", "asia-daily", "2026-01-14"), "ed-2", MID, T0)).toMatchObject({ row: { status: "sending" } });
      expect(await ledger.claim(key("minji@example.com", "china-weekly"), "ed-3", MID, T0)).toMatchObject({ row: { status: "sending" } });
    });
  });
}
