// Opens the digest in real Chromium, as a phone and as a narrow desktop pane, and checks what a reader would notice.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aBrief, anEdition, sampleBriefs, sampleEdition } from "./builders.ts";
import { render } from "./fixture.ts";

const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/", import.meta.url));
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

let browser: Browser;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
});
afterAll(async () => {
  await browser?.close();
});

// A long unbroken word and a long place name: the usual ways a narrow screen gets a scrollbar.
const edition = sampleEdition(8, {
  briefs: [...sampleBriefs(8), aBrief({ id: "long", title: `Thailand's ${"Krungthepmahanakhon".repeat(5)} metro extension approved`, dateline: { place: "Krung Thep Maha Nakhon Amon Rattanakosin", date: "2026-01-12", raw: "" } })],
});

interface Opened { page: Page; requests: string[]; dialogs: string[] }

async function open(html: string, width: number, colorScheme: "light" | "dark"): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  const requests: string[] = [];
  const dialogs: string[] = [];
  await page.route("**/*", (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.setContent(html, { waitUntil: "load" });
  return { page, requests, dialogs };
}

interface TextBox { text: string; size: number; weight: number; color: number[]; background: number[] }

// Runs in the page; a string because this project's TypeScript has no DOM library.
const TEXT_BOXES = `(() => {
  const parse = (c) => (c.match(/[\\d.]+/g) ?? []).map(Number);
  const backdrop = (el) => {
    for (let at = el; at; at = at.parentElement) {
      const bg = getComputedStyle(at).backgroundColor;
      const alpha = parse(bg)[3] ?? 1;
      if (alpha > 0) return bg;
    }
    return "rgb(255, 255, 255)";
  };
  const out = [];
  for (const el of document.body.querySelectorAll("*")) {
    const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join("").trim();
    if (!own || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const style = getComputedStyle(el);
    out.push({ text: own.slice(0, 40), size: parseFloat(style.fontSize), weight: Number(style.fontWeight), color: parse(style.color), background: parse(backdrop(el)) });
  }
  return out;
})()`;

/** Visible elements that hold text themselves, with size, weight, colour and the colour behind them. */
function textBoxes(page: Page): Promise<TextBox[]> {
  return page.evaluate<TextBox[]>(TEXT_BOXES);
}

function contrast(a: number[], b: number[]): number {
  const lum = ([r = 0, g = 0, b = 0]: number[]) => {
    const c = [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("the digest in a browser", () => {
  for (const [width, scheme] of [[375, "light"], [640, "light"], [375, "dark"], [640, "dark"]] as const) {
    it(`reads well at ${width} px (${scheme})`, async () => {
      const { html } = await render(edition);
      const { page, requests } = await open(html, width, scheme);
      try {
        await page.screenshot({ path: `${ARTIFACTS}digest-${width}-${scheme}.png`, fullPage: true });
        expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(width);
        expect(requests).toEqual([]);

        const boxes = await textBoxes(page);
        expect(boxes.length).toBeGreaterThan(50);
        expect(boxes.filter((b) => b.size < 14)).toEqual([]);
        const poor = boxes.filter((b) => {
          const large = b.size >= 24 || (b.size >= 18.66 && b.weight >= 700);
          return contrast(b.color, b.background) < (large ? 3 : 4.5);
        });
        expect(poor).toEqual([]);

        const agenda = page.locator("ul.agenda").first();
        await expect.poll(() => agenda.isVisible()).toBe(true);
        expect(await agenda.locator("li").count()).toBe(3);
        const unsubscribe = page.getByRole("link", { name: "Unsubscribe" });
        expect(await unsubscribe.isVisible()).toBe(true);
        const box = await unsubscribe.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        expect(await unsubscribe.getAttribute("href")).toMatch(/^https:\/\/digest\.example\.org\/u\//);
      } finally {
        await page.close();
      }
    });
  }

  it("has one h1, a heading per brief and no images to wait for", async () => {
    const { html } = await render(sampleEdition(5));
    const { page } = await open(html, 640, "light");
    try {
      expect(await page.locator("h1").allTextContents()).toEqual(["Asia Daily"]);
      expect(await page.locator("h2").count()).toBe(5 + 2);
      expect(await page.locator("img").count()).toBe(0);
      expect(await page.getAttribute("html", "lang")).toBe("en-GB");
    } finally {
      await page.close();
    }
  });

  it("runs nothing from hostile briefs", async () => {
    const hostile = anEdition({
      briefs: [aBrief({
        title: `<script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)>`,
        summary: `<iframe src="javascript:alert(4)"></iframe>`,
        url: "javascript:alert(5)",
      })],
    });
    const { html } = await render(hostile);
    const { page, dialogs, requests } = await open(html, 375, "light");
    try {
      await page.screenshot({ path: `${ARTIFACTS}digest-hostile-375.png`, fullPage: true });
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.locator("script, img, svg, iframe").count()).toBe(0);
      expect(await page.locator("h2").first().textContent()).toBe(`<script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)>`);
    } finally {
      await page.close();
    }
  });
});
