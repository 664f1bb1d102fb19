// The public face of briefs/: what sources and the pipeline use to normalise a brief.
export { briefId, idBasis } from "./id.ts";
export { canonicalUrl, isWebLink } from "./url.ts";
export { cleanText, escapeRegExp, firstSentence, splitLines } from "./text.ts";
export { sanitiseHtml, htmlToParagraphs, htmlToPlain, paragraphsToHtml, plainField, decodeEntities } from "./html.ts";
export { stripBoilerplate, isBoilerplate } from "./boilerplate.ts";
export { stripHtmlBoilerplate } from "./html-tidy.ts";
export { parseDate, findDate, type ParsedDate } from "./dates.ts";
