import { describe, expect, it } from "vitest";
import { looksEnglish, rankCountries } from "../../src/analysis/countries.ts";
import { findMentions } from "../../src/analysis/mentions.ts";
import { understandBrief } from "../../src/analysis/index.ts";
import { fixture, readBriefText } from "./read-fixture.ts";

const codes = (text: string, foreign = false) => findMentions(text, { foreign }).map((m) => m.code);

describe("names in other languages and scripts", () => {
  it("matches Chinese, Japanese and Korean names inside unspaced text", () => {
    expect(codes("中国游客在瑞典")).toEqual(["CN", "SE"]);
    expect(codes("韓国の大統領が日本を訪問した")).toEqual(["KR", "JP"]);
    expect(codes("한국 대통령이 일본을 방문했다")).toEqual(["KR", "JP"]);
  });

  it("does not read a short name inside a longer word", () => {
    // 法国 (France) sits inside 合法国家 ("lawful state"); 美国 (US) inside 完美国度.
    expect(codes("合法国家")).toEqual([]);
    expect(codes("一个完美国度")).toEqual([]);
  });

  it("knows Chinese provinces and cities, and Taiwan apart from the mainland", () => {
    expect(codes("浙江温岭市")).toEqual(["CN"]);
    expect(codes("台北市政府")).toEqual(["TW"]);
  });

  it("matches Latin-script translations only in text that is not English", () => {
    expect(codes("Suécia e Noruega", true)).toEqual(["SE", "NO"]);
    expect(codes("Schweden und Deutschland", true)).toEqual(["SE", "DE"]);
    expect(codes("a trip from Noruega to Schweden", false)).toEqual([]);
    expect(looksEnglish("The minister said on Tuesday that the talks would go on.")).toBe(true);
    expect(looksEnglish("Uma nova pesquisa divulgada nesta segunda-feira mostra empate técnico entre os candidatos.")).toBe(false);
  });

  it("reads Cyrillic names anywhere", () => {
    expect(codes("Россия и Китай")).toEqual(["RU", "CN"]);
  });

  it("finds the countries of a Chinese brief", async () => {
    const u = understandBrief(await readBriefText(fixture("zh-tourists.txt")));
    expect(u.countries).toEqual(expect.arrayContaining(["CN", "NO"]));
  });

  it("finds the countries of a Portuguese brief", async () => {
    const u = understandBrief(await readBriefText(fixture("pt-elections.txt")));
    expect(u.countries[0]).toBe("BR");
  });
});

describe("demonyms, leaders, regions and towns", () => {
  it("counts plural demonyms", async () => {
    expect(codes("Fijians, Russians and Israelis; the Swiss and the Chinese")).toEqual(["FJ", "RU", "IL", "CH", "CN"]);
    const u = understandBrief(await readBriefText(fixture("demonym-plurals.txt")));
    expect(u.countries).toEqual(["WS"]);
  });

  it("lets a leader named in the headline stand for the country", async () => {
    const u = understandBrief(await readBriefText(fixture("leader-headline.txt")));
    expect(u.countries).toEqual(["IN"]);
    expect(rankCountries({ title: "Kim Jong Un inspects a new destroyer", paragraphs: ["State media showed him on deck."] })).toEqual(["KP"]);
  });

  it("puts a named country ahead of a leader's", () => {
    expect(rankCountries({ title: "Trump threatens tariffs on Canada", paragraphs: ["Ottawa said it would respond."] })[0]).toBe("CA");
  });

  it("knows first-level regions and a smaller town in the headline", () => {
    expect(codes("an air strike in Idlib province")).toEqual(["SY"]);
    expect(codes("a golf club in Florida")).toEqual(["US"]);
    expect(rankCountries({ title: "Floods cut roads around Kandy", paragraphs: ["Rescuers reached villages on Sunday."] })).toEqual(["LK"]);
  });

  it("does not read water or companies as countries", () => {
    expect(codes("ships returned to the Red Sea route")).toEqual([]);
    expect(codes("a Malaysia Airlines jet and a British Airways crew")).toEqual([]);
  });
});

describe("places named like ordinary words", () => {
  it("leaves Nice, Reading, Split and Mobile in ordinary prose, including at the start of a sentence", async () => {
    expect(codes("Reading on paper fell. Nice weather kept people out. Split shifts. Mobile phones won. Mr. Nice Guy.")).toEqual([]);
    expect(codes("The survey was carried out in Nice and in Reading.")).toEqual(["FR", "GB"]);
    expect(codes("NICE, France (Example Wire) -")).toEqual(["FR", "FR"]);
    const u = understandBrief(await readBriefText(fixture("word-like-cities.txt")));
    expect(u.countries).not.toContain("FR");
    expect(u.countries).not.toContain("HR");
  });
});
