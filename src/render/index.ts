// The render stage: templates/ compiled once, an edition compiled once, each subscriber's copy spliced.
export { loadTemplates } from "./templates.ts";
export { compileEdition, renderMjml, DEFAULT_MAX_HTML_BYTES } from "./compile.ts";
export { personalise } from "./personalise.ts";
export { buildView } from "./view-model.ts";
export type { BriefView, DigestView, UpcomingView } from "./view-model.ts";
export type { CompiledEdition, DigestLinks, PersonalCopy, PersonalFields, Sender, Templates } from "./types.ts";
