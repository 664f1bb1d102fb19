import { describe, expect, it } from "vitest";
import { rankCountries } from "../../src/analysis/countries.ts";
import { findMentions } from "../../src/analysis/mentions.ts";
import { builtinRegions, regionsOf, understandBrief } from "../../src/analysis/index.ts";
import { fixture, readBriefText } from "./read-fixture.ts";

const codes = (text: string) => findMentions(text).map((m) => m.code);

describe("findMentions", () => {
  it("knows names, official names, spellings, demonyms, capitals and major cities", () => {
    expect(codes("The Republic of Korea and the DPRK")).toEqual(["KR", "KP"]);
    expect(codes("U.S. officials met Japanese diplomats in Osaka and Hanoi")).toEqual(["US", "JP", "JP", "VN"]);
    expect(codes("Myanmar, formerly Burma, and Côte d'Ivoire")).toEqual(["MM", "MM", "CI"]);
    expect(codes("US-China ties; the Japan–South Korea partnership")).toEqual(["US", "CN", "JP", "KR"]);
  });

  it("knows the first-level subdivisions of populous countries by their English names", () => {
    expect(codes("Farmers in Sindh and Balochistan; a metro line in Telangana")).toEqual(["PK", "PK", "IN"]);
    // Punjab is Pakistan's and India's: the name alone says neither.
    expect(codes("Wheat prices in Punjab")).toEqual([]);
  });

  it("reads capitals in datelines and headlines written in capitals", () => {
    expect(codes("SEOUL, Jan 4 (Yonhap) -- HO CHI MINH CITY")).toEqual(["KR", "VN"]);
  });

  it("leaves out porcelain, pets, other continents and people's names", () => {
    expect(codes("fine china and bone china from a china shop")).toEqual([]);
    expect(codes("Guinea pig breeders in Latin America and New Mexico")).toEqual([]);
    expect(codes("Michael Jordan and Jordan Peterson spoke")).toEqual([]);
    expect(codes("King Abdullah of Jordan")).toEqual(["JO"]);
  });
});

describe("rankCountries", () => {
  it("puts headline countries first and ignores a single passing mention", () => {
    const ranked = rankCountries({
      title: "Russia's budget deficit widens",
      paragraphs: ["Russia's deficit grew, the ministry in Moscow said.", "Spending includes arms exports to North Korea.", "Russian firms lobbied."],
    });
    expect(ranked).toEqual(["RU"]);
  });

  it("keeps the headline's order among the countries it names, whatever the dateline and the body say", () => {
    const ranked = rankCountries({
      title: "South Korea's Hanwha seals rocket launcher deal with Poland",
      paragraphs: ["The Polish defence ministry signed the contract in Warsaw on Tuesday.", "Poland has bought Korean tanks and howitzers since 2022, and Polish officials praised delivery times."],
      datelineCountry: "PL",
    });
    expect(ranked.slice(0, 2)).toEqual(["KR", "PL"]);
  });

  it("makes a body-only country prominent when it recurs across paragraphs", () => {
    const ranked = rankCountries({
      title: "Chipmakers weigh new plants",
      paragraphs: ["Taiwan's foundries are expanding in Japan.", "Taipei wants guarantees, and Japanese subsidies are large.", "Japan will decide in May."],
    });
    expect(ranked[0]).toBe("JP");
    expect(ranked).toContain("TW");
  });

  it("counts the dateline and declared countries", () => {
    expect(rankCountries({ title: "Tank deal signed", paragraphs: ["A deal was signed."], datelineCountry: "PL", declared: ["KR"] })).toEqual(["KR", "PL"]);
  });

  it("takes the only country a brief names, even once", () => {
    const paragraphs = ["The Reserve Bank of India cut its benchmark rate by a quarter point on Friday.", "The governor said the committee voted unanimously.", "Bond yields fell after the decision."];
    expect(rankCountries({ title: "Central bank cuts rates as inflation sinks", paragraphs })).toEqual(["IN"]);
  });

  it("leaves out the country a story was only filed from", () => {
    const paragraphs = ["SINGAPORE, Feb 10 (Wire) - Oil rose after Libya's largest field shut.", "Libya's output fell by a fifth, a Singapore-based trader said.", "Libyan officials gave no date for a restart."];
    expect(rankCountries({ title: "Oil climbs as Libyan supply falls", paragraphs, datelineCountry: "SG" })).toEqual(["LY"]);
    expect(rankCountries({ title: "Tank deal signed", paragraphs: ["A deal was signed."], datelineCountry: "PL" })).toEqual(["PL"]);
  });

  it("reads a short word in capitals as an abbreviation, not a region's or a town's name", () => {
    expect(rankCountries({ title: "IMO talks on shipping's carbon price open in London", paragraphs: ["LONDON - Delegates at the IMO began a week of talks on a carbon price for ships."] })).toEqual(["GB"]);
    expect(rankCountries({ title: "BAM sets its AGM for March", paragraphs: ["KUALA LUMPUR - The Badminton Association of Malaysia (BAM) will hold its AGM in March."] })).toEqual(["MY"]);
  });

  it("reads an ambiguous name inside a person's name as the person", () => {
    const paragraphs = ["MELBOURNE - Planning Minister Jordan Whitfield unveiled new zoning rules for Melbourne.", "Whitfield said councils would lose their veto in Melbourne."];
    expect(rankCountries({ title: "Jordan Whitfield backs townhouses", paragraphs, datelineCountry: "AU" })).toEqual(["AU"]);
    expect(rankCountries({ title: "Jordan reopens border crossing", paragraphs: ["Amman said trucks could pass."] })).toEqual(["JO"]);
  });

  it("reads an old place name inside a trophy's or a brand's name as the name", () => {
    const paragraphs = ["Scotland beat England to keep the Calcutta Cup at Murrayfield.", "England host Ireland next week; Scotland travel to Wales."];
    expect(rankCountries({ title: "Scotland retain Calcutta Cup", paragraphs })).not.toContain("IN");
    expect(rankCountries({ title: "Calcutta court halts metro work", paragraphs: ["The Calcutta High Court stayed tree felling."] })).toContain("IN");
  });

  it("tells Georgia the state from Georgia the country by context", () => {
    expect(rankCountries({ title: "Georgia regulators approve power bills", paragraphs: ["Democrats in Atlanta objected."] })).not.toContain("GE");
    expect(rankCountries({ title: "Georgia protests enter third week", paragraphs: ["Crowds filled Tbilisi's main avenue."] })).toContain("GE");
    // A town then its state, as US copy writes it.
    const raid = { title: "Korean workers detained in Georgia raid to fly home", paragraphs: ["South Korean workers were detained at a battery plant site in Ellabell, Georgia, last week.", "A charter flight will leave for the United States on Thursday."] };
    expect(rankCountries(raid)).not.toContain("GE");
  });
});

describe("countries of whole briefs", () => {
  it("keeps a Russian budget story mentioning North Korea once out of Asia", async () => {
    const u = understandBrief(await readBriefText(fixture("russia-budget-nk.txt")));
    expect(u.countries).toEqual(["RU"]);
    expect(regionsOf(u.countries, builtinRegions())).not.toContain("asia");
  });

  it("reads Georgia in an Atlanta story as the US state", async () => {
    const u = understandBrief(await readBriefText(fixture("georgia-atlanta.txt")));
    expect(u.countries).not.toContain("GE");
    expect(u.countries[0]).toBe("US");
  });

  it("reads a person's name in a paragraph of many names with no full stop, and reads no further than a brief's first 60,000 characters", () => {
    const names = Array.from({ length: 400 }, () => "the envoy Jordan Whitfield met officials from Vietnam").join(" and ");
    const u = understandBrief({ id: "names", title: "Mekong delegates meet", paragraphs: [names] });
    expect(u.countries).toContain("VN");
    expect(u.countries).not.toContain("JO");
    const padded = understandBrief({ id: "long", title: "Water talks resume", paragraphs: ["Officials from Vietnam and Laos met again. ".repeat(1600), "Chile and Peru also attended. ".repeat(3000)] });
    expect(padded.countries).toContain("VN");
    expect(padded.countries).not.toContain("CL");
  });

  it("reads Turkey at Thanksgiving as the bird", async () => {
    const u = understandBrief(await readBriefText(fixture("thanksgiving.txt")));
    expect(u.countries).not.toContain("TR");
    expect(u.countries).not.toContain("CN");
  });
});

describe("countries from a brief's filing: tags, a state after the town, the agency", () => {
  it("counts a tag that names a country as the desk filing the piece under it, but not an ambiguous one", () => {
    const paragraphs = ["The index closed higher on Friday, led by the three local banks.", "US inflation data on Wednesday will set the tone for rate-sensitive names."];
    expect(rankCountries({ title: "Morning note: bank results and US CPI in focus", paragraphs, tags: ["morning note", "singapore", "equities"] })).toContain("SG");
    expect(rankCountries({ title: "Runoff turnout beats forecasts", paragraphs: ["Voters in Atlanta queued for hours on Tuesday."], tags: ["Georgia", "elections"] })).not.toContain("GE");
  });

  it("takes the one country every named place lies in, towns included, when three are named", () => {
    expect(rankCountries({ title: "Order paper for Tuesday", paragraphs: ["The Member for Sibu to ask about rural schools in Sarawak.", "The Member for Bintulu to ask about the port."] })).toEqual(["MY"]);
    expect(rankCountries({ title: "Order paper for Tuesday", paragraphs: ["The Member for Sibu to ask about rural schools."] })).toEqual([]);
  });

  it("reads no Indian in the name of the dateline's place", () => {
    const u = understandBrief({ id: "t", title: "Kessler rallies to reach Indian Wells final", paragraphs: ["INDIAN WELLS, Calif. (AP) — Marta Kessler came back from a set down on Saturday to reach the final.", "She will face the top seed on Sunday."] });
    expect(u.countries).not.toContain("IN");
    expect(u.dateline?.place).toBe("Indian Wells");
  });
});
