import { isMap, isSeq, parseDocument, YAMLMap, type Document } from "yaml";
import { subscriberSchema, type SubscriberEntry } from "./schema.ts";

/** Edits subscribers.yaml as a YAML document, so the operator's comments and order survive. */
export class SubscribersDocument {
  private readonly doc: Document;

  constructor(text: string) {
    this.doc = parseDocument(text.trim() === "" ? "subscribers: []\n" : text);
    if (this.doc.errors.length > 0) throw new Error(this.doc.errors[0]!.message);
    if (!this.doc.has("subscribers")) this.doc.set("subscribers", this.doc.createNode([]));
  }

  list(): unknown[] {
    const seq = this.doc.get("subscribers");
    return isSeq(seq) ? (seq.toJSON() as unknown[]) : [];
  }

  /** Adds a reader; the entry is validated first. Returns false when the email is already listed. */
  add(entry: Record<string, unknown>): SubscriberEntry | false {
    const parsed = subscriberSchema.parse(entry);
    if (this.indexOf(parsed.email) >= 0) return false;
    this.seq().add(this.doc.createNode(stripUndefined(entry)));
    return parsed;
  }

  /** Sets fields on a listed reader (undefined removes a field); returns false when not listed. */
  update(email: string, fields: Record<string, unknown>): boolean {
    const i = this.indexOf(email);
    if (i < 0) return false;
    const node = this.seq().get(i, true);
    if (!isMap(node)) return false;
    const merged = { ...(node.toJSON() as Record<string, unknown>), ...fields };
    subscriberSchema.parse(stripUndefined(merged));
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined) node.delete(k);
      else node.set(k, this.doc.createNode(v));
    }
    return true;
  }

  remove(email: string): boolean {
    const i = this.indexOf(email);
    if (i < 0) return false;
    this.seq().delete(i);
    return true;
  }

  toString(): string {
    // "[CN, TW, HK]" as the operator wrote it, not "[ CN, TW, HK ]".
    return this.doc.toString({ flowCollectionPadding: false });
  }

  private seq() {
    let seq = this.doc.get("subscribers");
    if (!isSeq(seq)) {
      this.doc.set("subscribers", this.doc.createNode([]));
      seq = this.doc.get("subscribers");
    }
    if (!isSeq(seq)) throw new Error("subscribers is not a list");
    // "subscribers: []" grows into one entry a line, as an operator would write it, not a flow blob.
    if (seq.items.length === 0) seq.flow = false;
    return seq;
  }

  private indexOf(email: string): number {
    const wanted = email.toLowerCase();
    return this.seq().items.findIndex((n) => n instanceof YAMLMap && String(n.get("email")).toLowerCase() === wanted);
  }
}

function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
