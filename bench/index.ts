// npm run bench: every stage's figures in one run.
import { benchRender } from "./render.ts";

await benchRender();
