import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { DigestError } from "../domain/errors.ts";
import { SERVICE_FILE } from "../config/load.ts";
import { builtinRegions } from "../analysis/index.ts";
import { loadAppConfig } from "../app.ts";
import { gatherBriefs } from "../pipeline/gather.ts";
import type { Brief, RegionDefinition } from "../domain/types.ts";
import { nodeSourceDeps, readAllSources, sourceFor } from "../sources/index.ts";
import { printProblems, terminal } from "./print.ts";

interface InspectFlags {
  json?: boolean;
  config: string;
  region?: string;
}

export function registerInspect(program: Command): void {
  program
    .command("inspect")
    .description("what the pipeline reads from briefs: headline, dateline, countries, region, agenda")
    .argument("<path-or-url...>", "brief files, folders or feeds")
    .option("--json", "one JSON object per brief per line")
    .option("--config <dir>", "config folder (for custom regions and the digest's region)", "config")
    .option("--region <id>", "judge inRegion against this region (default: the first digest's, or asia)")
    .action(async (paths: string[], flags: InspectFlags) => {
      const { regions, region } = await regionSetting(flags);
      const read = await readAllSources(paths.map((p) => sourceFor(p, nodeSourceDeps)));
      const gathered = gatherBriefs(read.drafts, regions);
      printProblems(terminal, [...read.problems, ...gathered.problems]);
      for (const brief of gathered.briefs) terminal.out(flags.json ? JSON.stringify(toJson(brief, region)) : describe(brief, region));
      if (gathered.briefs.length === 0 && read.problems.length + gathered.problems.length > 0) process.exitCode = 1;
    });
}

/** The line format other tools read (docs/CLI.md). */
export function toJson(b: Brief, region: string) {
  return {
    id: b.id,
    title: b.title,
    url: b.url ?? null,
    source: b.source,
    publishedAt: b.publishedAt.toISOString(),
    dateline: b.dateline ? { place: b.dateline.place ?? null, date: b.dateline.date ?? null, raw: b.dateline.raw } : null,
    countries: b.countries,
    regions: b.regions,
    inRegion: b.regions.includes(region),
    agenda: b.agenda.map((a) => ({ label: a.label, summary: a.summary, ...(a.date ? { date: a.date } : {}) })),
    upcoming: b.upcoming.map((u) => ({ date: u.date, label: u.label })),
    summary: b.summary,
    ...(b.duplicateOf ? { duplicateOf: b.duplicateOf } : {}),
  };
}

function describe(b: Brief, region: string): string {
  const lines = [
    b.title,
    `  source     ${b.source}`,
    `  published  ${b.publishedAt.toISOString()}`,
    `  dateline   ${b.dateline ? `${b.dateline.place ?? "?"} ${b.dateline.date ?? ""} (${b.dateline.raw})` : "none"}`,
    `  countries  ${b.countries.join(", ") || "none"} → ${b.regions.includes(region) ? `in ${region}` : `not in ${region}`}`,
    ...b.agenda.map((a) => `  agenda     ${a.label}: ${a.summary}`),
    ...b.upcoming.map((u) => `  coming up  ${u.date} ${u.label}`),
    `  summary    ${b.summary}`,
  ];
  if (b.duplicateOf) lines.push(`  duplicate of ${b.duplicateOf}`);
  return `${lines.join("\n")}\n`;
}

/** Inspect works without a config folder too: then built-in regions and asia. */
async function regionSetting(flags: InspectFlags): Promise<{ regions: RegionDefinition[]; region: string }> {
  const config = existsSync(join(flags.config, SERVICE_FILE)) ? await loadAppConfig({ configDir: flags.config, env: process.env, cwd: process.cwd() }) : undefined;
  const regions = [...builtinRegions(), ...(config?.regions ?? [])];
  const region = flags.region ?? config?.digests[0]?.region ?? "asia";
  // "--region nowhere" would report every brief as outside it.
  if (!regions.some((r) => r.id === region)) throw new DigestError("USAGE", `--region: no region "${region}" (known: ${regions.map((r) => r.id).sort().join(", ")})`);
  return { regions, region };
}
