import { describe, expect, it } from "vitest";
import { findDateline } from "../../src/analysis/dateline.ts";

const published = new Date("2026-01-09T12:00:00Z");
const wire = (opening: string, publishedAt: Date | null = published) =>
  findDateline({ paragraphs: [`${opening} Officials said on Friday that talks would go on.`], ...(publishedAt ? { publishedAt } : {}) });

describe("findDateline", () => {
  it("reads a correspondent's byline that opens a feed item's text, and not a sentence that opens on 'By'", () => {
    expect(findDateline({ paragraphs: ["By Our Correspondent, Chittagong. The port authority raised berth fees on Friday."], publishedAt: published })).toMatchObject({ place: "Chittagong" });
    expect(findDateline({ paragraphs: ["From a Staff Reporter in Kandy. Tea auctions resumed on Friday."], publishedAt: published })).toMatchObject({ place: "Kandy" });
    expect(findDateline({ paragraphs: ["By Friday, Colombo. The talks had stalled."], publishedAt: published })).toBeUndefined();
  });

  it.each([
    ["TOKYO, Jan 9 (Reuters) -", "Tokyo", "2026-01-09"],
    ["SEOUL, Jan. 4 (Yonhap) --", "Seoul", "2026-01-04"],
    ["WASHINGTON/BEIJING, May 7 (Reuters) –", "Washington", "2026-05-07"],
    ["BERLIN (AP) —", "Berlin", "2026-01-09"],
    ["TAIPEI, Nov 26 —", "Taipei", "2025-11-26"],
    ["JAKARTA, Indonesia (AP) —", "Jakarta", "2026-01-09"],
    ["NEW DELHI, Jan 8 (Example) -", "New Delhi", "2026-01-08"],
  ])("reads the wire opening %s", (opening, place, date) => {
    expect(wire(opening)).toMatchObject({ place, date, raw: opening });
  });

  it.each([
    ["Osaka, Dec 30 (Kansai Wire) —", "Osaka", "2025-12-30"],
    ["Hanoi, 8 January 2026 —", "Hanoi", "2026-01-08"],
    ["Surabaya, 7 January:", "Surabaya", "2026-01-07"],
    ["LAHORE:", "Lahore", "2026-01-09"],
    ["Cebu —", "Cebu", "2026-01-09"],
    ["TACOMA, Wash. —", "Tacoma", "2026-01-09"],
    ["KUANTAN, Pahang, Jan 8 —", "Kuantan", "2026-01-08"],
    ["PERTH, Jan 8 AAP -", "Perth", "2026-01-08"],
    ["Herat (Afghanistan) (AFP) -", "Herat", "2026-01-09"],
    ["New Delhi [India], January 5 (ANI):", "New Delhi", "2026-01-05"],
    ["Ho Chi Minh City, January 8 (VNA) –", "Ho Chi Minh City", "2026-01-08"],
    ["Dar es Salaam, Jan 8 (Xinhua) --", "Dar es Salaam", "2026-01-08"],
    ["Ulaanbaatar /MONTSAME/.", "Ulaanbaatar", "2026-01-09"],
    ["KOLWEZI, Democratic Republic of Congo, Jan 8 (Reuters) -", "Kolwezi", "2026-01-08"],
  ])("reads the newsroom form %s", (opening, place, date) => {
    expect(wire(opening)).toMatchObject({ place, date });
  });

  it("takes the country from a dateline's qualifier when it names one", () => {
    expect(wire("VICTORIA, British Columbia (CP) -")).toMatchObject({ place: "Victoria", country: "CA" });
    expect(wire("VICTORIA, Seychelles (AFP) -")).toMatchObject({ place: "Victoria", country: "SC" });
    // Bolivia has a Trinidad too; Port of Spain has one country.
    expect(wire("PORT OF SPAIN, Trinidad (AP) —")).toMatchObject({ place: "Port of Spain", country: "TT" });
  });

  it("keeps a name's particles in lower case when it reads wire capitals", () => {
    expect(wire("DAR ES SALAAM, Tanzania (AP) —")).toMatchObject({ place: "Dar es Salaam", country: "TZ" });
    expect(wire("RIO DE JANEIRO (Reuters) -")).toMatchObject({ place: "Rio de Janeiro", country: "BR" });
  });

  it("picks, among places of one name, the one in the country the story names", () => {
    const d = findDateline({ paragraphs: ["GEORGE TOWN: The state assembly will debate ferry funding.", "Officials in Butterworth and Kuala Lumpur disagree."], publishedAt: published });
    expect(d).toMatchObject({ place: "George Town", country: "MY" });
    expect(findDateline({ paragraphs: ["GEORGE TOWN: Offshore banks reported record deposits."], publishedAt: published })?.country).toBe("KY");
    // A province named in the story counts: Hyderabad, Sindh is Pakistan's.
    expect(findDateline({ paragraphs: ["HYDERABAD: Growers across Sindh marched against the canal plan."], publishedAt: published })?.country).toBe("PK");
    expect(findDateline({ paragraphs: ["HYDERABAD: The metro will reach the airport."], publishedAt: published })?.country).toBe("IN");
  });

  it("reads old names, older spellings and newsroom short forms as today's names", () => {
    expect(wire("ULAN BATOR, Jan 8 (Xinhua) --")?.place).toBe("Ulaanbaatar");
    expect(wire("HCMC —")?.place).toBe("Ho Chi Minh City");
  });

  it("finds the dateline past a deck and a date line, or in a page's dated place line", () => {
    const deck = "Households will be parsing the statement for relief as tariffs bite";
    expect(findDateline({ paragraphs: [deck, "Jan 9, 2026, 05:00 AM", "COLOMBO – It will be the first budget of the term."], publishedAt: published })?.place).toBe("Colombo");
    const hindu = ["Leaders hope to announce a deal at the summit", "Priya Raman", "Updated - January 9, 2026 09:41 pm IST - NEW DELHI", "Negotiators will sit down here on Wednesday."];
    expect(findDateline({ paragraphs: hindu, publishedAt: published })).toMatchObject({ place: "New Delhi", date: "2026-01-09" });
    expect(wire("SA KAEO:")?.place).toBe("Sa Kaeo");
    expect(wire("BREAKING NEWS:")).toBeUndefined();
  });

  it("reads a place and a date standing on a line of their own above the story", () => {
    const alone = (line: string) => findDateline({ paragraphs: [line, "The European Union has once again kept all the country's airlines on its list."], publishedAt: published });
    expect(alone("KATHMANDU, JAN 5")).toMatchObject({ place: "Kathmandu", date: "2026-01-05" });
    expect(alone("Kathmandu, Jan 5")).toMatchObject({ place: "Kathmandu", date: "2026-01-05" });
    expect(alone("Kathmandu Valley")).toBeUndefined();
  });

  it("reads agency datelines printed without a dash", () => {
    expect(wire("New Delhi, Jan 8 (PTI)")).toMatchObject({ place: "New Delhi", date: "2026-01-08" });
    expect(wire("Lima, Jan 8 (EFE).-")).toMatchObject({ place: "Lima", date: "2026-01-08" });
    expect(wire("Officials (familiar with it)")).toBeUndefined();
  });

  it("dates an undated dateline by the publication instant's day at the place", () => {
    const early = new Date("2026-01-11T23:00:00Z"); // 07:00 on the 12th in Manila
    expect(findDateline({ paragraphs: ["MANILA, Philippines — Officials said talks would go on."], publishedAt: early })?.date).toBe("2026-01-12");
    expect(findDateline({ paragraphs: ["CHICAGO (AP) — Officials said talks would go on."], publishedAt: early })?.date).toBe("2026-01-11");
  });

  it.each(["UPDATE:", "EXCLUSIVE —", "China — ever wary of", "Note: the", "Officials — who"])("takes no dateline from %s", (opening) => {
    expect(wire(opening)).toBeUndefined();
  });

  it.each([
    ["Lina Park in Busan", "Busan"],
    ["From our correspondent in Da Nang", "Da Nang"],
    ["Reporting from Shymkent", "Shymkent"],
    ["Our correspondent, Chittagong", "Chittagong"],
  ])("reads a byline line above the story: %s", (line, place) => {
    const d = findDateline({ byline: "By Lina Park", paragraphs: [line, "Officials said on Friday that talks would go on."], publishedAt: published });
    expect(d).toMatchObject({ place, date: "2026-01-09" });
  });

  it("takes the writer's own day for an undated dateline where the source gave its zone", () => {
    // 09:20 -08:00 in a Californian diaspora paper is already the next day in Saigon.
    const at = new Date("2026-01-30T17:20:00Z");
    expect(findDateline({ paragraphs: ["SAIGON — Factory notices went up this week."], publishedAt: at })?.date).toBe("2026-01-31");
    expect(findDateline({ paragraphs: ["SAIGON — Factory notices went up this week."], publishedAt: at, publishedDay: "2026-01-30" })).toMatchObject({ place: "Ho Chi Minh City", date: "2026-01-30" });
  });

  it("takes a capitalised town the gazetteer lacks when the story names it again", () => {
    const story = ["HARROGATE — Delegates will gather at the Harrogate Convention Centre on Saturday.", "Pay tops the motions."];
    expect(findDateline({ paragraphs: story, publishedAt: published })).toMatchObject({ place: "Harrogate", date: "2026-01-09" });
    expect(findDateline({ paragraphs: ["HARROGATE — Delegates will gather on Saturday."], publishedAt: published })).toBeUndefined();
    expect(findDateline({ paragraphs: ["ANALYSIS — Analysis of the vote shows a swing."], publishedAt: published })).toBeUndefined();
  });

  it("takes an unknown capitalised head for a place only where the story opens", () => {
    expect(findDateline({ paragraphs: ["SA KAEO: Border traders reopened stalls on Friday."], publishedAt: published })?.place).toBe("Sa Kaeo");
    expect(findDateline({ paragraphs: ["The bank is expected to hold rates on Thursday.", "WHAT TO WATCH", "GROWTH FORECASTS: The board will publish its outlook."], publishedAt: published })).toBeUndefined();
  });

  it("reads a byline's place between a middle dot and a written-out date, but not a district named after a city", () => {
    expect(findDateline({ byline: "By Wei Ling Tan, Singapore · 16 September 2025", paragraphs: [], publishedAt: published })).toMatchObject({ place: "Singapore", date: "2025-09-16" });
    expect(findDateline({ paragraphs: ["By Dewi Lestari, Jakarta · June 10, 2026", "The working group meets on June 18."], publishedAt: published })).toMatchObject({ place: "Jakarta", date: "2026-06-10" });
    expect(findDateline({ byline: "Colleagues in Birmingham district", paragraphs: [], publishedAt: published })).toBeUndefined();
    expect(findDateline({ byline: "By Jo Hart in Leeds and Sam Ng in York", paragraphs: [], publishedAt: published })?.place).toBe("Leeds");
  });

  it("reads the wire opening under a date line a page puts above the story", () => {
    const d = findDateline({ paragraphs: ["Wed, January 7, 2026 09:30 GMT", "YEREVAN, Armenia (AP) — Officials said talks would go on."], publishedAt: published });
    expect(d).toMatchObject({ place: "Yerevan", date: "2026-01-09" });
  });

  it("keeps a city's full name where the gazetteer knows it by its short one", () => {
    expect(findDateline({ byline: "By Ana Cruz in Iloilo City", paragraphs: [], publishedAt: published })).toMatchObject({ place: "Iloilo City", country: "PH" });
    expect(wire("ZAMBOANGA CITY (PNA) —")).toMatchObject({ place: "Zamboanga City", country: "PH" });
    expect(wire("QUEZON CITY —")).toMatchObject({ place: "Quezon City", country: "PH" });
  });

  it("takes a word-like town after 'in' in a byline, but no desk named for a kind of story", () => {
    expect(findDateline({ byline: "By Jo Hart in Reading", paragraphs: [], publishedAt: published })?.place).toBe("Reading");
    expect(findDateline({ byline: "Explainer desk", paragraphs: [], publishedAt: published })).toBeUndefined();
    expect(findDateline({ byline: "By staff - Business Desk January 9, 2026", paragraphs: [], publishedAt: published })).toBeUndefined();
    // A desk named for a beat or a team, not a place.
    expect(findDateline({ byline: "Pacific Desk", paragraphs: [], publishedAt: published })).toBeUndefined();
    expect(findDateline({ byline: "The Morning Desk team", paragraphs: [], publishedAt: published })).toBeUndefined();
    expect(findDateline({ byline: "Tokyo Desk", paragraphs: [], publishedAt: published })?.place).toBe("Tokyo");
  });

  it("reads the official Vietnamese spelling of a one-word city and a release wire between slashes", () => {
    expect(findDateline({ paragraphs: ["VGP News", "Ha Noi, 18 November 2025 — The deputy prime minister chaired a meeting."], publishedAt: published })).toMatchObject({ place: "Hanoi", date: "2025-11-18" });
    expect(findDateline({ paragraphs: ["SINGAPORE, 14 April 2026 /PRNewswire/ -- Meridian Marine Energy today announced its AGM."], publishedAt: published })).toMatchObject({ place: "Singapore", date: "2026-04-14" });
  });

  it.each([
    ["By bno - Tokyo Office January 9, 2026", "Tokyo", "2026-01-09"],
    ["By bno - Surabaya bureau February 27, 2025", "Surabaya", "2025-02-27"],
    ["By Jane Roe in Manila", "Manila", "2026-01-09"],
    ["By Kim Min-ji, Seoul", "Seoul", "2026-01-09"],
  ])("reads the byline %s", (byline, place, date) => {
    expect(findDateline({ byline, paragraphs: [], publishedAt: published })).toMatchObject({ place, date });
  });

  it.each([
    ["PEKING, Jan 3 (Example) -", "Beijing"],
    ["BOMBAY, Jan 3 (Example) -", "Mumbai"],
    ["SAIGON, Jan 3 (Example) -", "Ho Chi Minh City"],
    ["RANGOON, Jan 3 (Example) -", "Yangon"],
    ["CALCUTTA, Jan 3 (Example) -", "Kolkata"],
    ["MADRAS, Jan 3 (Example) -", "Chennai"],
  ])("gives today's name for %s", (opening, place) => {
    expect(wire(opening)?.place).toBe(place);
  });

  it("takes an explicit dateline from front matter as it is", () => {
    const d = findDateline({ explicit: { place: "Vientiane", date: "2026-02-10" }, paragraphs: ["HANOI, Feb 9 (X) - text"], publishedAt: published });
    expect(d).toMatchObject({ place: "Vientiane", date: "2026-02-10", country: "LA" });
  });

  it("puts a December dateline on a January piece in the year before", () => {
    expect(wire("SEOUL, Dec. 31 (Yonhap) --", new Date("2026-01-02T00:00:00Z"))?.date).toBe("2025-12-31");
  });

  it("keeps the place but has no date when neither the dateline nor the brief is dated", () => {
    const d = wire("TOKYO, Jan 9 (Reuters) -", null);
    expect(d?.place).toBe("Tokyo");
    expect(d?.date).toBeUndefined();
    expect(findDateline({ byline: "By bno - Tokyo Office January 9, 2026", paragraphs: [] })?.date).toBe("2026-01-09");
  });

  it("gives none rather than a wrong one", () => {
    expect(wire("NATO - the alliance met")).toBeUndefined();
    expect(wire("The ministry said")).toBeUndefined();
    expect(findDateline({ byline: "By Korea Herald staff", paragraphs: ["Prices rose in Seoul."], publishedAt: published })).toBeUndefined();
    expect(findDateline({ byline: "By Jane Roe", paragraphs: [], publishedAt: published })).toBeUndefined();
  });
  it("takes a town the gazetteer lacks where the story opens on it with a day of the month, but no weekday or ordinary word", () => {
    expect(wire("Kelaniya, 12 March 2026 — The university will hold a drill on 24 March.")).toMatchObject({ place: "Kelaniya", date: "2026-03-12" });
    expect(wire("Monday, 12 March 2026 — The university will hold a drill.")).toBeUndefined();
    expect(wire("Update, 12 March 2026 — The university will hold a drill.")).toBeUndefined();
  });
  it("places a town with an abbreviated US state in the US, and an ambiguous town by its agency's country", () => {
    expect(findDateline({ paragraphs: ["ATHENS, Ga. (AP) — The Bulldogs won their opener on Saturday."] })?.country).toBe("US");
    expect(findDateline({ paragraphs: ["WILLMAR, Minn. — Turkey growers braced for a hard winter."] })?.country).toBe("US");
    expect(findDateline({ paragraphs: ["GEORGE TOWN, Oct 13 (Bernama) -- The island's city council will decide on parking fees on Thursday."] })?.country).toBe("MY");
  });
});
