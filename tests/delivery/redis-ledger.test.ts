import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { openRedisLedger } from "../../src/delivery/redis-ledger.ts";
import { ledgerContract } from "./ledger-contract.ts";

const URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

ledgerContract("redis", async () => {
  const namespace = `digest-test-${randomBytes(6).toString("hex")}`;
  return {
    open: () => openRedisLedger({ url: URL, namespace }),
    async dispose() {
      const redis = new Redis(URL);
      const keys = await redis.keys(`{${namespace}}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    },
  };
});
