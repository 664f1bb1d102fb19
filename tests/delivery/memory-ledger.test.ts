import { createMemoryLedger, createMemoryStore } from "../../src/delivery/memory-ledger.ts";
import { ledgerContract } from "./ledger-contract.ts";

ledgerContract("memory", async () => {
  const store = createMemoryStore();
  return { open: () => createMemoryLedger(store), dispose: async () => {} };
});
