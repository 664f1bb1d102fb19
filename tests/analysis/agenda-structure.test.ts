import { describe, expect, it } from "vitest";
import { findAgenda } from "../../src/analysis/agenda.ts";
import { entriesOf } from "../../src/analysis/agenda-structure.ts";
import { textParagraphs } from "../../src/sources/text-brief.ts";

const LEDE = "Port officials in the island state said on Tuesday that a new harbour plan would go to the cabinet before the monsoon, after months of delay and two failed tenders.";
const labels = (paragraphs: string[]): string[] => findAgenda({ paragraphs }).map((i) => i.label);

describe("agenda items a brief sets out by its shape", () => {
  it("reads 'Label: explanation' list entries, bulleted or numbered, inline or one per line", () => {
    const bulleted = [LEDE, "The plan stands on three legs:", "- Dredging: deepening the main channel to 16 metres.", "- Berth fees: a new schedule for foreign carriers.", "- Rail links: a spur line to the container yard."];
    expect(labels(bulleted)).toEqual(["Dredging", "Berth fees", "Rail links"]);
    const inline = [LEDE, "The minister listed her priorities in order:", "1. Dredging: deepening the main channel. 2. Berth fees: a schedule for carriers. 3. Rail links: a spur line to the yard."];
    expect(labels(inline)).toEqual(["Dredging", "Berth fees", "Rail links"]);
    expect(findAgenda({ paragraphs: inline })[0]?.summary).toBe("Deepening the main channel.");
  });

  it("splits a .txt list into entries even without blank lines between them", () => {
    const paragraphs = textParagraphs(["Three demands stand out:", "- Wages: a 9% rise.", "- Hours: a 40-hour week.", "Related stories", "Share this article"]);
    expect(paragraphs).toEqual(["Three demands stand out:", "- Wages: a 9% rise.", "- Hours: a 40-hour week.", "Related stories", "Share this article"]);
    expect(entriesOf("1. Fees: up. 2. Quotas: down. 3. Bans: kept.")).toEqual(["Fees: up.", "Quotas: down.", "Bans: kept."]);
    expect(entriesOf("A 2. B")).toBeUndefined();
  });

  it("reads two or more short headings over paragraphs, and ignores a lone one", () => {
    const body = (topic: string) => `The ${topic} question has divided the coalition for months, with the junior partner threatening to walk out over it.`;
    expect(labels([LEDE, "Water tariffs", body("tariff"), "2. Grid upgrades", body("grid")])).toEqual(["Water tariffs", "Grid upgrades"]);
    expect(labels([LEDE, "Water tariffs", body("tariff"), body("grid")])).toEqual([]);
  });

  it("reads an explainer's questions, each with the answer under it", () => {
    const items = findAgenda({
      paragraphs: [
        LEDE,
        "What happens to the ferry subsidies? They end in June, and operators say fares on the outer-island routes will rise by a third.",
        "Will the new berth fees drive carriers away? Shipping lines have threatened to skip the port, though none has yet filed a schedule change.",
      ],
    });
    expect(items.map((i) => i.label)).toEqual(["Ferry subsidies", "New berth fees"]);
    expect(items[0]?.summary).toMatch(/^They end in June/);
  });

  it("reads a count that closes its paragraph, delivered one paragraph an item in any cue's words", () => {
    const paragraphs = [
      LEDE,
      "Officials familiar with the preparations said the crowded docket boils down to three dossiers.",
      "Foremost is the renewal of the water treaty, which governs dry-season flows and expires in December.",
      "The river-sharing deal, stalled since 2011 because of objections from one state, comes next.",
      "Rounding out the list is border management, including the fencing of unfenced stretches.",
    ];
    expect(labels(paragraphs)).toEqual(["Renewal of water treaty", "River-sharing deal", "Border management"]);
    // "its two neighbours." is a count of people, not an announcement.
    expect(labels([LEDE, "Ulaanbaatar says the pipeline mainly serves its two neighbours.", "Russia wants construction to begin in 2027, officials said on Monday.", "China has not committed to a start date."])).toEqual([]);
  });

  it("reads a counted list after a colon even with the reporting clause before it", () => {
    const paragraphs = [LEDE, "Two matters are left for the working group, the deputy minister said: the transit tariff the country will collect on each cubic metre, and how the construction of the section will be financed."];
    expect(labels(paragraphs)).toEqual(["Transit tariff", "Construction of the section"]);
  });

  it("reads a ranked ordinal with an aside: 'The third, and thorniest, is disarmament'", () => {
    const paragraphs = [LEDE, "What remains comes down to three questions.", "The first is the hostage exchange. Both sides have moved.", "The second is the withdrawal line. Maps show forces pulling back in stages.", "The third, and thorniest, is disarmament. Neither side has moved."];
    expect(labels(paragraphs)).toEqual(["Hostage exchange", "Withdrawal line", "Disarmament"]);
  });

  it("does not make items of places that open paragraphs, or of a column's actors", () => {
    const paragraphs = ["There is a particular kind of patience that comes with leading in the polls, and the challenger has it in abundance this autumn.", "The centre is exhausted. Its parties cannot decide whether they are in government or against it.", "France has had five prime ministers in under two years. The sixth may not last."];
    expect(labels(paragraphs)).toEqual([]);
  });

  it("reads a long announcement before a colon, what a list's questions ask about, and no history", () => {
    const problems = [LEDE, "What remains, the official said, is a handful of problems the two teams will grind through over five days: how strict the rules of origin should be, the carbon levy on steel, and how many professionals will get short-term visas."];
    expect(labels(problems)).toEqual(["Rules of origin", "Carbon levy on steel"]);
    const decoy = [LEDE, "Three factors drove the decision: higher global oil prices, a widening current account gap and uncertainty over flood damage."];
    expect(labels(decoy)).toEqual([]);
    const recap = [LEDE, "The agenda ran to three items: the power grid; haze from forest fires; and the crisis in the north."];
    expect(labels(recap)).toEqual(["Power grid", "Haze from forest fires", "Crisis in the north"]);
  });

  it("reads a question's subject between its auxiliary and its verb", () => {
    const explainer = [LEDE, "How big would the levy be?", "The draft sets a levy of between 2 and 10 percent, rising as the metal price increases.", "Will existing smelters be exempt?", "This is the most divisive question for investors who were promised stable terms."];
    expect(labels(explainer)).toEqual(["Levy", "Existing smelters"]);
  });

  it("reads a copula question's subject up to its complement, a noun the tagger may take for a verb included", () => {
    const explainer = [LEDE, "Why is the Seoul mayoral race the one to watch?", "The capital has been held by the conservatives since 2021, and the other party wants it back.", "How are rebates being paid?", "Firms get a rebate on corporate tax and wage support for older workers, paid in two parts."];
    expect(labels(explainer)).toEqual(["Seoul mayoral race", "Rebates"]);
  });

  it("asks a yes/no question about what its people get, and no question about people alone", () => {
    const explainer = [LEDE, "Will households get more help with bills?", "Almost certainly, say observers, with another round of vouchers and rebates widely anticipated.", "Will the carbon tax go up as planned?", "The tax rose to $45 a tonne this year and is slated to reach $80 by 2030."];
    expect(labels(explainer)).toEqual(["Help with bills", "Carbon tax"]);
  });

  it("asks an explainer's idioms about what they name: 'What is in store for X?', 'What about X?'", () => {
    const explainer = [LEDE, "What is in store for mid-career workers?", "Workers in their 40s who have been retrenched are a key constituency for the new credits.", "What about firms hit by tariffs?", "Small enterprises want more than the rebate handed out last year, federations say."];
    expect(labels(explainer)).toEqual(["Mid-career workers", "Firms hit by tariffs"]);
  });

  it("reads an announced count and the ordinal sentences after it", () => {
    const paragraphs = [
      LEDE,
      "When the two delegations meet again next month they will weigh three questions. The first is grazing rights: herders on both sides want access to the high pastures. The second, water sharing, is just as urgent. Last comes the matter both capitals avoid, the disputed villages.",
    ];
    expect(labels(paragraphs)).toEqual(["Grazing rights", "Water sharing", "Disputed villages"]);
  });

  it("reads a count with a colon list, split on semicolons when it has them", () => {
    expect(labels([LEDE, "Ministers have floated several remedies: night-time pressure cuts, already in force in some districts; cloud seeding; and a pipeline from the coast."])).toEqual([
      "Night-time pressure cuts",
      "Cloud seeding",
      "Pipeline from the coast",
    ]);
    expect(labels([LEDE, "Four issues dominate: pensions, housing and migration."])).toEqual(["Pensions", "Housing", "Migration"]);
  });

  it("reads First, Second, Third sentences", () => {
    const paragraphs = [LEDE, "First, the export of dredging equipment will need a licence.", "Second, port fees for foreign carriers will double from July.", "Third, the rail spur will be put out to tender again."];
    expect(labels(paragraphs)).toEqual(["Export of dredging equipment", "Port fees for carriers", "Rail spur"]);
  });

  it("reads a run of paragraphs that each open on their topic, but not one short opener in a news story", () => {
    const analysis = [
      LEDE,
      "Dredging is the easy part. The channel has been surveyed and the contractor is already on site.",
      "The berth fees are harder. Foreign carriers say a doubling would push them to rival hubs.",
      "On rail, the ministry has yet to pick a route. Villagers along the coast oppose the spur.",
    ];
    expect(labels(analysis)).toEqual(["Dredging", "Berth fees", "Rail"]);
    const news = [LEDE, "The vote was close. Eleven members backed the plan and nine opposed it, with one abstention.", "Officials in the capital said the cabinet would meet on Friday."];
    expect(labels(news)).toEqual([]);
  });

  it("takes the topic after the verb when the subject only ranks it", () => {
    const paragraphs = [LEDE, "The biggest change is the end of pre-funding. Brokers no longer need the full cash before a trade.", "Quotas are the other hurdle. Miners say they are too low."];
    expect(labels(paragraphs)).toEqual(["End of pre-funding", "Quotas"]);
  });

  it("reads the things a sentence says will be discussed, and a subject that lists them", () => {
    expect(labels([LEDE, "Officials will meet shipping lines on October 2 to discuss anchorage capacity, pilotage and bunkering rules."])).toEqual([
      "Anchorage capacity",
      "Pilotage",
      "Bunkering rules",
    ]);
    expect(labels([LEDE, "Tolls, light rail and a funding gap of about $1 billion are on the table as the two states bargain."])).toEqual(["Tolls", "Light rail", "Funding gap"]);
  });

  it("does not take clauses, dates or counts of people for items", () => {
    expect(labels([LEDE, "Cranes and trucks took up more floor space than ever, and the commerce ministry said a robot hall had been added."])).toEqual([]);
    expect(labels([LEDE, "The blast injured three people. Police closed the road and diverted traffic for most of the day."])).toEqual([]);
    expect(labels([LEDE, "The upgrade takes effect in September, subject to an interim review in March, the index provider said."])).toEqual([]);
  });

  it("keeps an 'and' inside a listed item when commas separate the list", () => {
    expect(labels([LEDE, "Negotiators will focus on rules of origin, steel and aluminium, and energy policy, according to a summary."])).toEqual([
      "Rules of origin",
      "Steel and aluminium",
      "Energy policy",
    ]);
  });

  it("reads a count delivered by paragraphs that open on a fragment", () => {
    const paragraphs = [
      LEDE,
      "With new taxes ruled out, that leaves the treasury three options:",
      "Another bond buyback. The treasury bought back part of its 2027 bond early last year, and could do so again.",
      "A new lending programme. The last one lapsed without a final review, and talks have not begun.",
      "Restructuring the rail loans. The country still owes more than $5 billion for the line.",
    ];
    expect(labels(paragraphs)).toEqual(["Bond buyback", "New lending programme", "Restructuring the rail loans"]);
    expect(findAgenda({ paragraphs })[0]?.summary).toMatch(/^The treasury bought back/);
  });

  it("reads a list turned round ('Among matters to be raised are…') without its asides", () => {
    const paragraphs = [LEDE, "Among matters expected to be raised are the ferry link, which is due to open in June, and the new free-trade zone, where approvals have stalled."];
    expect(labels(paragraphs)).toEqual(["Ferry link", "New free-trade zone"]);
  });

  it("reads a list numbered inside a sentence", () => {
    const paragraphs = [LEDE, "Talks are expected to cover the partnership, including: (i) cooperation in hydropower; (ii) new rail links to the border towns; and (iii) digital payments."];
    expect(labels(paragraphs)).toEqual(["Cooperation in hydropower", "New rail links", "Digital payments"]);
  });

  it("keeps a pair bound by a determiner as one topic", () => {
    expect(labels([LEDE, "The sales and services tax will be another focal point. Its scope widened in July.", "Cash handouts are likely to remain a centrepiece. Payments rose last year."])).toEqual([
      "Sales and services tax",
      "Cash handouts",
    ]);
  });

  it("takes the topic of a bold lead-in that is itself a cue sentence, and no quotation", () => {
    const html = `<p>${LEDE}</p><p><strong>Autos come first.</strong> Unions want stricter content rules.</p><p><strong>Then there is energy.</strong> Private utilities complain.</p><p><strong>"Defence wins,"</strong> the coach said.</p>`;
    const paragraphs = [LEDE, "Autos come first. Unions want stricter content rules.", "Then there is energy. Private utilities complain.", '"Defence wins," the coach said.'];
    expect(findAgenda({ paragraphs, html }).map((i) => i.label)).toEqual(["Autos", "Energy"]);
  });

  it("reads a count delivered in one paragraph by a dash, a contraction and a closing adverb without its comma", () => {
    const paragraphs = [
      "The tribunal opens a week of hearings into bus fares on Monday.",
      "Three things will dominate the week in Perth. First, concession fares — riders want to know why they rose twice. Then there's route cuts, with suburbs losing night services. And finally depot leases, the contracts that bind the operator to old sites.",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Concession fares", "Route cuts", "Depot leases"]);
  });

  it("takes no heading that talks to the reader, no press release's \"About\" and no heading's body as a side's want", () => {
    const weekly = ["Welcome back. The bank's board meets next week and three fights are brewing among its shareholders, who have filed a record number of proposals.", "**What we're watching**", "- **Dividend policy.** Funds want the payout doubled.", "- **Board seats.** Two activists have nominated directors.", "**Dates for your diary**", "The board meets on June 19 and the vote follows on June 26."];
    expect(findAgenda({ paragraphs: weekly }).map((i) => i.label)).toEqual(["Dividend policy", "Board seats"]);
    const html = `<p>The council opens a consultation on its building code this week, the first review in a decade of the rules on height, fire safety and parking.</p><h2>1. Height limits</h2><p>The council proposes to scrap the rule under which towers may not rise near the river, from twelve storeys to twenty, in the districts beside the new rail line.</p><h2>2. Fire safety</h2><p>Sprinklers would be required in every new block of more than four storeys, and fire doors in every stairwell, from next year.</p><p><strong>About Harbour City Council</strong> The council serves 400,000 residents.</p>`;
    const paragraphs = ["The council opens a consultation on its building code this week, the first review in a decade of the rules on height, fire safety and parking.", "1. Height limits", "The council proposes to scrap the rule under which towers may not rise near the river, from twelve storeys to twenty, in the districts beside the new rail line.", "2. Fire safety", "Sprinklers would be required in every new block of more than four storeys, and fire doors in every stairwell, from next year.", "About Harbour City Council The council serves 400,000 residents."];
    expect(findAgenda({ paragraphs, html }).map((i) => i.label)).toEqual(["Height limits", "Fire safety"]);
  });

  it("reads a podcast's chapter list past its timestamps", () => {
    const paragraphs = [
      "This week the panel looks at a hectic month for the region's ports, and what it means for shippers and for the governments that own the terminals.",
      "In this episode",
      "• 00:01:30 — The Colombo expansion. Why the new terminal is late, and who pays.",
      "• 00:21:10 — Chittagong congestion. Ships wait a week to berth; can the new bay terminal help?",
      "• 00:40:05 — Transhipment rivalry. Who wins as lines reshuffle their hubs?",
    ];
    expect(findAgenda({ paragraphs }).map((i) => i.label)).toEqual(["Colombo expansion", "Chittagong congestion", "Transhipment rivalry"]);
  });

  it("takes no question of timing, names a term in quotation marks, and no topic sentence in a heading's body or a word to the reader", () => {
    const explainer = [
      "Millions of pupils sat the national exam on Thursday, one of the last times it will be held in this form. Here is what is changing and what is still being decided.",
      "Why is the listening test being dropped? Officials say it favours pupils in cities with language schools, and from 2028 it will be replaced.",
      "What happens to \"bonus points\"? The ministry wants to abolish the extra points for sports and arts certificates, which parents say are bought.",
      "When will the details be final? The ministry says it will decide by the end of the year.",
    ];
    expect(findAgenda({ paragraphs: explainer }).map((i) => i.label)).toEqual(["Listening test", "Bonus points"]);
    const editorial = [
      "Every spring the same ritual unfolds: the pay body takes evidence, ministers sit on its report, and teachers learn months late what they will be paid.",
      "Workload",
      "Teachers in the state work more unpaid hours than any others in the region, and the evidence that it drives them out is now overwhelming.",
      "Housing",
      "Pay and rent cannot be separated. Young teachers cannot afford to live near the schools that most need them, and they leave within three years.",
      "Opinion pieces represent the views of our editors. Sign up for our weekly newsletter.",
      "The Ledger is reader-supported. Become a member for unlimited articles.",
    ];
    expect(findAgenda({ paragraphs: editorial }).map((i) => i.label)).toEqual(["Workload", "Housing"]);
  });
  it("reads a list after 'will take up' whose long item serves a purpose, and no costs that money covers", () => {
    // Session 10: the purpose clause goes; the item stays.
    expect(labels(["The harbour board meets next Tuesday.", "Commissioners will take up the berthing fees, a $12 million dredging contract to deepen the approach channel to the container quay at the south end, and a 15-year lease for the ferry pier. Staff back all three.", "The meeting is open to the public."])).toEqual(["Berthing fees", "Dredging contract", "15-year lease for pier"]);
    expect(labels(["The harbour board meets next Tuesday.", "The fee rise would be the first in a decade. Officials say it is needed to cover higher crane maintenance and labour costs.", "The meeting is open to the public."])).toEqual([]);
  });
  it("reads a paragraph's subject without where it is, what sides must address past a dashed aside, and no share of what came before", () => {
    const lede = "Fishing cooperatives are bracing for a difficult spring as the provincial council prepares to sit on March 12.";
    expect(labels([lede, "Catch quotas are the sharpest point of contention. The draft would cap each vessel at a seasonal tonnage.", "Landing fees at the two main fishing harbours are also due for revision. The draft proposes charging by tonnage.", "All of this is playing out against the European Commission's warning on seafood exports. Inspectors return in April."])).toEqual(["Catch quotas", "Landing fees"]);
    expect(labels(["Two delegations meet in London on Tuesday for another round of consultations on who gets how much of the stocks.", "Herring shares are the first test. Each side wants more.", "Both will also have to address ferry access — the right of each line to dock in the other's ports — which lapsed last year. Officials expect hard bargaining."])).toEqual(["Herring shares", "Ferry access"]);
  });
  it("reads the deeds a sitting must do, a post to fill among them, and what a fight is over", () => {
    expect(labels(["Member clubs will gather on Saturday for a general assembly at which they must elect a new chair, approve the federation's 2027 budget and decide whether to back a plan for a women's league.", "The vote is expected to be close."])).toEqual(["New chair", "Federation's 2027 budget", "Plan for women's league"]);
    expect(labels(["Lawmakers are set to fight over three things before the finance bill goes to a vote.", "The first fight is over school meals, which the treasury wants to widen. The opposition would rather hire teachers.", "The third fight is over the wheat subsidy, which farmers say is too small."])).toContain("Wheat subsidy");
  });
  it("reads 'How will X work?' as a question about X, and a page's sign-off as no item", () => {
    expect(labels(["Here is what we know about the new levy.", "What is the levy?", "A charge of 300 baht on each arrival, paid with the ticket.", "How will fee collection work?", "Airlines will add the fee to tickets."])).toEqual(["Levy", "Fee collection"]);
    expect(labels(["Members are invited to the chamber's autumn policy roundtable with officials from two ministries on Tuesday.", "Mining royalties", "The government's draft amendment would raise the royalty on copper when world prices are high.", "Visa rules", "Several members report delays of up to eight weeks in work visas for foreign engineers.", "The chamber newsletter is sent to members monthly. Unsubscribe at any time."])).toEqual(["Mining royalties", "Visa rules"]);
  });
  it("takes no route a bus will cover for an item, and reads what talks will cover", () => {
    expect(labels(["The transport corporation will run 120 electric buses from Monday.", "The buses will cover routes including Broadway–Kelambakkam, T. Nagar–Tambaram and Koyambedu–Sholinganallur.", "Fares will be the same as on ordinary services."])).toEqual([]);
    expect(labels(["The minister will co-chair the commission's session in Tashkent on Thursday.", "The deliberations will cover trade and investment, connectivity through Chabahar port, and critical minerals.", "Trade stood at $754 million last year."])).toEqual(["Trade and investment", "Connectivity through Chabahar port", "Critical minerals"]);
  });
  it("reads a table set with dot leaders, flattened or one row to a paragraph, and no table of contents", () => {
    const lede = "Delegates from 187 member states gather on Monday for the annual labour conference, which this year comes against a backdrop of a funding squeeze.";
    expect(labels([lede, "Committee by committee, this is how the fortnight breaks down:", "Gig work .......... first round on a possible new standard for couriers Chemical hazards ........ second and final round; a convention is up for adoption Informal economy .......... general discussion on moving workers into formal jobs", "Final votes are scheduled for 13 June."])).toEqual(["Gig work", "Chemical hazards", "Informal economy"]);
    expect(labels([lede, "Introduction ........ 3", "Methods ........ 7", "Findings ........ 12"])).toEqual([]);
  });
  it("reads a docket's order, an inverted 'sits a proposal to…' named by what it would do, and no public testimony", () => {
    expect(labels([
      "It is shaping up as a long Wednesday at City Hall.",
      "Top of the docket for the 12-member council is the new contract with the firefighters' union, which would raise pay by 9% and, for the first time, give the council a say over overtime.",
      "Next in line is a vote to extend the lease on two temporary shelter sites near the river.",
      "Further down, and likely to be reached only after dark, sits a proposal to raise downtown parking meter rates to $2.80 an hour.",
      "Public testimony is capped at two minutes per person. The meeting begins at 9:30 a.m.",
    ])).toEqual(["New contract", "Lease on shelter sites", "Downtown parking meter rates"]);
  });
  it("reads a bulleted list after a verb of discussing that waits for its object", () => {
    expect(labels([
      "Former president Rodrigo Duterte is due back before the court's judges on Monday, almost a year after his arrest.",
      "According to the chamber's scheduling order, the four-day hearing will cover",
      "• the confirmation of charges on three counts of murder;",
      "• the defence challenge to the court's jurisdiction;",
      "• a renewed request for interim release on health grounds.",
    ])).toEqual(["Confirmation of charges", "Defence challenge to jurisdiction", "Request for interim release"]);
  });
  it("reads a newsletter's slots set before a dash, each holding its item", () => {
    expect(labels([
      "Good morning from a wet Sunday. The central bank's board meets on Monday and Tuesday, with the statement due on Tuesday afternoon.",
      "THE BIG ONE — The cash rate. The market has priced roughly even odds of a second move.",
      "ALSO LIVE — Wage growth. The board will have the February labour figures in front of it.",
      "SLEEPER — Bond holdings. Staff are due to present a review of how fast the bank runs down its bonds.",
    ])).toEqual(["Cash rate", "Wage growth", "Bond holdings"]);
  });
  it("reads a paragraph that only asks, one question an item", () => {
    expect(labels([
      "The five elected members of the utility commission are scheduled to vote on Tuesday on a deal with the power company struck in June.",
      "Will the base-rate freeze actually hold through 2028, or does the deal leave the door open to fuel-cost increases? Who pays for the new gas plants the company says it needs, mostly to serve data centers? And what happens to storm costs?",
      "Consumer advocates have asked those questions in filings.",
    ])).toEqual(["Base rate freeze", "New gas plants", "Storm costs"]);
  });
  it("keeps names listed inside a list's last item with it", () => {
    expect(labels([
      "The provincial cabinet will meet in the second city on Thursday, the first time in a decade it has sat outside the capital.",
      "Ministers will wrestle with the wheat release price for the coming season, the dispute over new canals on the river, and a backlog of unpaid cane dues owed to growers in Badin, Tando Muhammad Khan and Matiari.",
      "Traffic police have announced diversions for the day.",
    ])).toEqual(["Wheat release price", "Dispute over new canals", "Backlog of cane dues"]);
  });
  it("reads what each chapter of a board's papers deals with or takes up, and what is tucked away at the back", () => {
    expect(labels([
      "The market regulator's board meets on Wednesday, and the papers that will be in front of members run to 212 pages.",
      "The thickest chapter, nearly 70 pages, deals with delisting rules for state firms. It proposes a simpler route.",
      "A much shorter note, barely a dozen pages, takes up founder stock options: whether founders should keep options granted before listing. Start-ups have lobbied for this.",
      "Tucked away at the back is a consultation outcome on co-investment by funds, which would let investors invest alongside a fund.",
    ])).toEqual(["Delisting rules for firms", "Founder stock options", "Consultation outcome on co-investment"]);
  });
  it("names a numbered proposal by what it would do", () => {
    expect(labels([
      "About 3,000 party members descend on the convention centre this week for the party's first national convention since it lost the election.",
      "The policy committee whittled more than 200 proposals down to 60. Among those that have drawn the most attention:",
      "1. Proposal 14 — to scrap supply management for dairy, poultry and eggs, pitting Prairie members against the farm caucus.",
      "2. Proposal 27 — to call for a fixed cap on annual immigration levels tied to housing starts.",
      "3. Proposal 41 — to rewrite the equalization formula, a long-standing Alberta grievance.",
    ])).toEqual(["Supply management for dairy", "Cap on immigration levels", "Equalization formula"]);
  });
  it("reads motions set out one to a paragraph by what each would change, and no 'The motions' after them", () => {
    expect(labels([
      "The rugby union has circulated the motions for its annual general meeting on July 18, after a year of turmoil over its grant.",
      "Motion 1: That the constitution be amended to reserve two of the nine board seats for women.",
      "Motion 2: That provincial grants be paid quarterly and published in full.",
      "The motions were submitted by three provincial unions. Each needs a two-thirds majority.",
    ])).toEqual(["Constitution", "Provincial grants"]);
  });
  it("reads what was added to a sitting's sheet", () => {
    expect(labels([
      "The confederation's executive committee meets on Monday with a crowded sheet in front of it.",
      "Stricter licensing rules for clubs are opposed by several federations. They say clubs cannot comply by 2027.",
      "Referee pay, frozen since 2019, was added after a group of match officials wrote to the president. They threatened a boycott.",
      "The committee will also review the calendar for the women's league. A decision is due in March.",
    ])).toContain("Referee pay");
  });
  it("reads what each slot of a programme belongs to, and no formalities", () => {
    expect(labels([
      "Customs brokers, truckers and manufacturers will fill the arena ballroom on July 24 and 25 for the chamber's annual border trade summit.",
      "Thursday morning belongs to wait times. Northbound traffic at the bridge has backed up for hours on peak days.",
      "The afternoon turns to tariffs. Brokers say clients are rewriting supply contracts every few weeks.",
      "Friday is given over to the formalities: the election of officers and the annual accounts.",
    ])).toEqual(["Wait times", "Tariffs"]);
  });
  it("reads a programme's timed rows by the session each names", () => {
    expect(labels([
      "Aviation officials from the region will meet on Oct. 13-14 for a session of the working group, as airports struggle with record passenger numbers.",
      "The hosting authority published the programme on Wednesday:",
      "Date — Time — Session",
      "Tue, Oct 13 — 09:30 — Air traffic management: cross-border flow management in the busiest corridors",
      "Tue, Oct 13 — 14:00 — Sustainable aviation fuel: blending mandates and regional supply",
      "Wed, Oct 14 — 09:30 — Passenger rights: a common framework for delays and cancellations",
    ])).toEqual(["Air traffic management", "Sustainable aviation fuel", "Passenger rights"]);
  });
  it("reads what two groups will spend the day on, past a clause of why inside the list", () => {
    expect(labels([
      "Growers and the largest association of oilseed crushers will meet in the capital on Sept. 22, the first such gathering in three years.",
      "Instead, the two groups expect to spend the day on the slow pace of approvals for new seed varieties, quality standards for cargoes, after crushers complained of high moisture in some shipments last season, and a joint sustainability protocol.",
      "A council official said the meeting was business to business.",
    ])).toEqual(["Slow pace of approvals", "Quality standards for cargoes", "Joint sustainability protocol"]);
  });
  it("reads what each numbered resolution would do, and no count of them as a position", () => {
    expect(labels([
      "The bar council will hold a general body meeting on Saturday, and four resolutions are listed for it.",
      "Two of them are about money. The first would ask the state government to fund a monthly stipend of Rs 5,000 for junior advocates. The second would cut enrolment fees for new members, which young lawyers call a barrier.",
      "A vote is expected on all four.",
    ])).toEqual(["Monthly stipend", "Enrolment fees for members"]);
  });
  it("reads the things a package holds in brackets, a lower-case visa as no company, and no indefinite question", () => {
    expect(labels([
      "Leaders of the bloc meet on Wednesday for their annual summit, with officials saying they expect to sign off on a package that has been stuck in committee for years (a unified tourist visa, the next phase of the railway and a common customs procedure) rather than launch anything new.",
      "Saudi Arabia's crown prince is expected to attend.",
    ])).toEqual(["Unified tourist visa", "Phase of the railway", "Common customs procedure"]);
    expect(labels(["Some 1,600 delegates will gather next week for the party's most important meeting in five years. Here is what readers have been asking us.", "What is in the political report?", "The political report is the party's main policy document for the next five years.", "What happens to the growth target?", "The draft strategy sets an annual growth target of at least 10% for 2026–2030.", "Will anything change for ordinary people?", "Not immediately. The congress sets direction; the assembly turns it into law."])).toEqual(["Political report", "Growth target"]);
  });
});

describe("headings in a society's newsletter", () => {
  it("reads a heading whose name holds a number, and not the newsletter's own section", () => {
    const paragraphs = [
      "For the first time, the standards body's radio working group meets in Hanoi next week, and several of our members will be in the room for their employers.",
      "5G broadcast profiles",
      "Members expect a long fight over whether the broadcast mode needs its own handset category, which operators oppose.",
      "Spectrum sharing rules",
      "Satellite operators want the sharing rules settled before the next world radio conference, and terrestrial operators want more time.",
      "Chapter news",
      "Our next evening lecture is on 14 March at the polytechnic, and dues for the new year can now be paid online.",
    ];
    expect(labels(paragraphs)).toEqual(["5G broadcast profiles", "Spectrum sharing rules"]);
  });
});

describe("explainers, podcast chapters and reviews", () => {
  it("reads what an explainer's questions ask about: a thing asked after bare, what a text does about it, what a side keeps of its own", () => {
    const paragraphs = [
      "The transport ministry published its draft rules for ride-hailing apps on Monday, two years after the courts told it to, and comments close at the end of the month.",
      "Will drivers keep their flexible hours?",
      "Mostly. The draft lets drivers log on when they like, but caps a shift at 12 hours across all apps combined.",
      "What does it do about surge pricing?",
      "Fares may rise to no more than twice the base rate, and the cap falls to 1.5 times during declared emergencies.",
      "Is there insurance cover for passengers?",
      "Yes. Every trip must carry accident cover paid for by the platform, not the driver.",
    ];
    expect(labels(paragraphs)).toEqual(["Flexible hours", "Surge pricing", "Insurance cover for passengers"]);
  });

  it("reads a podcast's chapters timed without a dash, past its intro and its listeners' questions", () => {
    const paragraphs = [
      "Indonesia has banned the export of raw bauxite again, and this week our host talks to a smelter engineer and a trade lawyer about what the ban means for buyers.",
      "Chapters",
      "• 00:00 Intro",
      "• 02:40 Bauxite ban: what is covered and what is exempt",
      "• 19:05 Smelter capacity: how many plants are really running",
      "• 33:50 WTO challenge: where the dispute with the EU stands",
      "• 47:15 Listener questions",
    ];
    expect(labels(paragraphs)).toEqual(["Bauxite ban", "Smelter capacity", "WTO challenge"]);
  });

  it("reads no items in a review's furniture or in clauses that say how a product is", () => {
    const paragraphs = [
      "Verdict: A quiet, comfortable e-bike held back by a heavy frame and a small battery.",
      "I rode the Ferra 3 to work for a month, up hills and through rain, and it never once left me stranded on the way home.",
      "The motor is smooth and the brakes are strong. A few issues remain: the display is dim in sunlight, and the kickstand is flimsy on gravel.",
      "Score: 7/10",
    ];
    expect(labels(paragraphs)).toEqual([]);
  });
});
