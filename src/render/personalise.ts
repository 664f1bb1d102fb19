// The per-subscriber pass: copy pre-encoded static bytes, splice in escaped personal fields.
import { DigestError } from "../domain/errors.ts";
import { cleanField, escapeHtml } from "./clean.ts";
import type { CompiledEdition, PersonalCopy, PersonalFields, PersonalKey, Segments } from "./types.ts";

const HTTP = /^https?:\/\/[^\s/]/i;

/** A subscriber's copy, bytes ready for the transport. */
export function personalise(compiled: CompiledEdition, fields: PersonalFields): PersonalCopy {
  for (const key of ["unsubscribeUrl", "preferencesUrl"] as const) {
    if (!HTTP.test(fields[key])) {
      throw new DigestError("CONFIG_INVALID", `${key} must be an absolute http(s) URL, got ${JSON.stringify(fields[key])}`, {
        location: { file: "subscriber", field: key },
      });
    }
  }
  const text: Record<PersonalKey, string> = {
    name: cleanField(fields.name || fields.email),
    email: cleanField(fields.email),
    unsubscribeUrl: cleanField(fields.unsubscribeUrl),
    preferencesUrl: cleanField(fields.preferencesUrl),
    reason: cleanField(fields.reason),
  };
  const html: Record<PersonalKey, string> = {
    name: escapeHtml(text.name),
    email: escapeHtml(text.email),
    unsubscribeUrl: escapeHtml(text.unsubscribeUrl),
    preferencesUrl: escapeHtml(text.preferencesUrl),
    reason: escapeHtml(text.reason),
  };
  return { subject: compiled.subject, html: splice(compiled.html, html), htmlEncoding: compiled.htmlEncoding, text: splice(compiled.text, text) };
}

function splice(segments: Segments, values: Record<PersonalKey, string>): Buffer {
  const { statics, fields } = segments;
  let size = segments.staticBytes;
  for (const key of fields) size += Buffer.byteLength(values[key], "utf8");
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (let i = 0; i < fields.length; i++) {
    at += (statics[i] as Buffer).copy(out, at);
    at += out.write(values[fields[i] as PersonalKey], at, "utf8");
  }
  (statics[fields.length] as Buffer).copy(out, at);
  return out;
}
