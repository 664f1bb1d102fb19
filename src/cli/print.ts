import type { InputProblem } from "../domain/types.ts";

/** The CLI's only way to the terminal, so commands stay testable. */
export interface Printer {
  out(line: string): void;
  err(line: string): void;
}

export const terminal: Printer = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export function printProblems(p: Printer, problems: readonly InputProblem[]): void {
  for (const problem of problems) {
    const at = problem.line === undefined ? problem.where : `${problem.where}:${problem.line}`;
    p.err(`skipped: ${at}${problem.field ? ` ${problem.field}` : ""}: ${problem.message}`);
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** A long-running service's lines carry the wall-clock time, so an operator can read them later. */
export function timestamped(p: Printer, now: () => Date = () => new Date()): Printer {
  const stamp = () => now().toISOString().slice(0, 19).replace("T", " ");
  return { out: (line) => p.out(`${stamp()} ${line}`), err: (line) => p.err(`${stamp()} ${line}`) };
}
