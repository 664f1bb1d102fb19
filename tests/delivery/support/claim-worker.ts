// Run as its own process: opens the shared SQLite ledger, says "ready", waits for a line on stdin, then claims
// every key and prints the ones it won.
import { openSqliteLedger } from "../../../src/delivery/sqlite-ledger.ts";

const [file, countText] = process.argv.slice(2);
const count = Number(countText);
const ledger = openSqliteLedger(file!);
process.stdout.write("ready\n");
await new Promise((resolve) => process.stdin.once("data", resolve));
process.stdin.pause();
const won: number[] = [];
// Both walk the same keys at about the same pace, so nearly every claim races the other process.
for (let i = 0; i < count; i++) {
  const claim = ledger.claim({ digestId: "asia-daily", issue: "2026-01-13", email: `reader${i}@example.com` }, "ed-1", `<${i}@example.com>`, new Date("2026-01-13T07:00:00Z"));
  if ("row" in claim) won.push(i);
  // Let go of the CPU between claims, as a real worker sending mail does; a tight loop would starve the other
  // process (SQLite's busy handler backs off) and the two would never actually contend. The random pause makes
  // the lead change hands: a process that starts a moment earlier would otherwise stay ahead and win every key.
  await new Promise((r) => setTimeout(r, Math.random() < 0.5 ? 0 : 1));
}
ledger.close();
process.stdout.write(`${JSON.stringify(won)}\n`);
