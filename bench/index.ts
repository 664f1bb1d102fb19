// npm run bench: every stage's figures in one run, ours beside the naive way.
import { benchPipeline } from "./pipeline.ts";
import { benchRender } from "./render.ts";

await benchPipeline();
await benchRender();
