// The in-memory ledger: the default in unit tests. Instances opened on one MemoryStore share it, the way two
// processes share a SQLite file, so "restart after a crash" can be tested without a disk.
import type { Delivery } from "../domain/types.ts";
import {
  DEFAULT_LEASE_MS,
  decideClaim,
  normaliseEmail,
  normaliseKey,
  toDelivery,
  type DeliveryKey,
  type Ledger,
  type StoredDelivery,
} from "./ledger.ts";

export interface MemoryStore {
  deliveries: Map<string, StoredDelivery>;
  /** email → digestId | "*" → reason */
  suppressions: Map<string, Map<string, string>>;
}

export function createMemoryStore(): MemoryStore {
  return { deliveries: new Map(), suppressions: new Map() };
}

export function createMemoryLedger(store: MemoryStore = createMemoryStore(), opts: { leaseMs?: number } = {}): Ledger {
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const id = (k: DeliveryKey) => JSON.stringify([k.digestId, k.issue, k.email]);
  let closed = false;
  const open = () => {
    if (closed) throw new Error("memory ledger is closed");
  };
  const update = (raw: DeliveryKey, change: (row: StoredDelivery) => StoredDelivery) => {
    open();
    const key = normaliseKey(raw);
    const row = store.deliveries.get(id(key));
    if (!row) throw new Error(`no delivery ${id(key)} to update (claim it first)`);
    store.deliveries.set(id(key), change(row));
  };

  const ledger: Ledger = {
    claim(raw, editionKey, messageId, now) {
      open();
      const key = normaliseKey(raw);
      const decided = decideClaim(store.deliveries.get(id(key)), ledger.isSuppressed(key.email, key.digestId), key, editionKey, messageId, now, leaseMs);
      if (decided.store) store.deliveries.set(id(key), decided.store);
      return decided.claim;
    },
    markSent(key, now, info) {
      update(key, (row) => {
        const { error: _e, ...rest } = row;
        return { ...rest, status: "sent", updatedAt: now, ...(info.response !== undefined ? { response: info.response } : {}), ...(info.messageId ? { messageId: info.messageId } : {}) };
      });
    },
    markFailed(key, now, error, permanent) {
      update(key, (row) => ({ ...row, status: "failed", error, permanent, updatedAt: now }));
    },
    suppress(email, digestId, reason) {
      open();
      const e = normaliseEmail(email);
      const scopes = store.suppressions.get(e) ?? new Map<string, string>();
      scopes.set(digestId, reason);
      store.suppressions.set(e, scopes);
    },
    isSuppressed(email, digestId) {
      open();
      const scopes = store.suppressions.get(normaliseEmail(email));
      return !!scopes && (scopes.has("*") || scopes.has(digestId));
    },
    unsuppress(email, digestId) {
      open();
      const e = normaliseEmail(email);
      if (digestId === "*") store.suppressions.delete(e);
      else store.suppressions.get(e)?.delete(digestId);
    },
    suppressions() {
      open();
      return [...store.suppressions].flatMap(([email, scopes]) => [...scopes].map(([digestId, reason]) => ({ email, digestId, reason })));
    },
    find(raw) {
      open();
      const row = store.deliveries.get(id(normaliseKey(raw)));
      return row ? toDelivery(row) : undefined;
    },
    recent(limit, status): Delivery[] {
      open();
      return [...store.deliveries.values()]
        .filter((d) => !status || d.status === status)
        .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
        .slice(0, Math.max(0, limit))
        .map(toDelivery);
    },
    close() {
      closed = true;
    },
  };
  return ledger;
}
