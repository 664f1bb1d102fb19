import { describe, expect, it } from "vitest";
import { findAgenda } from "../../src/analysis/agenda.ts";
import { demandOf } from "../../src/analysis/agenda-demands.ts";

const labels = (paragraphs: string[]): string[] => findAgenda({ paragraphs }).map((i) => i.label);
const LEDE = "A trade delegation arrives in the capital on Monday for two days of talks, the first round since tariffs on the country's goods were doubled in August.";

describe("agenda items the piece's actors bring to the table", () => {
  it("reads what each side presses for, wants or demands", () => {
    expect(demandOf("New Delhi will press for removal of the additional penalty tariff, which officials call discriminatory.")).toBe("removal of the additional penalty tariff");
    expect(demandOf("Washington, for its part, wants wider access for American farm goods, including dairy.")).toBe("wider access for American farm goods");
    expect(demandOf("The Congress, the main opposition party, is demanding a one-time settlement of farm debt, a promise it says was broken.")).toBe("a one-time settlement of farm debt");
    expect(demandOf("The Akali Dal wants a debate on the drug menace, arguing that the campaign has failed.")).toBe("the drug menace");
    // What the other side is to do, a relative clause, an aside of a participle, a particle, two sides at once.
    expect(demandOf("They want Iran to restore full IAEA inspections at sites including Fordow.")).toBe("full IAEA inspections at sites");
    expect(demandOf("Tokyo will press for an intelligence-sharing pact that would let the two militaries exchange information.")).toBe("an intelligence-sharing pact");
    expect(demandOf("Manila wants to lock in delivery dates for additional patrol vessels, officials said.")).toBe("delivery dates for additional patrol vessels");
    expect(demandOf("Vietnam and the Philippines, both building import terminals at speed, are looking for a regional arrangement on LNG supply security.")).toBe("LNG supply security");
    expect(demandOf("Astana is pushing hardest on water sharing.")).toBe("water sharing");
    expect(demandOf("Both sides also want to tackle illegal fishing by trawlers in each other's waters in the Andaman Sea and the South China Sea, officials said.")).toBe("illegal fishing");
    expect(demandOf("Bangkok, for its part, will press for more cross-border rail services between Padang Besar and Hat Yai.")).toBe("more cross-border rail services between Padang Besar and Hat Yai");
    // Session 5: a side named with its phrase of place and an aside; what the other side is to keep doing.
    expect(demandOf("Tribal nations on both sides of the border, which have observer status for the first time, want salmon reintroduction above the dam written into the treaty.")).toBe("salmon reintroduction above the dam");
    expect(demandOf("Ottawa wants the United States to keep paying for the flood control that dams in British Columbia provide.")).toBe("the flood control");
    // Session 7: whose partners are to act says nothing; two countries that "are expected to push for".
    expect(demandOf("Hanoi wants its neighbours to adopt a common fishing calendar, modelled on the river commission's.")).toBe("a common fishing calendar");
    expect(demandOf("Nepal and the Maldives are expected to push for cheaper regional flights, after fares doubled.")).toBe("cheaper regional flights");
    expect(demandOf("Opposition parties object to raising the retirement age to 65.")).toBe("raising the retirement age to 65");
  });

  it("reads a side's list of demands, each its own item, and what a side will fight to keep", () => {
    const paragraphs = [
      "The union said it will ask members to authorize a strike after its annual wage negotiations broke down.",
      "The union, which represents about 42,000 workers, is demanding a monthly base pay increase of 141,300 won, a performance bonus equal to 30 percent of net profit and an extension of the retirement age to 64.",
    ];
    expect(labels(paragraphs)).toEqual(["Monthly base pay increase", "Performance bonus", "Extension of retirement age"]);
    expect(demandOf("Malacañang, for its part, will fight to keep the flood control allocation largely intact.")).toBe("the flood control allocation");
    expect(demandOf("Opposition lawmakers are pushing to restore the PhilHealth subsidy, which was zeroed out.")).toBe("the PhilHealth subsidy");
  });

  it("reads sides' wants in a piece about meetings, an office among them", () => {
    const paragraphs = [
      "No party has a majority, and the three largest parties have spent three days in back-to-back meetings across the capital.",
      "The Swatantra Party wants the premiership for a full five-year term and has refused to discuss a rotation.",
      "The Nepali Congress is holding out for the home ministry as its condition for joining any government.",
      "The president has asked the parties to settle on a candidate who can command a majority.",
    ];
    expect(labels(paragraphs)).toEqual(["Premiership for five-year term", "Home ministry"]);
  });

  it("reads what the sides remain apart on", () => {
    expect(labels(["The district and the union ended a 14-hour session without a deal.", "The sides remain apart on pay, class sizes and planning time. The union wants caps."])).toEqual(["Pay", "Class sizes", "Planning time"]);
  });

  it("reads what a side will press the other to do, each of two wants, and no long speaker", () => {
    expect(demandOf("Canberra will press Jakarta to lift quotas on live cattle imports, which were cut in May.")).toBe("quotas on live cattle imports");
    expect(demandOf("Both sides also want to extend the fishing accord, which lapses in June, diplomats familiar with the talks said.")).toBe("the fishing accord");
    const paragraphs = [LEDE, "Jakarta, for its part, wants Australia to drop a levy on rice exports, and to ease a proposed ban on Indonesian-made steel pipes in state projects.", "Canberra wants longer visas for its teachers."];
    expect(labels(paragraphs)).toEqual(["Levy on rice exports", "Ban on steel pipes", "Longer visas for teachers"]);
  });

  it("reads what people named by their work want, without whose it is, and what both sides will take up", () => {
    const paragraphs = [
      "Striking pharmacists and the health ministry agreed to resume negotiations on Monday after a month-long walkout.",
      "The pharmacists want the ministry to restore their dispensing fees, which were cut by a fifth in the spring.",
      "The ministry, for its part, will press for longer opening hours in rural towns.",
      "Both sides are also expected to take up the licensing of online pharmacies, which neither has a plan for.",
    ];
    expect(labels(paragraphs)).toEqual(["Dispensing fees", "Longer opening hours", "Licensing of online pharmacies"]);
  });

  it("reads a side's want past a short lead", () => {
    const paragraphs = [LEDE, "The two sides are far apart on money. Ottawa wants the United States to keep paying for flood control, and says the sum is too low.", "Washington will press for more flexibility in hydropower operations."];
    expect(labels(paragraphs)).toEqual(["Flood control", "Flexibility in hydropower operations"]);
  });

  it("makes items of two sides' demands in a piece about a sitting", () => {
    const paragraphs = [
      LEDE,
      "The host government will press for removal of the penalty tariff, which officials describe as a precondition for any deal.",
      "Washington, for its part, wants wider access for farm goods, areas the host has refused to open on grounds of livelihoods.",
    ];
    expect(labels(paragraphs)).toEqual(["Removal of penalty tariff", "Access for farm goods"]);
  });

  it("gives nothing for one side's wish, for wants outside a sitting, or for people as the object", () => {
    expect(labels([LEDE, "The host government will press for removal of the penalty tariff, officials said on Friday."])).toEqual([]);
    const noSitting = ["Flooding cut roads across the delta on Sunday, stranding thousands of families in villages along the river.", "Residents want clean water and shelter, aid workers said.", "Farmers want compensation for the ruined harvest, local leaders said."];
    expect(labels(noSitting)).toEqual([]);
    expect(demandOf("The ministry wants the officials who signed the contract.")).toBeUndefined();
  });
  it("gives a paragraph that opens on its topic, inside a run of them, to that topic, not to the side it quotes", () => {
    const paragraphs = [
      LEDE,
      "Rice quotas are the prize both sides are watching. The importers' lobby wants the quota doubled.",
      "Cabotage rights are likely to prove the harder sell. The delegation wants its shipping lines to be able to carry cargo between the other side's ports.",
      "Port fees are a newer item for both delegations. Neither side has tabled a figure.",
    ];
    expect(labels(paragraphs)).toEqual(["Rice quotas", "Cabotage rights", "Port fees"]);
  });
  it("reads two sides in one sentence, what sides hope to conclude, and each 'on' of an agreement sought", () => {
    expect(labels([LEDE, "Hanoi is expected to raise the detention of its fishermen, while Manila wants progress on the maritime boundary.", "Trade reached $16 billion."])).toEqual(["Detention of its fishermen", "Maritime boundary"]);
    expect(labels([LEDE, "Both governments hope to conclude a deal on energy trading and to launch a joint fund for green shipping.", "The talks follow a summit in May."])).toEqual(["Energy trading", "Joint fund for shipping"]);
    expect(labels([LEDE, "The ministers will seek agreement on a code for coastguard encounters and on rules for undersea cables.", "Neither side commented."])).toEqual(["Code for coastguard encounters", "Rules for undersea cables"]);
    // Hoping to get somewhere by a date is a timetable, not a want.
    expect(labels([LEDE, "The ruling bloc hopes to clear the lower house in early March, and the opposition hopes to stall it.", "Officials concede the timetable is tight."])).toEqual([]);
  });
  it("reads a side's list of demands whose last goes without its article, but not a clause about the first", () => {
    const talks = "Metalworkers and employers open wage talks in Stuttgart on Monday.";
    expect(labels([talks, "The union is demanding a 7% pay rise, a shorter week for shift workers and job guarantees at the Saxony plant. Management has offered 2%.", "Warning strikes are possible."])).toEqual(["Pay rise", "Week for shift workers", "Job guarantees"]);
    expect(demandOf("Tehran will press for a larger oil swap, under which crude is delivered to the north and an equal volume is passed on from the south.")).toBe("a larger oil swap");
  });
  it("reads a want whatever the word for who wants it, past the day of a vote, and the same side said plainly", () => {
    // Session 10: a local word for a city's government; only someone wants or lobbies.
    expect(demandOf("The akimat wants a 14% increase in cold-water tariffs from the spring, arguing that the utility sells below cost.")).toBe("a 14% increase in cold-water tariffs from the spring");
    expect(demandOf("The city council is due to vote on Thursday on a reform of bus fares that would end paper tickets.")).toBe("a reform of bus fares");
    // The bare stuff of any deal, or the story's own object, names nothing.
    expect(demandOf("The council is due to vote on Thursday on a package that would raise bills.")).toBe(undefined);
    expect(demandOf("Deputies from two factions want the money ring-fenced.")).toBe(undefined);
    const vote = "The city council meets on Thursday to vote on a rise in household water bills, its first in three years.";
    expect(labels([vote, "Deputies from two factions want the money ring-fenced. They are pushing to write a sewer renewal plan into the tariff decision itself.", "Pensioners' groups are lobbying for a social tariff for pensioners.", "The vote is expected to be close."])).toEqual(["Sewer renewal plan", "Social tariff for pensioners"]);
  });
  it("reads what a committee wants from each witness, past the phrase that names the witness", () => {
    expect(demandOf("From the regulator, whose chief executive is due to step down, the committee wants answers on executive bonuses, after retention awards were paid.")).toBe("executive bonuses");
    expect(demandOf("MPs want to hear where the company stands on the rescue plan put forward by its senior creditors.")).toBe("the rescue plan");
    expect(demandOf("They want an account of the uranium stockpile, whose whereabouts are uncertain.")).toBe("the uranium stockpile");
    expect(demandOf("She has asked the Civil Aviation Minister for a timeline on the crash probe into last month's disaster.")).toBe("the crash probe into last month's disaster");
  });
  it("reads a chair's own wants: what she wants members to talk about, and a thing named after a colon", () => {
    expect(demandOf("I also want us to talk honestly about damp and mould.")).toBe("damp and mould");
    expect(demandOf("I want to start where most of your emails start: rent.")).toBe("rent");
  });
  it("reads what a side hopes to revive", () => {
    expect(demandOf("Kazakh negotiators, meanwhile, hope to revive electricity swaps, under which water is held back in winter.")).toBe("electricity swaps");
  });
  it("reads a want whose words the lexicon knows as a first name, past the people who are to act, and what sides will compare notes on", () => {
    expect(demandOf("Manila will push for a grace period on the new port levies, arguing that shippers signed contracts a year ago.")).toBe("a grace period on the new port levies");
    expect(demandOf("Seoul wants foreign carriers such as Delta and Qantas to give up landing slots at the congested airport.")).toBe("landing slots at the congested airport");
    expect(demandOf("The delegations are also expected to compare notes on the draft fisheries code.")).toBe("the draft fisheries code");
    expect(
      labels([
        "Fisheries officials from the two countries will meet in Suva on Tuesday to discuss how the tuna catch is shared, an official said.",
        "Fiji will press for a grace period before the new observer rule applies to its longline fleet, one of the officials said.",
        "Tonga wants foreign fishing companies such as those from Taiwan to cut bigeye catches, the official said.",
        "The two sides are also expected to compare notes on the so-called transhipment ban, which took effect last year.",
      ]),
    ).toEqual(["Grace period", "Bigeye catches", "Transhipment ban"]);
  });
});
