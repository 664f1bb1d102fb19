// The ledger in Redis, for several workers on several machines. Each claim is one Lua script, so the
// read-decide-write is atomic on the server: two workers never both claim a delivery. The claim rules mirror
// refusalOf()/claimedRow() in ledger.ts; the shared contract suite holds both to the same behaviour.
import { Redis } from "ioredis";
import { DigestError } from "../domain/errors.ts";
import type { Delivery, DeliveryStatus } from "../domain/types.ts";
import { DEFAULT_LEASE_MS, normaliseEmail, normaliseKey, type AsyncLedger, type DeliveryKey, type Refusal } from "./ledger.ts";

export interface RedisLedgerOptions {
  /** Default redis://127.0.0.1:6379 */
  url?: string;
  /** Prefix of every key; tests use a random one and delete it after. */
  namespace?: string;
  leaseMs?: number;
}

const CLAIM = `
local h = {}
local raw = redis.call('HGETALL', KEYS[1])
for i = 1, #raw, 2 do h[raw[i]] = raw[i + 1] end
local now = tonumber(ARGV[6])
local suppressed = redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 or redis.call('HEXISTS', KEYS[2], '*') == 1
local base = {'digestId', ARGV[1], 'issue', ARGV[2], 'email', ARGV[3], 'editionKey', ARGV[4], 'messageId', h.messageId or ARGV[5], 'updatedAt', ARGV[6]}
if suppressed then
  if h.status == 'sent' then return 'sent' end
  redis.call('HSET', KEYS[1], 'status', 'suppressed', 'attempts', h.attempts or '0', 'permanent', '0', 'claimedAt', '0', unpack(base))
  redis.call('ZADD', KEYS[3], now, KEYS[1])
  return 'suppressed'
end
local s = h.status
if s == 'sent' then return 'sent' end
if s == 'failed' and h.permanent == '1' then return 'failed for good' end
if s == 'sending' and now - tonumber(h.claimedAt) < tonumber(ARGV[7]) then return 'in flight' end
redis.call('HSET', KEYS[1], 'status', 'sending', 'attempts', tostring(tonumber(h.attempts or '0') + 1), 'permanent', '0', 'claimedAt', ARGV[6], unpack(base))
redis.call('ZADD', KEYS[3], now, KEYS[1])
return redis.call('HGETALL', KEYS[1])
`;

// ARGV: updatedAt, field/value pairs to set, '--', fields to delete. Refuses (0) a delivery never claimed.
const UPDATE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local i = 2
while i <= #ARGV and ARGV[i] ~= '--' do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]); i = i + 2 end
for j = i + 1, #ARGV do redis.call('HDEL', KEYS[1], ARGV[j]) end
redis.call('HSET', KEYS[1], 'updatedAt', ARGV[1])
redis.call('ZADD', KEYS[2], tonumber(ARGV[1]), KEYS[1])
return 1
`;

const MAX_RECONNECTS = 3;
const RECONNECT_MS = 200;

// Every method's failure to reach Redis becomes one usage error naming the address.
function reportingUnreachable(url: string, lastError: () => Error | undefined, ledger: AsyncLedger): AsyncLedger {
  const where = url.replace(/\/\/[^@/]*@/, "//");
  const wrapped = Object.entries(ledger).map(([name, method]) => [
    name,
    async (...args: unknown[]) => {
      try {
        return await (method as (...a: unknown[]) => Promise<unknown>).apply(ledger, args);
      } catch (e) {
        const cause = lastError();
        if (cause && /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|closed|MaxRetriesPerRequest/i.test(`${cause.message} ${(e as Error).message}`)) throw new DigestError("CONFIG_INVALID", `state ${where}: Redis is unreachable (${cause.message})`, { cause: e });
        throw e;
      }
    },
  ]);
  return Object.fromEntries(wrapped) as unknown as AsyncLedger;
}

/** A ledger over the Redis at `url`; connects lazily, `close()` quits. */
export function openRedisLedger(opts: RedisLedgerOptions = {}): AsyncLedger {
  const url = opts.url ?? "redis://127.0.0.1:6379";
  // A Redis that does not answer is the operator's to fix: give up after a few tries and say where, not print ioredis's traces.
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, retryStrategy: (times) => (times > MAX_RECONNECTS ? null : RECONNECT_MS) });
  let lastError: Error | undefined;
  redis.on("error", (e: Error) => {
    lastError = e;
  });
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  // One hash tag: every key of a namespace lands in one cluster slot, so the scripts may touch several.
  const ns = `{${opts.namespace ?? "digest"}}`;
  const recentKey = `${ns}:recent`;
  const deliveryKey = (k: DeliveryKey) => `${ns}:d:${[k.digestId, k.issue, k.email].map(encodeURIComponent).join(":")}`;
  const suppressKey = (email: string) => `${ns}:suppress:${encodeURIComponent(normaliseEmail(email))}`;

  const update = async (raw: DeliveryKey, now: Date, set: Record<string, string>, del: string[]) => {
    const key = normaliseKey(raw);
    const args = [String(now.getTime()), ...Object.entries(set).flat(), "--", ...del];
    const done = await redis.eval(UPDATE, 2, deliveryKey(key), recentKey, ...args);
    if (done !== 1) throw new Error(`redis ledger: no delivery ${key.digestId}/${key.issue}/${key.email} to update (claim it first)`);
  };

  return reportingUnreachable(url, () => lastError, {
    async claim(raw, editionKey, messageId, now) {
      const key = normaliseKey(raw);
      const args = [key.digestId, key.issue, key.email, editionKey, messageId, String(now.getTime()), String(leaseMs)];
      const reply = await redis.eval(CLAIM, 3, deliveryKey(key), suppressKey(key.email), recentKey, ...args);
      return Array.isArray(reply) ? { row: fromHash(pairs(reply)) } : { refused: reply as Refusal };
    },
    async markSent(key, now, info) {
      await update(key, now, { status: "sent", ...(info.response !== undefined ? { response: info.response } : {}), ...(info.messageId ? { messageId: info.messageId } : {}) }, ["error"]);
    },
    async markFailed(key, now, error, permanent) {
      await update(key, now, { status: "failed", error, permanent: permanent ? "1" : "0" }, []);
    },
    async suppress(email, digestId, reason) {
      await redis.hset(suppressKey(email), digestId, reason);
    },
    async isSuppressed(email, digestId) {
      const [one, all] = await redis.hmget(suppressKey(email), digestId, "*");
      return one !== null || all !== null;
    },
    async unsuppress(email, digestId) {
      if (digestId === "*") await redis.del(suppressKey(email));
      else await redis.hdel(suppressKey(email), digestId);
    },
    async suppressions() {
      const out: { email: string; digestId: string; reason: string }[] = [];
      const prefix = `${ns}:suppress:`;
      // SCAN, not KEYS: an operator's listing must not block the server other workers are sending through.
      for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }) as AsyncIterable<string[]>) {
        for (const key of keys) {
          const email = decodeURIComponent(key.slice(prefix.length));
          for (const [digestId, reason] of Object.entries(await redis.hgetall(key))) out.push({ email, digestId, reason });
        }
      }
      return out;
    },
    async find(raw) {
      const hash = await redis.hgetall(deliveryKey(normaliseKey(raw)));
      return Object.keys(hash).length > 0 ? fromHash(hash) : undefined;
    },
    async recent(limit, status) {
      const want = Math.floor(limit);
      const out: Delivery[] = [];
      // Newest first, a page at a time: only the rows in `status` count toward the limit, however far back they are.
      const page = status ? Math.max(want, 500) : want;
      for (let start = 0; out.length < want; start += page) {
        const keys = await redis.zrevrange(recentKey, start, start + page - 1);
        const pipeline = redis.pipeline();
        for (const k of keys) pipeline.hgetall(k);
        const replies = (await pipeline.exec()) ?? [];
        for (const [err, hash] of replies) {
          if (err || !hash || typeof hash !== "object") continue;
          const row = fromHash(hash as Record<string, string>);
          if (!status || row.status === status) out.push(row);
        }
        if (keys.length < page) break;
      }
      return out.slice(0, Math.max(0, want));
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  });
}

/** The ledger a `state:` URL names: redis://host:port/db?namespace=NAME (namespace default "digest"). */
export function openRedisLedgerAt(state: string, opts: { leaseMs?: number } = {}): AsyncLedger {
  const url = new URL(state);
  const namespace = url.searchParams.get("namespace") ?? "digest";
  url.searchParams.delete("namespace");
  return openRedisLedger({ ...opts, url: url.toString(), namespace });
}

function pairs(flat: unknown[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) out[String(flat[i])] = String(flat[i + 1]);
  return out;
}

function fromHash(h: Record<string, string>): Delivery {
  return {
    digestId: h.digestId ?? "",
    issue: h.issue ?? "",
    email: h.email ?? "",
    editionKey: h.editionKey ?? "",
    messageId: h.messageId ?? "",
    status: (h.status ?? "pending") as DeliveryStatus,
    attempts: Number(h.attempts ?? 0),
    ...(h.error !== undefined ? { error: h.error } : {}),
    updatedAt: new Date(Number(h.updatedAt ?? 0)),
  };
}
