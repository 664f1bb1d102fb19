// npm run bench: what one edition costs to compile, what each subscriber's copy costs, and how big it gets.
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import mjml2html from "mjml";
import { buildView, compileEdition, loadTemplates, personalise, renderMjml } from "../src/render/index.ts";
import type { PersonalFields } from "../src/render/types.ts";
import { aDigest, aSender, sampleEdition, somePersonalFields } from "../tests/render/builders.ts";

const TEMPLATES = fileURLToPath(new URL("../templates", import.meta.url));
const SUBSCRIBERS = 1_000;
const NAIVE_SAMPLE = 40;

function subscriber(i: number): PersonalFields {
  return somePersonalFields({
    name: `Reader ${i}`,
    email: `reader${i}@example.com`,
    unsubscribeUrl: `https://digest.example.org/u/${i.toString(36).padStart(24, "x")}.sig`,
    preferencesUrl: `https://digest.example.org/preferences/${i.toString(36).padStart(24, "x")}.sig`,
    reason: `You get this because you subscribed to Asia Daily as reader${i}@example.com`,
  });
}

async function timeMs(runs: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < 5; i++) await fn(); // warm-up: JIT and mjml's lazy component setup
  const start = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return (performance.now() - start) / runs;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchRender(): Promise<void> {
  const templates = loadTemplates(TEMPLATES);
  const digest = aDigest();
  const sender = aSender();
  const edition = sampleEdition(10);
  const mjml = renderMjml(buildView(edition, digest, sender, 10), templates);

  const mjmlMs = await timeMs(20, () => mjml2html(mjml, { validationLevel: "skip", ignoreIncludes: true, fonts: {} }));
  const compileMs = await timeMs(20, () => compileEdition(edition, digest, sender, templates));
  const compiled = await compileEdition(edition, digest, sender, templates);

  const fields = Array.from({ length: SUBSCRIBERS }, (_, i) => subscriber(i));
  let bytes = 0;
  for (let i = 0; i < 2_000; i++) bytes += personalise(compiled, fields[i % SUBSCRIBERS]!).html.length; // warm-up
  const copies = 20_000;
  const start = performance.now();
  for (let i = 0; i < copies; i++) {
    const copy = personalise(compiled, fields[i % SUBSCRIBERS]!);
    bytes += copy.html.length + copy.text.length;
  }
  const copyUs = ((performance.now() - start) * 1_000) / copies;

  // The obvious way: Handlebars with the subscriber's own fields, then mjml, then bytes, for every subscriber.
  const naiveMs = await timeMs(NAIVE_SAMPLE, async () => {
    const view = { ...buildView(edition, digest, sender, 10), personal: { ...subscriber(7), name: "Reader 7" } };
    const html = (await mjml2html(templates.html(view), { validationLevel: "skip", ignoreIncludes: true, fonts: {} })).html;
    return Buffer.from(html);
  });
  const oursTotalMs = compileMs + (SUBSCRIBERS * copyUs) / 1_000;
  const naiveTotalMs = SUBSCRIBERS * naiveMs;

  console.log("render (10 briefs unless noted)");
  console.log(`  mjml compile                 ${mjmlMs.toFixed(1)} ms`);
  console.log(`  edition compile (hbs+mjml)   ${compileMs.toFixed(1)} ms   once per edition`);
  console.log(`  personalised copy            ${copyUs.toFixed(1)} µs   html+text Buffers ready (${kb(compiled.html.staticBytes)} html)`);
  console.log(`  ${SUBSCRIBERS} subscribers: shared edition ${oursTotalMs.toFixed(0)} ms vs mjml per subscriber ${(naiveTotalMs / 1_000).toFixed(1)} s ` +
    `(${naiveMs.toFixed(1)} ms each, timed on ${NAIVE_SAMPLE}) = ${(naiveTotalMs / oursTotalMs).toFixed(0)}× faster`);
  for (const n of [5, 10, 20, 40]) {
    const unlimited = await compileEdition(sampleEdition(n), digest, sender, templates, { maxHtmlBytes: Number.MAX_SAFE_INTEGER });
    const budgeted = await compileEdition(sampleEdition(n), digest, sender, templates);
    const copy = personalise(budgeted, fields[0]!);
    const fit = budgeted.shownBriefs === n ? "all fit" : `budget keeps ${budgeted.shownBriefs}, says ${budgeted.moreCount} more`;
    console.log(`  html size, ${String(n).padStart(2)} briefs         ${kb(unlimited.html.staticBytes).padStart(8)}   sent: ${kb(copy.html.length)} (${fit}); text ${kb(copy.text.length)}`);
  }
  if (bytes === 0) console.log("(no bytes?)");
}
