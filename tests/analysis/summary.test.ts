import { describe, expect, it } from "vitest";
import { summarise } from "../../src/analysis/summary.ts";

describe("summarise", () => {
  it("takes the lead sentence without its wire dateline", () => {
    expect(summarise("t", ["MANILA, Feb 13 (Example Wire) - Ferry operators cancelled dozens of sailings on Friday. More later."])).toBe(
      "Ferry operators cancelled dozens of sailings on Friday.",
    );
  });

  it("cuts a long lead at a clause break, within ~30 words", () => {
    const lead =
      "The central bank raised its policy rate by half a point on Thursday to defend a currency that has lost a fifth of its value since March, while warning that inflation could stay above target for most of next year and into the one after.";
    const s = summarise("t", [lead]);
    expect(s.split(/\s+/).length).toBeLessThanOrEqual(30);
    expect(s).toMatch(/since March…$/);
  });

  it("falls back on the title when there is no body", () => {
    expect(summarise("Typhoon hits Luzon", [])).toBe("Typhoon hits Luzon");
  });

  it("leaves out a list item's mark and a dateline under a date line", () => {
    expect(summarise("t", ["1. The president will pay an official visit to Japan from June 16 to 19."])).toBe("The president will pay an official visit to Japan from June 16 to 19.");
    expect(summarise("t", ["Jan 9, 2026, 05:00 AM", "SINGAPORE – It will be the first budget of the new term, economists say."])).toBe("It will be the first budget of the new term, economists say.");
  });

  it("reads a lead in Chinese, Japanese and Korean: split at 。, without the dateline in the writer's script", () => {
    expect(summarise("上海港将提高集装箱费用", ["上海，3月4日——上海港周三宣布将提高集装箱装卸费用。新费率将于四月生效。"])).toBe("上海港周三宣布将提高集装箱装卸费用。");
    expect(summarise("t", ["大阪、3月4日 — 大阪府は4日、万博跡地の再開発計画を発表した。"])).toBe("大阪府は4日、万博跡地の再開発計画を発表した。");
    expect(summarise("t", ["부산, 3월 4일 (뉴스통신) — 부산항만공사는 4일 컨테이너 하역료를 인상한다고 밝혔다."])).toBe("부산항만공사는 4일 컨테이너 하역료를 인상한다고 밝혔다.");
  });

  it("cuts a long lead in a script without spaces by its words, at a comma", () => {
    const lead = "上海港周三宣布将提高集装箱装卸费用，同时扩建洋山深水港区的自动化码头，并与宁波舟山港协调航线安排，以应对今年以来持续增长的跨太平洋航线货运需求和欧洲航线的运力紧张局面，以及东南亚转运业务的快速扩张。";
    const cut = summarise("t", [lead]);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThan(lead.length);
    expect(lead.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.slice(0, -1)).not.toMatch(/[，、]$/);
  });
});
