// Structure for sanitised HTML: paragraphs that do not nest, loose text wrapped, trailing furniture
// dropped. Works on the DOM (htmlparser2), never on the markup text.
import { DomUtils, parseDocument } from "htmlparser2";
import { isBoilerplate, TRAILING_MORE } from "./boilerplate.ts";
import { cleanText } from "./text.ts";

type Doc = ReturnType<typeof parseDocument>;
type Node = Doc["children"][number];
type Element = NonNullable<ReturnType<typeof DomUtils.findOne>>;

// Only &, <, >, " are escaped: the text stays readable ("–", not "&#x2013;").
const UTF8 = { encodeEntities: "utf8" } as const;
const BLOCKS = new Set(["p", "ul", "ol", "blockquote", "li"]);
const isBlock = (n: Node): n is Element => DomUtils.isTag(n) && BLOCKS.has(n.name);
const textOf = (n: Node): string => cleanText(DomUtils.textContent(n));

// <p><p>a</p><p>b</p></p> (what converted wrappers leave) → <p>a</p><p>b</p>.
function flatten(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => (DomUtils.isTag(n) && n.name === "p" && n.children.some(isBlock) ? flatten(n.children) : [n]));
}

// Text and inline elements between blocks become paragraphs of their own.
function wrapLoose(nodes: Node[]): Node[] {
  const out: Node[] = [];
  let run: Node[] = [];
  const close = (): void => {
    if (run.some((n) => textOf(n) !== "")) {
      const p = parseDocument("<p></p>").children[0] as Element;
      for (const n of run) DomUtils.appendChild(p, n);
      out.push(p);
    }
    run = [];
  };
  for (const n of nodes) {
    if (isBlock(n)) {
      close();
      out.push(n);
    } else run.push(n);
  }
  close();
  return out;
}

/** Sanitised HTML with flat paragraphs and no loose text at the top level. */
export function tidyHtml(html: string): string {
  const doc = parseDocument(html);
  return DomUtils.getOuterHTML(wrapLoose(flatten(doc.children)).filter((n) => !(DomUtils.isTag(n) && n.name === "p" && textOf(n) === "")), UTF8);
}

/** Tidied HTML without the site furniture that trails an article (the same rules as for paragraphs). */
export function stripHtmlBoilerplate(html: string): string {
  const blocks = parseDocument(tidyHtml(html)).children;
  const cut = blocks.findIndex((n, i) => i > 0 && isBoilerplate(textOf(n)));
  const kept = cut === -1 ? blocks : blocks.slice(0, cut);
  const last = kept.at(-1);
  // A "Continue reading…" link glued to the last paragraph goes too.
  if (last && DomUtils.isTag(last)) {
    const tail = last.children.filter((n) => textOf(n) !== "").at(-1);
    if (tail && TRAILING_MORE.test(textOf(tail)) && textOf(tail).replace(TRAILING_MORE, "") === "") DomUtils.removeElement(tail);
    if (textOf(last) === "") kept.pop();
  }
  return DomUtils.getOuterHTML(kept, UTF8);
}
