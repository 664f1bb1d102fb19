import { describe, expect, it } from "vitest";
import { htmlToParagraphs } from "../../src/briefs/normalise.ts";
import { findAgenda, labelOf } from "../../src/analysis/agenda.ts";
import { withoutSpeakers } from "../../src/analysis/transcript.ts";
import { understandBrief } from "../../src/analysis/index.ts";
import { fixture, readBriefText } from "./read-fixture.ts";

const labels = async (name: string) => understandBrief(await readBriefText(fixture(name))).agenda.map((a) => a.label);

describe("findAgenda", () => {
  it("reads the item each paragraph of an analysis piece opens on", async () => {
    expect(await labels("vietnam-indonesia-visit.txt")).toEqual(["Fisheries", "Battery supply chains", "South China Sea", "Rice"]);
  });

  it("reads items a wire story sets in bold", async () => {
    expect(await labels("wire-tariffs.html")).toEqual(["Beef quotas", "Critical minerals", "Auto parts"]);
  });

  it("reads the items a sentence lists, each with the sentence that explains it", async () => {
    const u = understandBrief(await readBriefText(fixture("list-agenda.md")));
    expect(u.agenda.map((a) => a.label)).toEqual(["Data sharing on reservoirs", "Compensation for fishing communities"]);
    expect(u.agenda[0]?.summary).toMatch(/^Data sharing has been the sticking point/);
  });

  it("gives a short news brief no items rather than wrong ones", async () => {
    expect(await labels("short-wire.txt")).toEqual([]);
    expect(await labels("russia-budget-nk.txt")).toEqual([]);
  });

  it("explains each item in one sentence of at most ~30 words", async () => {
    const u = understandBrief(await readBriefText(fixture("vietnam-indonesia-visit.txt")));
    for (const item of u.agenda) {
      expect(item.summary.split(/\s+/).length).toBeLessThanOrEqual(32);
      expect(item.summary).not.toMatch(/\.\s+[A-Z].*\./);
    }
    // A cue sentence that only names the topic is followed by the one that says what is at stake.
    expect(u.agenda[0]?.summary).toMatch(/^Vietnamese boats are regularly detained/);
  });

  it("takes every phrase a brief sets in bold when it bolds several", () => {
    const html = "<p>The bill adds record <strong>defence spending</strong> for the war.</p><p>The deal also admitted <strong>Timor-Leste</strong> as a member.</p>";
    const items = findAgenda({ html, paragraphs: ["The bill adds record defence spending for the war.", "The deal also admitted Timor-Leste as a member."] });
    expect(items.map((i) => i.label)).toEqual(["Defence spending", "Timor-Leste"]);
    expect(items[1]?.summary).toBe("The deal also admitted Timor-Leste as a member.");
  });

  it("reads topic-first openers in their common forms", () => {
    const openers = [
      "Wages are the first demand. Unions want more.",
      "Fiscal policy was the second. The deficit rises.",
      "Semiconductors are at the heart of the talks. Chips matter.",
      "Steel and textiles are also covered. Both are hit.",
      "Investment pledges make up the third. Sums are large.",
    ];
    expect(findAgenda({ paragraphs: openers }).map((i) => i.label)).toEqual(["Wages", "Fiscal policy", "Semiconductors", "Steel", "Textiles"]);
  });

  it("takes one side's want inside a run of items, unless it restates one", () => {
    const lede = "The city has called mandal representatives and the police to a coordination meeting on Monday, where several questions will have to be settled.";
    const paragraphs = [
      lede,
      "Top of the civic body's list is pothole repair on the procession routes. Ward officers have logged 2,100 potholes.",
      "Close behind are artificial ponds. The corporation plans 290 of them.",
      "The police, for their part, want agreement on crowd control at the busiest pandals. Queues run to a million on peak days.",
      "The railways will present their schedule of night trains.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Pothole repair on routes", "Artificial ponds", "Crowd control"]);
    const restated = [lede, "Top of the list is pothole repair. Officers logged 2,100.", "Close behind are artificial ponds. There will be 290.", "The mandals, for their part, want faster pothole repair on side streets. They say it is overdue."];
    expect(findAgenda({ paragraphs: restated }).map((i) => i.label)).toEqual(["Pothole repair", "Artificial ponds"]);
  });

  it("reads a count opened by 'To start with' as by 'First'", () => {
    const paragraphs = [
      "The budget leaves three questions for parliament.",
      "To start with, bridge maintenance. A third of the country's bridges are past their design life.",
      "Then there is rail electrification. The plan is five years late.",
      "Finally, coastal defences. Storm surges topped the sea wall twice last winter.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Bridge maintenance", "Rail electrification", "Coastal defences"]);
  });

    it("reads a count delivered by first, then and finally", () => {
    const paragraphs = [
      "The port board meets on the 20th, and every shipping office is talking about it.",
      "The board's list for that meeting runs to three items, and none of them is small. First comes a tariff revision for the container terminal. Then there is the land acquisition for the rail corridor. Finally, berth allocation at the old docks, where two lines have complained.",
      "Our sources expect the tariff item to be deferred again. The land question may move.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Tariff revision for terminal", "Land acquisition for corridor", "Berth allocation"]);
  });

  it("reads a count delivered by the most contentious, close behind and last", () => {
    const paragraphs = [
      "The legislature opens its autumn session on Friday, and the chamber and the government are heading back into old disputes.",
      "Waiting for lawmakers are three bills the Cabinet considers urgent. The most contentious is the special defence budget, a multi-year package. Close behind is next year's central government budget, which the Cabinet says cannot absorb cuts. Last comes the Constitutional Court, left short of a quorum.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Special defence budget", "Central government budget", "Constitutional Court"]);
  });

  it("reads a run of verbless fragments after a first item", () => {
    const paragraphs = [
      "Ask voters here what the election is about and three answers come back, in roughly this order of importance to them.",
      "Rice prices come first. A bag doubled in a year.",
      "Then depopulation. The town loses a school a year.",
      "And the merged constituency itself. Many resent it.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Rice prices", "Depopulation", "Merged constituency"]);
  });

  it("reads an item called one in apposition, and one set after a position and an aside", () => {
    const paragraphs = [
      "Drainage, the second big-ticket item, has split the council since the floods. Members want audits.",
      "The harbour ferry subsidy is the third fault line. Operators say fares will rise.",
      "Less contentious, but still expected to draw debate, is the school meals fund. It grows by a tenth.",
      "Chief among the unions' demands is the pension formula itself. It was last changed in 2011.",
      "A fifth, smaller item is the dispatch schedule, since the two grids peak at different hours.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Drainage", "Harbour ferry subsidy", "School meals fund", "Pension formula", "Dispatch schedule"]);
  });

  it("explains a bold item from the paragraph where it is bold, not the first that holds its words", () => {
    const paragraphs = ["The city expects a fourth year of deficit as listings revive.", "At the top of the agenda is the deficit itself. Officials weigh cuts to headcount and subsidies.", "Land revenue is the other worry. Developers are cautious at auctions."];
    const html = "<p>The city expects a fourth year of deficit as listings revive.</p><p>At the top of the agenda is the <strong>deficit</strong> itself. Officials weigh cuts to headcount and subsidies.</p><p><strong>Land revenue</strong> is the other worry. Developers are cautious at auctions.</p>";
    const items = findAgenda({ paragraphs, html });
    expect(items.map((i) => i.label)).toEqual(["Deficit", "Land revenue"]);
    expect(items[0]?.summary).toMatch(/^Officials weigh cuts/);
  });

  it("stops at five items", () => {
    const topics = ["Tariffs", "Fisheries", "Energy", "Migration", "Tourism", "Visas"];
    const paragraphs = topics.map((t) => `${t} is also expected to feature prominently. Officials disagree on ${t.toLowerCase()} and the gap is wide.`);
    expect(findAgenda({ paragraphs })).toHaveLength(5);
  });
});

describe("findAgenda on what will get an airing, and a page's own parts", () => {
  it("reads a topic that will get an airing at a sitting, and no item in where a page keeps its links", () => {
    const labels = findAgenda({
      paragraphs: [
        "Energy ministers from five Mekong countries meet in Phnom Penh on Wednesday for their yearly talks, the first since two new dams opened upstream.",
        "Grid interconnection is where the talks begin. Cambodia wants a second line to Laos before the dry season, and Thailand wants firm prices.",
        "Sediment flows, which have fallen since the upstream dams filled, will also get an airing.",
        "Links mentioned in the programme are in the transcript. The show is funded by its listeners.",
      ],
    }).map((i) => i.label);
    expect(labels).toEqual(["Grid interconnection", "Sediment flows"]);
  });
});

describe("findAgenda on two frames in one paragraph", () => {
  it("reads a second frame in the same paragraph as a second item, each with its own sentence", () => {
    const items = findAgenda({
      paragraphs: [
        "Trade ministers from the bloc gather in Vientiane on Thursday for a day of talks on tariffs and transit, the secretariat said.",
        "Top of the list is the common external tariff. Another sore point is rail freight.",
      ],
    });
    expect(items).toEqual([
      { label: "Common external tariff", summary: "Top of the list is the common external tariff." },
      { label: "Rail freight", summary: "Another sore point is rail freight." },
    ]);
  });
});

describe("labelOf", () => {
  it.each([
    ["China’s economic slowdown and its growing assertiveness, weighing how to balance", "China’s economic slowdown"],
    ["likely to be security.", "Security"],
    ["the question of wartime labour", "Wartime labour"],
    ["the ban on copper concentrate exports", "Ban on concentrate exports"],
    ["the deficit itself", "Deficit"],
    // Session 4: a name joined by an en dash stays whole; an amount, a title's name, whose it is and a long action give way.
    ["The Vientiane–Ha Noi railway link", "Vientiane–Ha Noi railway link"],
    ["settling some $1.8 billion in payment arrears", "Settling payment arrears"],
    ["Re-election of directors Mr. Tan Wei Ming and Ms. Priya Raman", "Re-election of directors"],
    ["Xi Jinping's call for technological self-reliance", "Call for technological self-reliance"],
    ["reopening a theater-level crisis hotline between U.S. Indo-Pacific Command and China's theater commands", "Theater-level crisis hotline"],
    ["Money for the Aral Sea fund itself", "Aral Sea fund"],
    ["transferring water from the Caspian Sea or the Gulf", "Transferring water"],
    // Session 5: a head that only says what becomes of a thing gives way to the thing.
    ["a long-delayed update of the airport's noise abatement program", "Noise abatement program"],
    ["compliance with the European Union's deforestation regulation", "Compliance with deforestation regulation"],
    ["the prospect of dialogue with Washington", "Prospect of dialogue"],
    // Session 6: the paper a thing is written in gives way to the thing when both do not fit.
    ["amendments to the Law on Cooperatives", "Law on Cooperatives"],
    ["a draft resolution on the special economic zone planned for the coast", "Special economic zone"],
    ["a bill on rent control", "Bill on rent control"],
    // A head that only says someone tries gives way to the deed.
    ["a stalled push to simplify EU rules for business", "Simplifying EU rules"],
    ["plans to build a second runway at the airport", "Building second runway"],
    ["a new mechanism to assess capacity", "New mechanism"],
    // A pronoun after an action points back; a clause of purpose goes.
    ["splitting it into two sittings so students who fall ill can retake it", "Splitting into two sittings"],
    // An adjective before an activity stays; a participle before another head gives way.
    ["wholesale pricing for smaller providers that lease capacity", "Wholesale pricing for providers"],
    ["the long-planned expansion of Ocean Terminal at the port", "Expansion of Ocean Terminal"],
    ["a proposed ban on foreign-made drones in state agencies", "Ban on foreign-made drones"],
  ])("%s → %s", (topic, label) => {
    expect(labelOf(topic)).toBe(label);
  });

  it("refuses what a cut left behind: a lone adverb, a pronoun", () => {
    expect(labelOf("Partly")).toBeUndefined();
    expect(labelOf("elsewhere")).toBeUndefined();
    expect(labelOf("much of them")).toBeUndefined();
    expect(labelOf("revenue")).toBe("Revenue");
  });

  it("refuses pronouns and long clauses", () => {
    expect(labelOf("it")).toBeUndefined();
    expect(labelOf("whatever both governments eventually decide would be best for exporters")).toBeUndefined();
  });
});

describe("findAgenda on programmes, tips and union demands", () => {
  it("reads a conference programme's slots by their names, not their numbers or their format", () => {
    const rows = [
      ["08:30", "Welcome and registration"],
      ["09:00", "<strong>Opening keynote.</strong> The regulator's chief on next year's licences"],
      ["09:45", "<strong>Panel 1 — Cold-chain logistics.</strong> Who pays to keep vaccines cold on island routes?"],
      ["11:00", "<strong>Panel 2: Drone delivery.</strong> Airspace rules for medical drones over villages"],
      ["14:00", "<strong>Session III — Last-mile roads.</strong> Paving the final kilometre to rural clinics"],
      ["16:00", "Networking reception and close"],
    ];
    const html = `<table>${rows.map(([t, d]) => `<tr><td>${t}</td><td>${d}</td></tr>`).join("")}</table>`;
    const paragraphs = htmlToParagraphs(html);
    expect(findAgenda({ html, paragraphs }).map((i) => i.label)).toEqual(["Cold-chain logistics", "Drone delivery", "Last-mile roads"]);
  });

  it("does not take a lifestyle page's bold tips for items", () => {
    const html = "<p><strong>Warm the plates.</strong> Cold china cools food fast.</p><p><strong>Seat the talkers apart.</strong> It spreads the conversation.</p><p><strong>Keep it simple.</strong> Two courses are plenty.</p>";
    const paragraphs = ["**Warm the plates.** Cold china cools food fast.", "**Seat the talkers apart.** It spreads the conversation.", "**Keep it simple.** Two courses are plenty."];
    expect(findAgenda({ html, paragraphs })).toEqual([]);
  });

  it("reads what a union's list holds: a compound subject before its verb, and what is back in a package", () => {
    const paragraphs = [
      "Dockworkers and the port operator ended a ninth round of contract talks without a deal on Friday.",
      "Shift pay tops the union's list of demands. It wants night rates doubled.",
      "Automation, first raised by the operator in 2023, is also back in the union's package, though neither side expects a deal on it soon.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Shift pay", "Automation"]);
  });

  it("reads what negotiations over a text centre on, and the items before a board set apart by semicolons", () => {
    const council = ["Envoys are trying to agree on the future of the monitoring mission before its mandate lapses.", "Talks over the draft text centre on patrol zones, detention of fishermen and a hand-over date."];
    expect(findAgenda({ paragraphs: council }).map((i) => i.label)).toEqual(["Patrol zones", "Detention of fishermen", "Hand-over date"]);
    const board = [
      "The water utility's board will hear public comment next week.",
      "Items before the board include a 9% tariff rise for households, taking the average bill to $41; the first stage of the mains replacement plan, which would start in the old town; and a $12 million contract for smart meters.",
      "Consumer advocates have focused their criticism on the tariff rise.",
    ];
    const items = findAgenda({ paragraphs: board });
    expect(items.map((i) => i.label)).toEqual(["Tariff rise for households", "First stage of plan", "Contract for smart meters"]);
    expect(items[1]?.summary).toMatch(/mains replacement plan/);
  });

  it("reads an explainer's question by its gerund subject, and by the item its answer names", () => {
    const paragraphs = [
      "Donors meet in the capital next week to pledge money for the flood recovery. Here is what they will weigh.",
      "Why is bridge repair first in line?",
      "Forty bridges are down and villages are cut off from markets until they are rebuilt.",
      "What happens to families on the floodplain?",
      "Planners say 30 villages sit too low to rebuild. Resettlement is the most divisive issue: few want to leave.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Bridge repair", "Resettlement"]);
  });

  it("reads a committee notice's terms of reference, not its letterhead, its dates or its headings", () => {
    const paragraphs = [
      "**Joint Standing Committee on Rail Safety**",
      "**Chair:** Ms Ana Reyes **Deputy Chair:** Mr Lee Tan",
      "On 2 March 2026 the Assembly referred the following matters to the committee for inquiry and report by 30 June 2026, with particular reference to:",
      "1. signal maintenance and the backlog of defects recorded by the operator since 2022;",
      "2. driver fatigue, including rostering practices on regional lines;",
      "3. fines and sanctions available under the Rail Safety Act 2012 and the Operator Licence Conditions; and",
      "4. any related matters.",
      "Submissions",
      "The committee invites submissions from the public. Submissions close on **Friday 17 April 2026**.",
      "Public hearings",
      "The committee will hold public hearings in the capital in May, with dates to be published on this page.",
    ];
    const html = paragraphs.map((p) => `<p>${p.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`).join("");
    expect(findAgenda({ html, paragraphs }).map((i) => i.label)).toEqual(["Signal maintenance", "Driver fatigue", "Fines"]);
  });

  it("asks who needs a thing about the thing, and reads what a sitting covers, not what a definition covers", () => {
    const explainer = [
      "The new food safety law takes effect in March. Here is what restaurants need to know.",
      "Who needs a food safety supervisor?",
      "Every outlet serving more than 50 meals a day must name one, trained by an accredited body.",
      "How big are the penalties?",
      "Serious breaches can cost a licence and a fine of up to 2% of turnover.",
    ];
    expect(findAgenda({ paragraphs: explainer }).map((i) => i.label)).toEqual(["Food safety supervisor", "Penalties"]);
    const definition = ["The law sets two tiers of premises. A small kitchen covers stalls, carts and home caterers; larger ones are licensed.", "Inspections begin in May."];
    expect(findAgenda({ paragraphs: definition })).toEqual([]);
    const sitting = ["Health ministers meet in Hanoi on Friday.", "The agenda also covers vaccine stockpiles, cross-border outbreak alerts and nurse training."];
    expect(findAgenda({ paragraphs: sitting }).map((i) => i.label)).toEqual(["Vaccine stockpiles", "Cross-border outbreak alerts", "Nurse training"]);
  });

  it("leaves a newsletter's and an explainer's word to the reader, and a ship's place in its class, out of the items", () => {
    const html = "<p><strong>Rail strike.</strong> Drivers walk out on Monday over rosters, and the union says talks have stalled.</p><p><strong>Airport tax.</strong> The new departure levy starts in June and adds €12 to every ticket.</p><p><strong>Forwarded this email?</strong> Subscribe here. You are receiving this because you signed up.</p>";
    const paragraphs = ["**Rail strike.** Drivers walk out on Monday over rosters, and the union says talks have stalled.", "**Airport tax.** The new departure levy starts in June and adds €12 to every ticket.", "**Forwarded this email?** Subscribe here. You are receiving this because you signed up."];
    expect(findAgenda({ html, paragraphs }).map((i) => i.label)).toEqual(["Rail strike", "Airport tax"]);
    const explainer = [
      "Hundreds of you wrote in about the dam project. Here are the questions you asked most.",
      "How much will the dam cost?",
      "The latest estimate is $4 billion, double the figure given when the project was approved.",
      "Who will buy the power?",
      "The state utility has signed for half of the output; the rest is meant for export across the border.",
      "Got a question we didn't answer?",
      "Email the desk and we will try to cover it next week.",
    ];
    expect(findAgenda({ paragraphs: explainer }).map((i) => i.label)).not.toContain("Question");
    const commissioning = ["The navy commissioned its newest frigate on Friday.", "The ship is the fourth of six frigates in its class built at the yard, and carries anti-ship missiles."];
    expect(findAgenda({ paragraphs: commissioning })).toEqual([]);
  });

  it("reads the subjects of a piece whose headline announces its issues, however long the opening, but not the parties or the wrap-up", () => {
    const paragraphs = [
      "Voters in the province choose a new assembly on Sunday, the first election since the floods that displaced a million people last year.",
      "Flood reconstruction, a programme of dykes and resettlement funded largely by the central government and foreign lenders, will be the yardstick for the incumbents. Half the new dykes are unfinished.",
      "The fishing ban, introduced two years ago to let stocks recover, has cost coastal districts their main income and split the ruling party. Its renewal is due in March.",
      "The Farmers' Front and the Green List will also bring their own demands, from crop insurance to water rights. Neither expects to win a seat.",
      "Whoever wins will inherit an empty treasury.",
    ];
    expect(findAgenda({ paragraphs, title: "Provincial election: the issues that will decide the vote" }).map((i) => i.label)).toEqual(["Flood reconstruction", "Fishing ban"]);
    expect(findAgenda({ paragraphs, title: "Provincial assembly election on Sunday" })).toEqual([]);
  });

  it("reads a markets preview: what analysts will be watching, what a regulator's concerns centre on, what minutes showed was discussed", () => {
    const earnings = ["Sunmax Semiconductor reports third-quarter results on Thursday.", "Analysts will be watching gross margins, capital spending plans and demand for AI accelerators.", "The shares have doubled this year."];
    expect(findAgenda({ paragraphs: earnings }).map((i) => i.label)).toEqual(["Gross margins", "Capital spending plans", "Demand for AI accelerators"]);
    const merger = ["The competition regulator opened an in-depth review of the cement merger on Tuesday.", "Its concerns centre on prices in the eastern region, access to limestone quarries and rail terminals.", "The companies said they would cooperate."];
    expect(findAgenda({ paragraphs: merger }).map((i) => i.label)).toEqual(["Prices in eastern region", "Access to limestone quarries", "Rail terminals"]);
    const minutes = ["Minutes of the central bank's March meeting were released on Wednesday.", "Board members discussed the outlook for inflation, the weaker currency and the risks from US tariffs, the minutes showed.", "The bank held its policy rate at 3%."];
    expect(findAgenda({ paragraphs: minutes }).map((i) => i.label)).toEqual(["Outlook for inflation", "Weaker currency", "Risks from US tariffs"]);
    // One thing watched is news, and a review that "will turn on a short list of fights:" names none itself.
    expect(findAgenda({ paragraphs: ["Traders will be watching the yen after the ministry's warning.", "It fell to a new low on Friday."] })).toEqual([]);
    expect(findAgenda({ paragraphs: ["The trade pact's six-year review begins in July.", "Officials agree the review will turn on a short list of fights:"] })).toEqual([]);
  });

  it("reads what two sides will sign agreements on, two things with their articles, and a gerund after 'an end to'", () => {
    const lede = "Foreign ministers of the two countries meet in Jakarta on Tuesday for their first talks in three years.";
    expect(findAgenda({ paragraphs: [lede, "The two are set to sign agreements on fisheries enforcement, digital payments and student exchanges.", "Both sides hope to double trade."] }).map((i) => i.label)).toEqual(["Fisheries enforcement", "Digital payments", "Student exchanges"]);
    expect(findAgenda({ paragraphs: [lede, "Rice exports and a stalled nickel deal will likely dominate the meeting.", "Officials gave no details."] }).map((i) => i.label)).toEqual(["Rice exports", "Stalled nickel deal"]);
    expect(findAgenda({ paragraphs: [lede, "Jakarta's priorities are market access for palm oil and an end to anti-dumping duties on steel.", "Hanoi wants more investment."] }).map((i) => i.label)).toEqual(["Market access for oil", "End to anti-dumping duties"]);
  });

  it("reads what a council will weigh, what comes after the item topping an agenda, and the questions a court must decide", () => {
    const council = ["Hanoi's city council opens its mid-year session on Monday.", "Delegates will weigh a ban on motorbikes in the old quarter, a new metro fare scheme and compensation for households moved to make way for the ring road.", "The session lasts four days."];
    expect(findAgenda({ paragraphs: council }).map((i) => i.label)).toEqual(["Ban on motorbikes", "New metro fare scheme", "Compensation for households"]);
    const health = ["Health ministers from ASEAN meet in Manila this week.", "Topping their agenda is dengue, which has surged across the region, followed by the price of cancer drugs and a shortage of nurses.", "The meeting ends Friday."];
    expect(findAgenda({ paragraphs: health }).map((i) => i.label)).toEqual(["Dengue", "Price of cancer drugs", "Shortage of nurses"]);
    const court = ["The Supreme Court hears the challenge to the data law on Thursday.", "The justices must decide whether the law's consent rules apply to government agencies and whether fines can be based on global turnover.", "A ruling is expected by June."];
    expect(findAgenda({ paragraphs: court }).map((i) => i.label)).toEqual(["Law's consent rules", "Fines"]);
    // A later verb may list what the first one does not; a list of deeds is read as deeds.
    const port = ["The port commission meets on Wednesday for the first time since the new terminal opened.", "Commissioners will weigh a proposal to raise landing fees and terminal rents charged to carriers by 9% from July.", "Airlines have warned of higher fares."];
    expect(findAgenda({ paragraphs: port }).map((i) => i.label)).toEqual(["Landing fees", "Terminal rents"]);
    const plenum = ["The central committee will meet from Monday for a plenum that will weigh the draft budget, fill a string of vacancies left by the purge, and give its blessing to the new charter."];
    expect(findAgenda({ paragraphs: plenum }).map((i) => i.label)).toEqual(["Draft budget", "String of vacancies", "New charter"]);
  });

  it("leaves the rank out of a label ('Housing first:', 'Then childcare')", () => {
    const paragraphs = ["The budget the minister presents on Wednesday will be judged on three things.", "Housing first: rents in the capital have risen by a third in two years.", "Then childcare, where waiting lists have doubled.", "And the deficit, which the minister promised to halve."];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Housing", "Childcare", "Deficit"]);
  });

  it("reads a preview's other ways of listing: all eyes, the focus, what dominates, expected questions, what shareholders are asked to approve", () => {
    const T = "Leaders of the two countries meet in Seoul on Monday for their annual summit.";
    const L = "Shareholders of Pacific Steel meet in Osaka on June 20 for the annual general meeting.";
    const read = (paragraphs: string[]): string[] => findAgenda({ paragraphs }).map((i) => i.label);
    expect(read([T, "All eyes will be on semiconductor supply chains and a currency swap line.", "Both sides have prepared joint statements."])).toEqual(["Semiconductor supply chains", "Currency swap line"]);
    expect(read([T, "The focus will be on defence industry cooperation, critical minerals and visas for skilled workers.", "A joint press conference follows."])).toEqual(["Defence industry cooperation", "Critical minerals", "Visas for skilled workers"]);
    expect(read([T, "The talks will be dominated by the tariff dispute and the fate of the joint shipyard.", "Both leaders face elections."])).toEqual(["Tariff dispute", "Fate of joint shipyard"]);
    expect(read([L, "Expect questions on the Chinese joint venture, the pension deficit and succession at the top.", "The chairman is 78."])).toEqual(["Chinese joint venture", "Pension deficit", "Succession at the top"]);
    expect(read([L, "Shareholders are being asked to approve a record dividend, a share buyback of up to 5% and the appointment of two outside directors.", "Profit rose 12%."])).toEqual(["Record dividend", "Share buyback", "Appointment of outside directors"]);
    expect(read([T, "Key issues include export controls, the visa regime and coastguard cooperation.", "No deals are expected."])).toEqual(["Export controls", "Visa regime", "Coastguard cooperation"]);
    expect(read([T, "Also on the cards: a pact on nursing workers and a new direct flight route.", "The last summit was in 2024."])).toEqual(["Pact on nursing workers", "New direct flight route"]);
    expect(read([T, "Energy security and the reopening of the rail link are expected to be on the agenda.", "The summit ends Tuesday."])).toEqual(["Energy security", "Reopening of rail link"]);
    expect(read([T, "The two sides will also exchange views on the Korean peninsula and maritime security.", "A dinner follows."])).toEqual(["Korean peninsula", "Maritime security"]);
    expect(read([T, "At issue are fishing quotas and the status of the disputed reef.", "Neither side will comment."])).toEqual(["Fishing quotas", "Status of disputed reef"]);
    expect(read([T, "The budget package would include a fuel subsidy cut, a new digital tax and higher pensions.", "Parliament votes in May."])).toEqual(["Fuel subsidy cut", "New digital tax", "Higher pensions"]);
    expect(read([T, "What's on the table?", "Tariffs, chips and visas, according to officials briefed on the plans.", "Will there be a deal?", "Probably not this time."])).toEqual(["Tariffs", "Chips", "Visas"]);
    // Not news of what was approved, nor one thing delegates are asked to endorse.
    expect(read(["The defence council approved purchases worth $9 billion on Tuesday.", "The proposals include air-defence systems for the army, patrol vessels for the navy and radar aircraft.", "Contracts will be signed next year."])).toEqual([]);
    expect(read(["Delegates open the party congress on Monday.", "They will be asked to endorse the growth target in the resolution.", "The congress lasts a week."])).toEqual([]);
  });

  it("reads a second thing joined to a cued first, a sticking point that is how to do something, and ordinals with colons", () => {
    const M = "Finance ministers from the Group of 20 meet in Washington this week.";
    const read = (paragraphs: string[]): string[] => findAgenda({ paragraphs }).map((i) => i.label);
    expect(read([M, "Debt relief for poorer countries tops the agenda, along with a global minimum tax on billionaires.", "The treasury secretary will not attend."])).toEqual(["Debt relief for countries", "Global minimum tax"]);
    expect(read([M, "Climate finance is also likely to feature, as is the reform of the World Bank's lending rules.", "No communique is expected."])).toEqual(["Climate finance", "Reform of lending rules"]);
    expect(read([M, "The main sticking point is how to share the cost of the debt restructurings.", "China and private lenders disagree."])).toEqual(["Cost of debt restructurings"]);
    expect(read([M, "First on the list: a common framework for debt restructuring.", "Second: new money for the IMF's poverty fund.", "Third: a tax on aviation fuel."])).toEqual(["Framework for debt restructuring", "Money for poverty fund", "Tax on aviation fuel"]);
  });

  it("reads a ministers' readout, a broker's radar and a short acronym after 'Then there is'", () => {
    const read = (paragraphs: string[]): string[] => findAgenda({ paragraphs }).map((i) => i.label);
    expect(read(["The foreign minister met her Vietnamese counterpart in Canberra on Monday.", "The ministers discussed defence cooperation, critical minerals and education links, and agreed to upgrade the annual dialogue.", "They also exchanged views on the South China Sea."])).toEqual(["Defence cooperation", "Critical minerals", "Education links"]);
    // "to" opens an item only as a word: "Toyota's annual meeting" keeps its "To".
    expect(read(["Morning note, 9 June. Asian markets open higher.", "Three things on our radar today: the RBI's rate decision, China's May trade figures and Toyota's annual meeting.", "We stay overweight Japan."])).toEqual(["RBI's rate decision", "China's May trade figures", "Toyota's annual meeting"]);
    expect(read(["The software firm reports results on Thursday, and investors have three questions.", "Guidance is the first. The company cut its forecast in April.", "Margins come next, squeezed by wage rises.", "Then there is AI: clients are pausing projects to test generative tools."])).toEqual(["Guidance", "Margins", "AI"]);
  });

  it("reads two verbs with one thing each, a newsletter's 'In this issue:', and two long articled things sides are divided over", () => {
    const read = (paragraphs: string[]): string[] => findAgenda({ paragraphs }).map((i) => i.label);
    expect(read(["Officials from both countries met in Dhaka on Sunday.", "The two sides reviewed progress on the river-sharing treaty and discussed border killings.", "The next meeting will be held in Delhi."])).toEqual(["River-sharing treaty", "Border killings"]);
    expect(read(["Hello from Sydney! In this issue: new rules for student visas, Tihar events across the city, and a guide to renting your first flat.", "The Home Affairs department announced on Monday that…"])).toEqual(["Rules for student visas", "Tihar events", "Guide to first flat"]);
    expect(read(["The Senate begins plenary debate on the tax package on Monday.", "Senators are divided over a higher excise tax on sugary drinks and the removal of VAT exemptions for cooperatives.", "The House passed its version in May."])).toEqual(["Higher excise tax", "Removal of VAT exemptions"]);
  });

  it("reads what is chief among the risks just named", () => {
    const paragraphs = ["The prospectus lists the risks investors will weigh before the listing.", "Chief among them are currency swings in Vietnam, grid curtailment and the founder's control of voting shares.", "The IPO could raise $400 million."];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Currency swings in Vietnam", "Grid curtailment", "Control of voting shares"]);
  });

  it("does not read a sum's thousands separator as a list", () => {
    const paragraphs = [
      "A battery cell and module plant backed by Rs 2,400 crore of central and state subsidies will come up near the airport, the state cabinet said on Tuesday.",
      "The company expects to hire 1,500 people.",
    ];
    expect(findAgenda({ paragraphs })).toEqual([]);
  });
});

describe("findAgenda on prose that only looks like an agenda", () => {
  it("ignores 'there was' sentences, bare 'the questions were' and a live blog's bold names", () => {
    const paragraphs = [
      "There was little clarity about what would happen next.",
      "The questions were good.",
      "12 min: Kane traps a ball and sends it to Son.",
      "Frank Capra made It Happened One Night in 1934.",
    ];
    const html = "<p>12 min: Kane</p><p><strong>12 min</strong></p><p><strong>Frank Capra</strong> made It Happened One Night in 1934.</p>";
    expect(findAgenda({ paragraphs, html })).toEqual([]);
  });

  it("reads lists the way previews write them: a frame holding a list, 'On the table:', and what a sitting will do", () => {
    const lede = "Trade ministers from both countries will hold talks in the capital next week, the industry ministry said in a release on Wednesday.";
    const framed = [lede, "On the table when the two ministers sit down are civil nuclear cooperation, critical minerals and the quota for seasonal workers employed on farms and fishing boats, according to ministry officials."];
    expect(findAgenda({ paragraphs: framed }).map((i) => i.label)).toEqual(["Civil nuclear cooperation", "Critical minerals", "Quota for seasonal workers"]);
    const colon = ["Heads of state meet in the capital on Saturday for their annual summit. On the table: a push for reparations, the war in the north, and how to pay for peace operations now that donor money is drying up."];
    expect(findAgenda({ paragraphs: colon }).map((i) => i.label)).toEqual(["Push for reparations", "War in the north", "Peace operations"]);
    const plenum = ["Members of the central committee will meet from Monday for a four-day plenum that will weigh the draft five-year plan, fill a string of military vacancies left by the purge of generals, and endorse the call for technological self-reliance."];
    expect(findAgenda({ paragraphs: plenum }).map((i) => i.label)).toEqual(["Draft five-year plan", "String of military vacancies", "Call for technological self-reliance"]);
    const deeds = ["The four-day meeting, starting Wednesday in the port city, will set next year's fishing quotas for each side's boats, tighten rules against poaching and review the steel structures Beijing has installed in the zone, according to the ministry."];
    expect(findAgenda({ paragraphs: deeds }).map((i) => i.label)).toEqual(["Fishing quotas for boats", "Rules against poaching", "Steel structures"]);
    const before = ["The port commission will meet Wednesday. Also before the commission: whether to keep subsidizing container service at Terminal 6, the marine terminal that has lost money for a decade, and an update of the airport's noise abatement program, which neighbors in Vancouver, Wash., have sought for years."];
    expect(findAgenda({ paragraphs: before }).map((i) => i.label)).toEqual(["Container service", "Noise abatement program"]);
  });

  it("reads what a sitting turns to, update by update in a live blog", () => {
    const paragraphs = [
      "17:35 — That's a wrap for today. The statement goes to leaders at their summit.",
      "13:20 — After lunch the room takes up disaster risk financing. The host wants a regional insurance pool.",
      "11:05 — Discussion has moved on to the Chiang Mai Initiative, the network of currency swap lines with China, Japan and South Korea. Two members want it easier to draw on.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => [i.label, i.summary.slice(0, 20)])).toEqual([
      ["Disaster risk financing", "The host wants a reg"],
      ["Chiang Mai Initiative", "Discussion has moved"],
    ]);
  });

  it("reads what a sitting will look into, and what its watchers will look for in what it says", () => {
    const probe = ["The watchdog opens a hearing into port charges on Monday, its widest review in years.", "Berth fees sit at the centre of the case, with shippers saying they doubled in a year.", "Towage contracts will also be examined, a late addition that surprised the operators."];
    expect(findAgenda({ paragraphs: probe }).map((i) => i.label)).toEqual(["Berth fees", "Towage contracts"]);
    const bank = ["The central bank's policy committee ends its two-day meeting on Thursday and is expected to hold its key rate.", "Beyond the key rate itself, traders will scrutinise what the committee says about the peso, which has fallen 6 percent this year.", "Diplomats will also watch for changes in the governor's team."];
    expect(findAgenda({ paragraphs: bank }).map((i) => i.label)).toEqual(["Key rate", "Peso"]);
  });

  it("reads what a sitting will argue over, a participle's phrase and a waiver being things", () => {
    const debate = ["The assembly sent the housing bill to the floor on Thursday.", "Deputies are set to argue over rent waivers for young families, a national registry meant to replace the city lists, and a new levy on empty flats that would fund repairs."];
    expect(findAgenda({ paragraphs: debate }).map((i) => i.label)).toEqual(["Rent waivers for families", "National registry", "Levy on empty flats"]);
  });

  it("reads what is up for review, and what a sitting will settle when the list holds questions", () => {
    const review = ["The provincial assembly opened its spring session on Monday.", "Up for review by some 120 members over the coming week are the outline of the transport plan, which runs to 2030, the provincial budget, and a draft water code that would merge nine laws."];
    expect(findAgenda({ paragraphs: review }).map((i) => i.label)).toEqual(["Outline of transport plan", "Provincial budget", "Draft water code"]);
    const settle = ["The league's clubs voted to leave the joint draft.", "The club chairmen will meet on Friday to settle the new fixture list, who will handle referee pay for each round, and how broadcast fees are to be split between clubs."];
    expect(findAgenda({ paragraphs: settle }).map((i) => i.label)).toEqual(["New fixture list", "Referee pay for round", "Broadcast fees"]);
  });

  it("reads an item to be argued over and an indefinite ordinal, and no list of what has been discussed", () => {
    const talks = [
      "The teachers' union sat down with the school boards on Tuesday for the first national pay round in years, with both sides far apart.",
      "The first question is class sizes. The union wants a cap of 25 pupils.",
      "The second is overtime pay, frozen since 2019.",
      "A third concerns the pension age, which the boards want raised to 67.",
      "Marking allowances will also be argued over, though neither side has a figure.",
    ];
    expect(findAgenda({ paragraphs: talks }).map((i) => i.label)).toEqual(["Class sizes", "Overtime pay", "Pension age", "Marking allowances"]);
    const history = ["Clinics in the north are closing as doctors leave for the cities, a regional health board said on Monday.", "Successive governments have discussed rural bonuses, training quotas and housing for doctors, but little has changed."];
    expect(findAgenda({ paragraphs: history })).toEqual([]);
  });

  it("says each item of a long listing sentence in its own words, unless they point back", () => {
    const paragraphs = [
      "A government advisory panel began reviewing the national driving test on Friday.",
      "The panel's deliberations will centre on three proposals from the transport ministry: moving the written part of the test to tablets at every licensing centre by 2028, splitting the road test into two shorter sessions so that nervous learners can retake half of it, and reviving plans for a night-driving module that were shelved in 2019 over cost.",
    ];
    const summaries = findAgenda({ paragraphs }).map((i) => i.summary);
    expect(summaries).toContain("Splitting the road test into two shorter sessions.");
    expect(summaries).toContain("Reviving plans for a night-driving module.");
  });

  it("takes no names that lie ahead as items, unless the predicate puts them on the table", () => {
    const merger = ["The regulator will convene on Wednesday to decide whether to approve the merger.", "Sky Rail, Metro Link and City Bus are set to be folded into one operator after the takeover closed in March."];
    expect(findAgenda({ paragraphs: merger })).toEqual([]);
  });

  it("ends a list at a trailing time or place, not at a capitalised name inside an item", () => {
    const session = ["The provincial council opens its autumn sitting on Monday.", "Councillors will take up the Water Resources Bill, amendments to the Code on Land Use and a motion on bus fares, according to the clerk."];
    expect(findAgenda({ paragraphs: session }).map((i) => i.label)).toEqual(["Water Resources Bill", "Code on Land Use", "Motion on bus fares"]);
    const trip = ["The ministers meet this week.", "They will discuss ferry routes, port fees and fishing quotas in Colombo on Tuesday."];
    expect(findAgenda({ paragraphs: trip }).map((i) => i.label)).toEqual(["Ferry routes", "Port fees", "Fishing quotas"]);
  });

  it("reads what a side will raise, and no ordinal that only says when", () => {
    const paragraphs = [
      "At an all-party meeting on Tuesday, opposition leaders made clear they will raise the revision of electoral rolls in several states, the impact of American tariffs on exporters, and the replacement of the rural jobs guarantee with a new law passed in the winter session.",
      "The first part of the session is expected to run for two weeks. The second part is expected to begin in March.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Revision of electoral rolls", "Impact of American tariffs", "Replacement of jobs guarantee"]);
  });

  it("reads no topic in a subject that is a clause (\"Nobody disputes that stunting is…\")", () => {
    const paragraphs = ["The draft budget nearly doubles the allocation for free meals, to more than Rp330 trillion, and revenue has missed its targets.", "Nobody disputes that stunting is a national shame. But the programme has become the centrepiece.", "Tax revenue is the other worry. It fell again in August."];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).not.toContain("Nobody disputes");
  });

  it("reads no agenda in work described as focused on things", () => {
    const paragraphs = ["The rail link has completed track-laying on its final stretch, the operator said.", "The chief executive said progress stood at 96 per cent, with the remaining work focused on stations, signalling and the electrification of the northern section."];
    expect(findAgenda({ paragraphs })).toEqual([]);
  });

  it("keeps a list of bare nouns after a preposition as one item", () => {
    const paragraphs = ["The leaders met in the capital on Monday and signed a rail agreement.", "They also discussed cooperation on energy and investment, officials said."];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual([]);
  });

  it("reads three things as the subject of what lies ahead, in a piece about a sitting, but not a list of parties", () => {
    const lede = "Lawmakers return to the state Capitol on Monday for a 40-day session shaped by the campaign calendar.";
    const listed = [lede, "Another cut to the income tax, a fresh fight over school vouchers and new limits on lawsuits are likely to soak up most of the oxygen."];
    expect(findAgenda({ paragraphs: listed }).map((i) => i.label)).toEqual(["Cut to income tax", "Fight over school vouchers", "New limits on lawsuits"]);
    const parties = [lede, "The presidents of Kazakhstan, Uzbekistan, Kyrgyzstan and Tajikistan will gather in Astana on Thursday for their summit."];
    expect(findAgenda({ paragraphs: parties })).toEqual([]);
    const weather = ["Rain, wind and snow are expected to hit the coast on Friday, forecasters said, closing schools and roads."];
    expect(findAgenda({ paragraphs: weather })).toEqual([]);
  });

  it("tells people from things that end like them", async () => {
    const { isAgentLike } = await import("../../src/analysis/phrases.ts");
    expect(["exporters", "farmers", "economists", "the presidents of both countries"].map(isAgentLike)).toEqual([true, true, true, true]);
    expect(["existing smelters", "school vouchers", "export orders", "the borders"].map(isAgentLike)).toEqual([false, false, false, false]);
  });
});

describe("findAgenda on company and market previews", () => {
  const labels = (paragraphs: string[], title = ""): string[] => findAgenda({ paragraphs, title }).map((i) => i.label);

  it("reads what a company will ask its shareholders to approve, and a counted proposal per bullet", () => {
    expect(labels(["BUSAN, March 2 (Yonhap) -- Koryo Foods Co. said Monday it will ask shareholders to approve a 300 billion won share buyback, the appointment of a new external auditor and an increase in the directors' pay cap at its annual meeting on March 24."])).toEqual(["Share buyback", "Appointment of external auditor", "Increase in pay cap"]);
    const bullets = [
      "Lanna Cement Pcl will ask shareholders at its annual meeting on 28 April to approve three resolutions that would reshape the company's balance sheet, a filing showed on Friday.",
      "• A rights issue of up to 2 billion baht, priced at a discount of about 15% to the market.",
      "• A new clinker line in Saraburi province, with capacity of 1.8 million tonnes a year.",
      "• The election of two independent directors to replace members who have reached the end of their terms.",
    ];
    expect(labels(bullets).slice(0, 2)).toEqual(["Rights issue", "New clinker line"]);
    expect(labels(bullets)).toHaveLength(3);
  });

  it("reads what a board will weigh and sign off on, paragraph by paragraph, but not what it approved", () => {
    const ahead = ["Bank of Siam's board will meet on Thursday in what analysts see as a test of its new chief executive.", "Directors are expected to approve an interim dividend of 1.20 baht a share, up from 0.90 baht a year earlier.", "The board is also due to sign off on a three-year capital plan that would lift the bank's core capital target to 13%."];
    expect(labels(ahead)).toEqual(["Interim dividend", "Three-year capital plan"]);
    const done = ["Bank of Siam's board met on Thursday and approved an interim dividend of 1.20 baht a share.", "Directors also signed off on a three-year capital plan, the bank said."];
    expect(labels(done)).toEqual([]);
  });

  it("reads each side's want in one paragraph, but not one side saying more of its own", () => {
    const sides = ["Dock workers' unions and the port's main terminal operator opened talks on a new collective agreement on Tuesday.", "The FNV union is demanding a 9% pay rise over two years. The CNV union wants early retirement for crane drivers after 40 years of shift work. The operator is seeking a four-year deal to give it certainty while it automates two terminals."];
    expect(labels(sides)).toEqual(["Pay rise", "Early retirement for drivers", "Four-year deal"]);
    const oneSide = ["Energy ministers will hold two days of talks from Wednesday.", "Hanoi will press for a longer supply contract. Vietnam wants the volume raised to 3 million tonnes a year."];
    expect(labels(oneSide)).toEqual([]);
    const wage = ["The platinum miner and its unions began wage talks on Wednesday.", "AMCU is demanding an entry-level basic wage of 17,500 rand a month. The company is seeking a five-year agreement."];
    expect(labels(wage)).toEqual(["Entry-level basic wage", "Five-year agreement"]);
  });

  it("reads a sitting's list after 'with … set to dominate', after 'Up for a vote when …:', and before 'are all up for debate'", () => {
    expect(labels(["Trade officials from South Korea and the United States will meet in Washington next week, with semiconductor tariffs, investment pledges and a currency clause set to dominate, officials said."])).toEqual(["Semiconductor tariffs", "Investment pledges", "Currency clause"]);
    expect(labels(["The council returns from recess on Monday. Up for a vote when members reconvene: the transit levy the mayor has championed, a freeze on parking fees, and the sale of the old market hall."])).toEqual(["Transit levy", "Freeze on parking fees", "Sale of market hall"]);
    expect(labels(["Shipping lines will meet the port authority on Friday.", "Berth fees for 2027, the queueing system for tankers, introduced last year, and a proposed cap on demurrage are all up for debate, the authority said."])).toEqual(["Berth fees for 2027", "Queueing system for tankers", "Proposed cap on demurrage"]);
  });

  it("reads a list of questions a panel will thrash out by what each is about", () => {
    const panel = ["The special committee on tax reform will reconvene on Tuesday after a month's break.", "Members are expected to thrash out whether to scrap the inheritance tax, how to tax digital services and what to do about the separate, heavily subsidised exemptions for farmers, committee staff said."];
    expect(labels(panel)).toEqual(["Inheritance tax", "Digital services", "Heavily subsidised exemptions"]);
  });

  it("reads a spoken count hedged after its comma, a want of the other side's managers, and 'round out the list'", () => {
    const radio = ["The regulator will open hearings on Monday into the utility's request for higher tariffs.", "Three things, mainly. Grid upgrades that mostly serve data centres. Then the cancelled coal plant, and who pays for it. And the third one is the wildfire insurance fund."];
    expect(labels(radio)).toHaveLength(3);
    const steel = ["Negotiators for the steelworks and its union will sit down again on Friday.", "The union wants the plant's management to restore the night-shift premium cut last year. Management, for its part, is pressing for a longer working week at the rolling mill."];
    expect(labels(steel)).toEqual(["Night-shift premium cut", "Longer working week"]);
    const cane = ["Cane growers will meet the mills' association on Thursday.", "Cane prices are where the argument will be fiercest. The growers want a minimum price.", "Payment delays are the second front. Some mills still owe growers for last year's crop.", "Haulage charges round out the list. Growers want the mills to pay for trucks."];
    expect(labels(cane)).toEqual(["Cane prices", "Payment delays", "Haulage charges"]);
  });

  it("leaves a calendar's dates, a press release's and an earnings call's furniture, a share of an offering and speakers out", () => {
    expect(labels(["Profits at the lender rose 12% in the third quarter.", "• Thu Nov 13: results from the bank's insurance arm", "• Fri Nov 14: retail sales data"])).toEqual([]);
    expect(labels(["Sakura Ceramics reported record sales for the quarter, up 14%.", "About Sakura Ceramics", "Sakura Ceramics makes tableware in Gifu and sells it in 30 countries.", "Forward-looking statements", "This release contains forward-looking statements that involve risks and uncertainties."])).toEqual([]);
    expect(labels(["Electric bus maker Volt began a roadshow for its listing on Monday.", "About half of the offering is new shares; the rest is sold by early backers.", "The company will set the price on Thursday."])).toEqual([]);
    const call = ["Edited excerpts from the call, held on October 16, 2025, after the chipmaker reported a 39% rise in revenue.", "Prepared remarks", "Chief Financial Officer Mei Tanaka: Our business in the quarter was supported by strong demand for advanced nodes and higher utilisation.", "Q&A", "Operator: The next question comes from Jordan Lee of Pacific Crest Securities.", "Jordan Lee: Thank you. Is a price increase on the table for next year?"];
    expect(labels(call)).toEqual([]);
  });

  it("reads what is still to be settled, three things each opening its paragraph after a count, and no money raised as a list", () => {
    expect(labels(["Lenders and the ministry are still at odds over the restructuring.", "Still to be settled, according to two negotiators, are a haircut on the bonds, the timetable for repayment and the treatment of local banks."])).toEqual(["Haircut on the bonds", "Timetable for repayment", "Treatment of local banks"]);
    const count = ["Transport ministers meet in Lyon on Monday.", "They will argue over three things. The costliest is a tunnel under the Alps: its budget has doubled since 2019.", "Night trains come next. Only a handful of routes survive, and operators want subsidies to add more.", "The third is rail freight. Lorries still carry nine tenths of goods across the border."];
    expect(labels(count)).toEqual(["Tunnel under the Alps", "Night trains", "Rail freight"]);
    expect(labels(["The city launched a green bond programme on Friday as mayors gathered for the summit.", "The programme aims to raise $2 billion, mostly from pension funds, and pay for flood walls along the river."])).toEqual([]);
  });

  it("reads a gerund in an explainer's question as part of its subject, and a party as no topic", () => {
    expect(labels(["Here is what the council will argue about this week.", "Will road pricing work?", "Officials say a charge would cut traffic by a fifth, but shopkeepers fear it.", "Will tree planting help?", "The city planted 20,000 trees last year and wants twice as many."])).toEqual(["Road pricing", "Tree planting"]);
  });

  it("keeps a field's word as an item when it is not a field ('Chair election')", () => {
    const agm = ["Investors will gather in Lausanne on April 16 for an annual general meeting that could be the most contested in the company's history.", "Chair election", "The board has nominated a former banker to replace the outgoing chair, who is stepping down after a profit warning.", "Pay vote", "Shareholders will also cast a binding vote on executive compensation, including a sign-on award for the new chief executive."];
    expect(labels(agm)).toEqual(["Chair election", "Pay vote"]);
  });
});

describe("findAgenda on institutions' own papers and previews", () => {
  const labels = (paragraphs: string[], title = ""): string[] => findAgenda({ paragraphs, title }).map((i) => i.label);

  it("reads an order paper, a minute's numbered items and what is on a board's table", () => {
    expect(labels(["ORDERS OF THE DAY", "1. Second reading of the Seeds (Amendment) Bill.", "2. Committee stage of the Fisheries Bill.", "3. Motion on the report of the Estimates Committee."])).toHaveLength(3);
    expect(labels(["The committee considered the following items.", "Item 1: Budget monitoring. The treasurer reported an overspend on roof repairs.", "Item 2: Street lighting. Members agreed to ask for quotes.", "Item 3: Any other business. None was raised."])).toEqual(["Budget monitoring", "Street lighting"]);
    expect(labels(["On the board's table next week: a $300 million loan for a port in Chittagong, a revised gender strategy and the bank's new water policy."])).toEqual(["Loan for port", "Revised gender strategy", "Bank's new water policy"]);
  });

  it("reads two deeds to come with one thing each, the proposals a committee will vote on, and deeds a council will decide whether to do", () => {
    expect(labels(["Water ministers of the four member states meet in Vientiane on Friday.", "They are expected to sign off on a new data-sharing protocol and agree on a timetable for joint drought forecasting, a spokesman said."])).toEqual(["New data-sharing protocol", "Timetable for drought forecasting"]);
    expect(labels(["The technical committee meets in Geneva from Monday.", "Among the proposals the committee will vote on are a new socket standard for e-bikes and revised rules for labelling solar panels."])).toEqual(["New socket standard", "Rules for solar panels"]);
    expect(labels(["Councillors meet on Tuesday evening.", "They will decide whether to raise bin charges, approve a new tree strategy and sell the old fire station on Bridge Street."])).toEqual(["Bin charges", "New tree strategy", "Old fire station"]);
  });

  it("reads a week-ahead roundup under its heading, and a deed weighed as its gerund", () => {
    expect(labels(["What to watch this week", "The central bank's rate decision on Tuesday. Most economists expect a cut.", "Thursday brings the final vote on the mining code, where the government has a thin majority."])).toEqual(["Central bank's rate decision", "Vote on mining code"]);
    const board = ["When the trust's board meets on Thursday it will have three decisions in front of it.", "Whether to shut the birth unit at night is the most painful. Births there have fallen by a third.", "Then there is the catering contract, which managers want to hand to a private firm.", "Finally, there is the car park, where charges have not risen since 2015."];
    expect(labels(board)).toEqual(["Shutting birth unit", "Catering contract", "Car park"]);
  });

  it("reads no agenda in what a board or a conference has already done, or in a profile's 'agenda'", () => {
    expect(labels(["The board met on Monday and approved the budget, a new logo and three appointments.", "The chairman said the meeting went smoothly."])).toEqual([]);
    expect(labels(["The union's conference last week voted for motions on pay and pensions.", "Delegates also elected a new president."])).toEqual([]);
    expect(labels(["Her agenda is simple: get more girls into science.", "She grew up in a village without a secondary school."])).toEqual([]);
  });
});

describe("findAgenda on a regional desk's weekday", () => {
  const labels = (paragraphs: string[], title = ""): string[] => findAgenda({ paragraphs, title }).map((i) => i.label);

  it("reads what a meeting will work through, and a listed subject that tops the list", () => {
    expect(labels(["Port officials from five countries opened talks in Busan on Tuesday.", "Officials said the meeting would work through berth sharing, a common customs form and the fees that transit ports charge."])).toEqual(["Berth sharing", "Common customs form", "Fees"]);
    expect(labels(["The health ministry will ask its advisory board on Friday to back longer opening hours for clinics.", "Shorter waiting lists, night pay for nurses and the switch to electronic records top the list for the board, whose advice shapes the budget."])).toEqual(["Shorter waiting lists", "Night pay for nurses", "Switch to electronic records"]);
  });

  it("reads two articled things a side wants, what it is determined to end, and what sides will revisit", () => {
    const talks = ["Thailand and Cambodia will hold the next meeting of their border committee in Bangkok on November 4.", "Bangkok wants the early release of detained farmers and the return of more than 40 seized tractors.", "Phnom Penh, for its part, is determined to end night patrols near the temple.", "Officials from both sides are also expected to revisit a stalled plan for joint demining."];
    expect(labels(talks)).toEqual(["Release of detained farmers", "Return of seized tractors", "Night patrols", "Plan for joint demining"]);
  });

  it("reads a count delivered by its marks across a radio exchange, and no heading that names the sitting itself", () => {
    const radio = ["The talks resume next week. What is on the table?", "Three things, really. Rice prices first. Growers say they cannot cover costs.", "And the millers?", "Milling fees are the second thing. Small mills want a fixed rate.", "And the third?", "Export permits. Traders want them issued in days, not weeks."];
    expect(labels(radio)).toEqual(["Rice prices", "Milling fees", "Export permits"]);
    const letter = ["Good morning from a wet city centre. This week's letter is mostly about the council, because the council is about to be very busy.", "The autumn sitting", "The council opens its autumn sitting on Monday and will sit for three weeks, the clerk's office says.", "Bus fares", "Councillors will take another look at bus fares, which rose twice last year and are now the highest in the region.", "Street trading", "A new licence for street traders will be put to a vote, after complaints from shopkeepers on the high street."];
    expect(labels(letter)).toEqual(["Bus fares", "Street trading"]);
  });

  it("reads a count of projects each delivered by a paragraph that opens on it, but no count of projects blocked", () => {
    const talks = ["Transport ministers from four Mekong states meet in Vientiane on Thursday.", "The ministers, who last met in 2024, are set to haggle over three projects that have dragged for years. The Kunming-Bangkok rail link, whose Lao section opened in 2021, is short of money for its Thai leg.", "The Mekong bridge at Pakse, which would carry trucks into Cambodia, has been stalled over toll revenue.", "Dredging is likely to be the most awkward conversation. Fishermen say it ruins spawning grounds."];
    expect(labels(talks)).toEqual(["Kunming-Bangkok rail link", "Mekong bridge at Pakse", "Dredging"]);
    expect(labels(["Villagers say the dam would flood their fields. Residents have already blocked two projects.", "The water deal with the province remains unsigned.", "Laos learned this the hard way during its drought."])).toEqual([]);
  });

  it("reads a run of things up for adoption or getting their reading", () => {
    const plenary = ["The standards body's plenary in Seoul next week has a packed programme, its secretariat says.", "A common charging plug for e-scooters is up for adoption. Makers have fought over it for three years.", "A draft on battery labelling will get its second reading. Recyclers want the chemistry printed on every cell."];
    expect(labels(plenary)).toEqual(["Common charging plug", "Draft on battery labelling"]);
  });

  it("reads nothing in what barely came up", () => {
    expect(labels(["The two candidates met for their first debate on Monday.", "Housing dominated the opening exchanges. Rents have doubled since 2020.", "Transport was the sharpest flashpoint. The metro is years late.", "Crime, which usually features in city campaigns, barely came up."])).not.toContain("Crime barely");
  });

  it("reads what sides will clash over beside what each pushes for, but not a contest over money", () => {
    const wages = ["The wage council meets on Tuesday for its final round of deliberations before the legal deadline.", "Unions want the daily minimum raised to 700 pesos, a jump of a fifth.", "Employers will push once more for regional rates, which every council since 1990 has rejected.", "Both camps are also set to clash over gig workers, whom the unions want covered."];
    expect(labels(wages)).toEqual(["Daily minimum", "Regional rates", "Gig workers"]);
    const river = ["Negotiators from the two provinces meet again on Monday.", "The two sides are far apart on money. The upstream province wants payment for the water it holds back in dry months.", "The downstream province will press for a larger share of the summer flow."];
    expect(labels(river)).not.toContain("Money");
  });

  it("reads what a panel is tasked with examining, past the ministry that said so in a statement", () => {
    const panel = ["The cabinet on Wednesday named a nine-member commission to draw up a plan for the state pension.", "The commission has been tasked with examining the pension age, the contribution ceiling and how far the country should rely on company schemes to top up pensions, the ministry said in a statement."];
    expect(labels(panel)).toEqual(["Pension age", "Contribution ceiling", "Company schemes"]);
  });

  it("reads a list that opens on a percentage and keeps a time inside an item", () => {
    expect(labels(["The university's council will take up a 3.5% rise in rents for students, a new five-year cleaning contract and a plan to merge two colleges when it meets next week."])).toEqual(["Rise in rents", "New five-year cleaning contract", "Merging two colleges"]);
    expect(labels(["Officials from both countries meet in Brussels on Tuesday.", "The talks would cover duties on steel imported from India, visa rules that Delhi tightened earlier this year, and access for EU auditors to Indian mills, two officials said."])).toEqual(["Duties on steel", "Visa rules", "Access for EU auditors"]);
  });

  it("names an item without whose it is or the agency's full name when the label runs long", () => {
    expect(labelOf("U.S. tariffs on drug ingredients imported from China")).toBe("Tariffs on drug ingredients");
    expect(labelOf("access for U.S. Food and Drug Administration inspectors to Chinese factories")).toBe("Access for inspectors");
    expect(labelOf("a new 10-year dining services contract")).toBe("New dining services contract");
    expect(labelOf("the hourly minimum lifted to 11,800 won")).toBe("Hourly minimum");
  });

  it("reads a third strand an indefinite ordinal presumes, and no question for a topic", () => {
    const bill = ["Lawmakers will debate the housing bill next month, the speaker's office said on Monday.", "Rent caps are likely to prove the most contentious part. Landlords say they will stop letting.", "Social housing will also come under scrutiny. The bill would double the building target.", "A third strand concerns tenant deposits. The bill would cap them at one month's rent.", "Whether the bill survives intact is unclear. A similar one failed in 2022."];
    expect(labels(bill)).toEqual(["Rent caps", "Social housing", "Tenant deposits"]);
  });

  it("reads nothing in what measures do little to address", () => {
    expect(labels(["The birth rate fell again last year, figures showed on Friday.", "Successive governments have raised child benefits, but economists say the measures do little to address long working hours, insecure jobs and the cost of housing."])).toEqual([]);
  });

  it("reads an opening noun compound before its verb, and the votes a draft schedules", () => {
    const talks = ["The ministry will open a new round of price talks with drugmakers on March 16.", "Reference pricing tops the list. The ministry wants each drug benchmarked against its neighbours' prices.", "Local production is the second sticking point. Officials want higher content rules for vaccines."];
    expect(labels(talks)).toEqual(["Reference pricing", "Local production"]);
    const panel = ["The vaccine advisory panel will meet on Thursday and Friday.", "According to the draft agenda, votes are scheduled on the rotavirus vaccine, on whether flu shots should stay on the schedule for toddlers, and on the timing of the second measles dose, which doctors say works best early."];
    expect(labels(panel)).toEqual(["Rotavirus vaccine", "Flu shots", "Timing of measles dose"]);
  });

  it("reads what a side presses others to bear, and two things it wants around an aside", () => {
    const pact = ["Bangladesh and Qatar have agreed to reopen talks on their 2019 labour pact.", "Dhaka will press for employers to bear visa fees in full, as the pact already requires.", "Bangladeshi officials also want a firm commitment on wage protection, which exists only on paper, and a fund for workers injured on building sites.", "Qatar, for its part, wants to restore the flow of domestic workers."];
    expect(labels(pact)).toEqual(["Visa fees", "Wage protection", "Fund for workers", "Flow of domestic workers"]);
    expect(labels(["Growers meet the supermarkets' buyers on Monday.", "Farmers are urging shoppers to order early and to buy local."])).toEqual([]);
  });

  it("reads an explainer's question past an adverb, and no topic in a sentence that only says when", () => {
    expect(labels(["Explainer: the new school rules, and what they change for parents and their children this year", "Do school uniforms still matter?", "Yes, but less. Schools may set only one item.", "What about homework?", "Homework will be capped at an hour a night."])).toEqual(["School uniforms", "Homework"]);
    const conference = ["Delegates gather in Leeds on Saturday for the union's annual conference, with three themes dominating the motions.", "Pay", "Pay has fallen a fifth behind inflation since 2010.", "Workload", "Motions demand a limit on working hours.", "The president's speech is on Monday morning. Conference closes on Wednesday."];
    expect(labels(conference)).toEqual(["Pay", "Workload"]);
  });

  it("reads what a confederation presses lawmakers to do and what delegates demand be restored", () => {
    const congress = ["Delegates from across the country gathered in Manila on Monday for the labour federation's congress.", "Unions want the daily minimum raised by a tenth before the wage boards meet.", "The confederation will also press lawmakers to pass a security-of-tenure bill, and to write tighter limits on contracting into it.", "Delegates are further demanding that night pay be restored to its level before 2018."];
    expect(labels(congress)).toEqual(["Daily minimum", "Security-of-tenure bill", "Tighter limits on contracting", "Night pay"]);
  });

  it("reads what a sitting's members are asked to back and pressed on, and a frame's passive", () => {
    const meetings = ["Finance ministers from the bank's 48 members gather in Manila from May 3 for its annual meetings.", "Governors are being asked to back a general capital increase, the bank's first since 2010.", "Shareholders will also be pressed on the Asian Development Fund, the bank's window for the poorest countries.", "The third matter on which the meetings will be judged is climate finance. Ministers want more of it."];
    expect(labels(meetings)).toEqual(["General capital increase", "Asian Development Fund", "Climate finance"]);
  });

  it("reads a week-ahead's items under their days, a minute's items without its furniture, and one item after a colon frame", () => {
    const week = ["Three institutions will make calls this week that matter beyond their borders. Here is our guide.", "Tuesday: Malaysia's budget debate", "Parliament opens its first reading of the budget on Tuesday.", "Thursday: Bank of Thailand rate decision", "The central bank's policy committee meets on Thursday, and most economists expect a cut.", "Friday: Indonesian palm oil levy", "The trade ministry holds a hearing on the levy on Friday."];
    expect(labels(week)).toEqual(["Malaysia's budget debate", "Rate decision", "Indonesian palm oil levy"]);
    const minutes = ["Summary of the meeting of the board of the growers' cooperative, held in Kericho on 2 June.", "Present: the Chair and nine directors.", "Matters considered", "1. Milk prices. The board reviewed the rates paid to members.", "2. Feed subsidy. Management reported deliveries had reached half of members.", "Other business", "Next meeting: 4 August."];
    expect(labels(minutes)).toEqual(["Milk prices", "Feed subsidy"]);
    expect(labels(["The hospital board meets Thursday with three decisions in front of it.", "Topping the docket is the merger. Trustees must approve its final terms.", "Also before trustees: job cuts. Executives want 300 posts gone."])).toEqual(["Merger", "Job cuts"]);
  });

  it("reads capitalised heads under 'what to watch', which are items and not speakers, but not a newsletter's own slots", () => {
    const preview = ["The central bank is expected to hold rates when its meeting ends on Thursday.", "WHAT TO WATCH", "GROWTH FORECASTS: The board will publish its quarterly outlook, with growth likely revised down.", "THE YEN: A weaker currency has pushed import prices up again.", "BOND BUYING: The board may slow its purchases further."];
    expect(findAgenda({ paragraphs: withoutSpeakers(preview) }).map((i) => i.label)).toEqual(["Growth forecasts", "Yen", "Bond buying"]);
    const note = ["Good morning. Futures point to a flat open.", "Our read: a cut is possible if inflation cools.", "Trading idea: buy the bank's futures, stop-loss 1,600."];
    expect(labels(note)).toEqual([]);
  });

  it("reads a cabinet that meets on a weekday as a sitting, and a count whose paragraphs each open on their mark", () => {
    const cabinet = ["The cabinet meets on Tuesday with a crowded in-tray, officials say.", "Ministers are expected to approve a flood relief package for three northern provinces.", "The Energy Ministry will seek an extension of the diesel price cap, which expires this month."];
    expect(labels(cabinet)).toEqual(["Flood relief package", "Diesel price cap"]);
    const bank = ["The central bank goes into its rate decision on Friday with little room to move, analysts say, after a year in which lending has slowed.", "Three pressures will decide whether the committee moves.", "One is inflation itself. Prices rose 11% in the year to January, the fastest pace since 2023, led by food and fuel.", "Another is the currency. It fell past 500 to the dollar in February as oil revenue softened.", "The last is the sales tax rise that took effect in January. Economists expect it to add two points to inflation."];
    expect(labels(bank)).toEqual(["Inflation", "Currency", "Sales tax rise"]);
    expect(labels(["The central bank held its rate on Monday.", "Three factors drove the decision: higher oil prices, a wider trade gap and flood damage, the governor said."])).toEqual([]);
  });

  it("reads a post's emoji bullets with arrows, a notice's business without every meeting's formalities, and what a request asks for", () => {
    const post = ["Excited to be at the engineers' annual sessions, which open on Thursday in Kandy.", "Here is what I hope we actually talk about this year:", "🔹 Fire code → we still design towers against a patchwork of old rules.", "🔹 Licensing → anyone can still sign off on a building.", "🔹 Brain drain → half my batch now works abroad."];
    expect(labels(post)).toEqual(["Fire code", "Licensing", "Brain drain"]);
    const notice = ["Notice is hereby given that the board of directors will meet in public on Thursday 2 October at 09:30 in the boardroom.", "Agenda", "1. Welcome, apologies for absence and confirmation of quorum", "2. Declarations of interest", "3. Minutes of the meeting held on 31 July and matters arising", "4. Chief Executive's report", "5. Winter plan", "6. Ambulance handover delays", "7. Any other business", "8. Date of next meeting: Thursday 4 December"];
    expect(labels(notice)).toEqual(["Winter plan", "Ambulance handover delays"]);
    expect(labels(["When the millers' federation meets on Tuesday, members will be asked to weigh a request to the government for a new working capital fund, a push to certify fragrant rice and a plan for shared dryers, its president said today."])).toEqual(["New working capital fund", "Certifying fragrant rice", "Plan for shared dryers"]);
  });

  it("reads a list set between dashes, and no count that points back", () => {
    const water = ["Nepal's wish list for the joint commission is short — flood data, the Pancheshwar project, and the overdue border surveys — but getting Delhi to the table is another matter.", "Officials in Kathmandu said a letter had been sent.", "The most urgent of the three items is flood data. With the monsoon due within weeks, officials fear the warnings will stop."];
    expect(labels(water)).toEqual(["Flood data", "Pancheshwar project", "Overdue border surveys"]);
  });

  it("reads a frame after a short lead, and where the gap is widest, but no side's stance", () => {
    const wages = ["The two sides sat across the table in Changwon for the third time last week.", "The union has tabled a long list. At its core is a rise in basic pay of 120,000 won a month.", "Management's position is narrower. Executives want pay tied to productivity."];
    expect(labels(wages)).toEqual(["Rise in basic pay"]);
    expect(labels(["Negotiators resume talks in Canberra on Tuesday.", "The gap is widest on beef, where Tokyo has refused to cut its tariff further. Officials say rice is off the table."])).toEqual(["Beef"]);
  });
  it("reads what a side also wants after an opening that announces its list, and not a want that says more of one item", () => {
    const lede = "The two sides in the country's most closely watched wage negotiation met for the third time last week, and the distance between them has rarely looked wider.";
    const labelsOf = (paragraphs: string[]): string[] => findAgenda({ paragraphs }).map((i) => i.label);
    expect(labelsOf([lede, "The union has tabled a long list. At its core is a rise in basic pay of 141,300 won a month. It also wants the retirement age pushed back to 64. And it is asking for a 4.5-day week, with no cut in wages.", "The two sides meet again on Thursday."])).toEqual(["Rise in basic pay", "Retirement age", "4.5-day week"]);
    expect(labelsOf([lede, "At the top of the agenda is likely to be class sizes. The union also wants enforceable caps on the number of pupils per teacher.", "Planning time comes next. Teachers say they get too little.", "The two sides meet again on Thursday."])).toEqual(["Class sizes", "Planning time"]);
  });
  it("reads a minute's bold heads without their numbers, and no apologies or previous minutes", () => {
    const html = "<p><strong>S26/29 Apologies</strong> — Noted as recorded in the register.</p><p><strong>S26/30 Minutes of the previous meeting</strong> — Confirmed with one correction.</p><p><strong>S26/31 Generative AI in assessment</strong> — The deputy vice-chancellor introduced the draft framework on AI tools in coursework.</p><p><strong>S26/32 Academic calendar 2027</strong> — The Registrar presented two options for the 2027 calendar.</p>";
    const paragraphs = htmlToParagraphs(html);
    expect(findAgenda({ paragraphs, html }).map((i) => i.label)).toEqual(["Generative AI in assessment", "Academic calendar 2027"]);
  });
  it("takes a briefing's logistics heading for no item", () => {
    const paragraphs = ["Senior fisheries officials from the member states will meet on 24–25 March for the annual session of the working group, hosted for the first time by the host directorate.", "Illegal fishing", "Vietnam arrives with a particular interest in a joint enforcement plan against illegal fishing in the region.", "Vessel tracking", "Member states will compare progress on fitting vessel monitoring systems to boats over 15 metres.", "Logistics", "Delegations arrive the day before. The meeting will be held at a hotel near the port, with a field visit planned."];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Illegal fishing", "Vessel tracking"]);
  });
  it("takes no item from a paragraph that says its thing is off the table, however it is set", () => {
    const html = "<p>The legislature is due to vote on Friday on the defence spending plan. The jargon has piled up.</p><p><strong>Special budget</strong> — A package spread over eight years, on top of the regular defence budget.</p><p><strong>Air defence dome</strong> — A layered air and missile defence network, the biggest single component.</p><p><strong>Recall</strong> — The mass recall votes in July failed. They are not on the table this week, but they explain the mood.</p>";
    const paragraphs = htmlToParagraphs(html);
    expect(findAgenda({ paragraphs, html }).map((i) => i.label)).toEqual(["Special budget", "Air defence dome"]);
  });
});

describe("findAgenda on a review mission, a creditors' meeting, a programme page and a podcast", () => {
  const labels = (paragraphs: string[], title?: string): string[] => findAgenda({ paragraphs, ...(title ? { title } : {}) }).map((i) => i.label);

  it("reads what a mission will go over", () => {
    expect(labels(["A World Bank team arrived in Vientiane on Monday for a ten-day review of the country's debt programme.", "The team will go over power tariffs, arrears to contractors and the sale of state hotels, a ministry official said."])).toEqual(["Power tariffs", "Arrears to contractors", "Sale of state hotels"]);
  });

  it("reads a side named with a long aside, and what a side asks be done", () => {
    const paragraphs = [
      "Finance officials will meet the bondholders' committee on Thursday for the first review of the restructured debt since the floods.",
      "Manila, which chairs the committee alongside two regional lenders and holds the largest single tranche among its members, will press for a full account of the new borrowing taken on since the floods.",
      "Seoul is expected to ask that its emergency credit lines be left outside the restructuring altogether, so that they are repaid first.",
    ];
    expect(labels(paragraphs)).toEqual(["New borrowing", "Emergency credit lines"]);
  });

  it("reads a subject whose plural head the tagger takes for a verb", () => {
    const paragraphs = ["The river commission meets on Friday in Vientiane.", "Dredging quotas will dominate. Downstream provinces want more sand left in the channel.", "Bank repairs complete the list. The embankment at Pakse has slipped twice since May."];
    expect(labels(paragraphs)).toEqual(["Dredging quotas", "Bank repairs"]);
  });

  it("reads a programme's numbered sessions by their names, and no page's documents or contacts", () => {
    const paragraphs = [
      "Overview",
      "The annual forum brings together energy ministers from eight member states to set the work plan for the coming year and endorse its new projects.",
      "Session 1: Cross-border grids",
      "Ministers will review progress on the regional power market and the new lines between member states.",
      "Session 2: Hydropower safety",
      "The session will consider dam inspection standards and a shared flood warning protocol.",
      "Documents",
      "The provisional agenda, background note and list of participants will be posted here a week before the forum.",
    ];
    expect(labels(paragraphs)).toEqual(["Cross-border grids", "Hydropower safety"]);
  });

  it("reads an episode's list set apart by semicolons, each item without the question asked of it", () => {
    const paragraphs = [
      "Season 2 · 41 min",
      "On this episode: the new visa quota and the portal that keeps crashing; the housing allowance, and whether employers will keep paying it; and what the pension reform would mean for seasonal workers.",
    ];
    expect(labels(paragraphs)).toEqual(["New visa quota", "Housing allowance", "Pension reform"]);
  });

  it("labels a budget without the fiscal year it is for", () => {
    expect(labelOf("Annual budget for fiscal year 2082/83")).toBe("Annual budget");
    expect(labelOf("Tuition fees for the 2026–2027 academic year")).toBe("Tuition fees");
    expect(labelOf("the proposed expansion of the Champions League Elite from 24 to 32 clubs")).toBe("Champions League Elite expansion");
    expect(labelOf("Revised capital spending plan for 2026-27")).toBe("Revised capital spending plan");
    expect(labelOf("Budget for 2027")).toBe("Budget for 2027");
  });

  it("gives a list entry's summary without its head said again, unless the label had to shorten it", () => {
    const paragraphs = ["Negotiators from the two countries meet in Cebu on Monday, and the talks will cover three issues:", "- Fisheries: Manila wants a joint patrol zone around the shoal.", "- Ferries: Both sides will license one operator for the island route.", "- Transition away from fossil fuel subsidies: Jakarta will propose a five-year phase-out."];
    expect(findAgenda({ paragraphs }).map((i) => `${i.label} | ${i.summary}`)).toEqual([
      "Fisheries | Manila wants a joint patrol zone around the shoal.",
      "Ferries | Both sides will license one operator for the island route.",
      expect.stringMatching(/ \| Transition away from fossil fuel subsidies: Jakarta will propose/),
    ]);
  });

  it("says what a short listing sentence's items are about with the sentence after it", () => {
    const paragraphs = ["The legislature returns from recess on Monday, with the cabinet and the opposition still apart on spending.", "Ports and fisheries are also expected to feature. The coast guard wants two new patrol vessels, and trawler owners want fuel subsidies extended."];
    expect(findAgenda({ paragraphs }).map((i) => `${i.label} | ${i.summary}`)).toEqual([
      "Ports | The coast guard wants two new patrol vessels, and trawler owners want fuel subsidies extended.",
      "Fisheries | The coast guard wants two new patrol vessels, and trawler owners want fuel subsidies extended.",
    ]);
  });

  it("reads a column answering readers' letters: the question after the writer's own words, the answer in the next paragraph", () => {
    const paragraphs = [
      "Readers have written in all week about the tenancy bill, which cleared the lower house on Tuesday. Here are the questions we received most often.",
      "Q: I rent a flat in Penang and my lease ends in May. Will I get a longer notice period?",
      "Yes. The bill doubles notice for tenancies longer than a year, and landlords who ignore it face fines.",
      "My landlord kept my deposit last year. Is deposit protection in the bill?",
      "Not yet. Deposit protection was dropped in committee, though you can still claim through the tribunal.",
      "What happened to the rent cap? I read that it was shelved.",
      "It was not shelved, but it was narrowed to new tenancies.",
      "Have a question about housing, money or work? Write to the desk at the address below.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => `${i.label} | ${i.summary}`)).toEqual([
      "Longer notice period | The bill doubles notice for tenancies longer than a year, and landlords who ignore it face fines.",
      "Deposit protection | Deposit protection was dropped in committee, though you can still claim through the tribunal.",
      "Rent cap | It was not shelved, but it was narrowed to new tenancies.",
    ]);
  });

  it("reads two things to be signed and one to be discussed, without who said so", () => {
    const paragraphs = ["The president of Nauru arrived in Taipei on Tuesday for a three-day visit.", "The two leaders are due to sign agreements on fisheries cooperation and direct flights between Nauru and Taipei, and to discuss expanding medical cooperation, including a referral programme for patients, the foreign ministry said."];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Fisheries cooperation", "Direct flights", "Expanding medical cooperation"]);
  });

  it("reads a broadcast's three sticking points, however each is introduced", () => {
    const paragraphs = [
      "Indonesia's finance minister is in Manila this week for talks with the regional lender on the second review of the country's loan. Our correspondent says three sticking points stand between Jakarta and the next payout.",
      "Fuel subsidies are the big one. The lender set a path for cutting them, and Jakarta has fallen behind it.",
      "That leads to the second: the deficit ceiling. The lender would like the ceiling written into law.",
      "And thirdly, state-enterprise debt. The lender wants an audit of the largest builders before the end of the year.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Fuel subsidies", "Deficit ceiling", "State-enterprise debt"]);
  });

  it("reads what officials expect questions about, and no institution called by its head alone", () => {
    const paragraphs = [
      "A team from the regional lender began talks with officials in Colombo on Tuesday for the third review of the country's loan.",
      "The Bank wants an explanation for the missed revenue target first. Collections fell short in the first four months of the year.",
      "Colombo, for its part, will press for room on electricity tariffs. The government has promised not to raise prices again this winter.",
      "Officials in the finance ministry also expect questions about the property tax, which parliament passed last year but which has barely been collected.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Missed revenue target", "Room on electricity tariffs", "Property tax"]);
  });

  it("reads a congress's business: what heads it, what delegates are asked to approve, and its most hotly debated item", () => {
    const paragraphs = [
      "Member federations of the regional cricket council will gather in Colombo next Thursday for the annual congress, with governance reforms high on the list of business.",
      "A package of term limits heads the congress business. It would cap executive terms at three and add two seats for associate members.",
      "Delegates will also be asked to approve the 2027 budget, which raises development grants by 10 per cent.",
      "The most hotly debated item is the proposed expansion of the Asia Cup from 8 to 12 teams from 2028. Smaller members say the extra fixtures will strain their calendars.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Package of term limits", "Budget", "Expansion of Asia Cup"]);
  });

  it("reads an agenda set as a table, a row to a paragraph, without its procedure, papers or actions", () => {
    const paragraphs = [
      "Thursday, 14 May 2026, 10:00 · Council Chamber",
      "Item — Subject — Paper — For",
      "1 — Opening; declaration of quorum — — —",
      "2 — Minutes of the meeting of 12 March 2026 — C/26/10 — Approval",
      "3 — Parking charges for the 2026–2027 financial year: proposed increase of 5% in the town centre — C/26/11 — Decision",
      "4 — Library opening hours: a pilot of Sunday opening at two branches — C/26/12 — Decision",
      "5 — Revised rules on street trading, including licence fees for night markets — C/26/13 — Decision",
      "6 — Report of the Chief Executive — C/26/14 — Information",
      "7 — Any other business — — —",
      "Papers are available to members on the council portal.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Parking charges", "Library opening hours", "Rules on street trading"]);
  });
});
