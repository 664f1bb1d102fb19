// eval/labels.yaml: what a careful reader says each corpus brief is about, validated on load.
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { z } from "zod";

const day = z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));

const Label = z.object({
  file: z.string(),
  guid: z.string().nullable().optional(),
  title: z.string(),
  countries: z.array(z.string()),
  inRegion: z.boolean(),
  dateline: z.object({ place: z.string().optional(), date: day.optional() }).nullable(),
  agenda: z.array(z.string()).default([]),
  upcoming: z.array(z.object({ date: day, about: z.string().optional() })).default([]),
});

export type BriefLabel = z.infer<typeof Label>;

/** The labels, or an error naming the entry that does not fit. */
export async function readLabels(path: string): Promise<BriefLabel[]> {
  const data: unknown = parse(await readFile(path, "utf8"));
  const result = z.array(Label).safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${path}: entry ${String(issue?.path[0])} field ${issue?.path.slice(1).join(".")}: ${issue?.message}`);
  }
  return result.data;
}
