import { describe, expect, it } from "vitest";
import { findUpcoming } from "../../src/analysis/upcoming.ts";
import { understandBrief } from "../../src/analysis/index.ts";
import { fixture, readBriefText } from "./read-fixture.ts";

const reference = new Date("2026-01-09T12:00:00Z");
const events = (...paragraphs: string[]) => findUpcoming({ briefId: "b1", title: "A brief", paragraphs, reference }).map(({ date, label }) => ({ date, label }));

describe("findUpcoming", () => {
  it("reads a dated visit, a month-only vote and a ruling due", () => {
    expect(events("The president announced a visit to Japan from January 13.")).toEqual([{ date: "2026-01-13", label: "Visit to Japan" }]);
    expect(events("Shareholders are preparing for the board vote in March.")).toEqual([{ date: "2026-03-01", label: "Board vote" }]);
    expect(events("The final ruling is due in May, lawyers said.")).toEqual([{ date: "2026-05-01", label: "Final ruling" }]);
  });

  it("marks an event the brief dates by its month only", () => {
    const found = findUpcoming({ briefId: "b1", title: "t", paragraphs: ["Shareholders expect the board vote in March.", "The summit opens on March 3."], reference });
    expect(found.map((e) => [e.date, e.precision ?? "day"])).toEqual([["2026-03-01", "month"], ["2026-03-03", "day"]]);
  });

  it("names a scheduled happening by its subject and verb when no event word is at hand", () => {
    expect(events("The first phase runs until January 19, and the fair closes on February 4.")).toEqual([
      { date: "2026-01-19", label: "First phase runs" },
      { date: "2026-02-04", label: "Fair" },
    ]);
    expect(events("The new permit fees take effect on March 1.")).toEqual([{ date: "2026-03-01", label: "New permit fees take effect" }]);
    expect(events("Output should recover by June 30, analysts said.")).toEqual([]);
  });

  it("names a day by what happens on it, and a long happening without its second phrase of place", () => {
    expect(events("Sembcorp, the utility that owns the plant, holds its first capital markets day in five years on Tuesday, and analysts expect a dividend.")).toEqual([{ date: "2026-01-13", label: "First capital markets day" }]);
    expect(events("Registration for ferry permits in the northern island districts opens on Monday.")).toEqual([{ date: "2026-01-12", label: "Registration for ferry permits opens" }]);
    expect(events("He said it was a long day on Friday.")).toEqual([]);
  });

  it("labels a schedule in its own words, past the time words and the reporting frame", () => {
    expect(events("Submissions close at 5pm on 18 February 2026.")).toEqual([{ date: "2026-02-18", label: "Submissions close" }]);
    expect(events("The league opens on Saturday, January 17, with five games.")).toEqual([{ date: "2026-01-17", label: "League opens" }]);
    expect(events("The bill is scheduled for its second reading next Tuesday.")).toEqual([{ date: "2026-01-13", label: "Second reading" }]);
    expect(events("The ministry said bids were due on January 30.")).toEqual([{ date: "2026-01-30", label: "Bids were due" }]);
    expect(events("The board will hold a public hearing next Monday, and the office said the final reading is scheduled for January 21.")).toEqual([
      { date: "2026-01-12", label: "Public hearing" },
      { date: "2026-01-21", label: "Final reading" },
    ]);
  });

  it("names the event in the main clause after a date that opens the sentence, or what a happening opens with", () => {
    expect(events("From January 20, the agency will place levy scanners at the airport.")).toEqual([{ date: "2026-01-20", label: "Place levy scanners" }]);
    expect(events("The season, which draws pilgrims from across the island, begins with the first lantern procession on Wednesday.")).toEqual([{ date: "2026-01-14", label: "First lantern procession" }]);
  });

  it("reads a named day's event ahead when eyes are on it", () => {
    expect(events("All eyes in the delta are on Thursday's meeting of the water authority.")).toEqual([{ date: "2026-01-15", label: "Meeting" }]);
    expect(events("He reported on Thursday's meeting.")).toEqual([]);
    expect(events("The centre will play in Saturday's grand final after the judiciary cleared him.")).toEqual([{ date: "2026-01-10", label: "Match" }]);
    expect(events("The operator has applied to suspend the action, and a hearing is listed for Tuesday in Sydney.")).toEqual([{ date: "2026-01-13", label: "Hearing" }]);
  });

  it("reads an event the clause leads up to, a verb that stands for its event, and a second predicate's subject", () => {
    // The reference is Friday 2026-01-09.
    expect(events("The tribunal has invited both unions to a hearing on Tuesday to answer its questions.")).toEqual([{ date: "2026-01-13", label: "Hearing" }]);
    expect(events("Ticket sales passed a million ahead of the opening ceremony on Saturday, organisers said.")).toEqual([{ date: "2026-01-10", label: "Opening ceremony" }]);
    expect(events("The court declined to stay the probe but agreed to hear the plea on January 22.")).toEqual([{ date: "2026-01-22", label: "Hearing" }]);
    expect(events("The paintings will be auctioned in Dublin on January 30.")).toEqual([{ date: "2026-01-30", label: "Auction in Dublin" }]);
    expect(events("The levy, approved by the cabinet, is part of the tax overhaul and takes effect on February 1.")).toEqual([{ date: "2026-02-01", label: "Levy takes effect" }]);
  });

  it("leaves out a year the text puts behind us, a habit and a verb with its particle", () => {
    expect(events("The order applied from March 1 of last year though it was issued in October.")).toEqual([]);
    expect(events("Sign up for the newsletter, in your inbox every Monday.")).toEqual([]);
  });

  it("gives a sentence's events in the order it names them, weekdays and dates alike", () => {
    expect(events("The committee meets on Tuesday, and the full council votes on January 20.").map((e) => e.date)).toEqual(["2026-01-13", "2026-01-20"]);
  });

  it("dates a span of days by its first", () => {
    expect(events("The joint committee meets Wednesday and Thursday.")).toEqual([{ date: "2026-01-14", label: "Meeting" }]);
    expect(events("Talks open on Monday, and a vote follows on Thursday.").map((e) => e.date)).toEqual(["2026-01-12", "2026-01-15"]);
  });

  it("reads a passive schedule as ahead, not past", () => {
    expect(events("A follow-up session has been pencilled in for January 20 if talks go well.")).toEqual([{ date: "2026-01-20", label: "Session" }]);
    expect(events("The bank is widely expected to leave the cash rate on hold on Tuesday.")).toEqual([{ date: "2026-01-13", label: "Leave cash rate" }]);
    expect(events("Ministers gather for their annual retreat on January 29.")).toEqual([{ date: "2026-01-29", label: "Annual retreat" }]);
  });

  it("reads schedules in the present tense, passives and a day months ahead", () => {
    // 2026-01-09 is a Friday.
    expect(events("Diplomats from both sides meet in the port city on Tuesday for the first session in a year.").map((e) => e.date)).toEqual(["2026-01-13"]);
    expect(events("The unions have called a second walkout for Thursday, January 15, if talks fail.")).toEqual([{ date: "2026-01-15", label: "Second walkout" }]);
    expect(events("The financing agreements are to be signed in Amman on January 30.")).toEqual([{ date: "2026-01-30", label: "Financing agreements signed" }]);
    const december = findUpcoming({ briefId: "b", title: "t", paragraphs: ["The three countries must decide at the joint review on July 1 whether to extend the pact."], reference: new Date("2025-12-31T12:00:00Z") });
    expect(december.map((e) => [e.date, e.label])).toEqual([["2026-07-01", "Joint review"]]);
    expect(events("Officials said the Thursday's meeting had gone well.")).toEqual([]);
  });

  it("resolves a weekday only in a clause that looks ahead", () => {
    // 2026-01-09 is a Friday.
    expect(events("The cabinet will meet on Tuesday to approve the plan.").map((e) => e.date)).toEqual(["2026-01-13"]);
    expect(events("Voting in the runoff is set for next Friday.").map((e) => e.date)).toEqual(["2026-01-16"]);
    expect(events("The cabinet approved the budget for next year late on Friday.")).toEqual([]);
    expect(events("The Kremlin on Tuesday dismissed a report that ministers would be replaced.")).toEqual([]);
  });

  it("takes 'next Thursday' as the Thursday of next week, and a range as the day it starts", () => {
    // 2026-01-07 is a Wednesday.
    const wednesday = (s: string) => findUpcoming({ briefId: "b", title: "t", paragraphs: [s], reference: new Date("2026-01-07T12:00:00Z") }).map((e) => e.date);
    expect(wednesday("The ministers will meet next Thursday in Hanoi.")).toEqual(["2026-01-15"]);
    expect(wednesday("The ministers will meet on Thursday in Hanoi.")).toEqual(["2026-01-08"]);
    expect(wednesday("The minister will make official visits to both countries from 19 to 22 January 2026.")).toEqual(["2026-01-19"]);
  });

  it("lets the verb before a weekday govern it, not a past form later in the sentence", () => {
    // 2026-01-09 is a Friday.
    expect(events("A charter flight will leave for the United States on Tuesday to bring back workers detained in last week's raid.").map((e) => e.date)).toEqual(["2026-01-13"]);
    expect(events("The new tariffs agreed in July take effect on Thursday, officials said.").map((e) => e.date)).toEqual(["2026-01-15"]);
    expect(events("The court will begin on Tuesday the final phase of the trial of ten men accused of plotting a coup.").map((e) => e.date)).toEqual(["2026-01-13"]);
    expect(events("Leaders on Wednesday unveiled a stopgap bill and scheduled a vote on it for Thursday.").map((e) => e.date)).toEqual(["2026-01-15"]);
    expect(events("The Senate president said he expected to put the measure to a vote on Monday.").map((e) => e.date)).toEqual(["2026-01-12"]);
    expect(events("Delegates are streaming into the city for a conference that opens Monday.").map((e) => e.date)).toEqual(["2026-01-12"]);
    expect(events("The two sides began a new round of working-level talks on Tuesday.")).toEqual([]);
    expect(events("The party leader launched his party's municipal campaign on Wednesday with a promise to win.")).toEqual([]);
  });

  it("reads 'on the 18th', a weekday's event ahead ('for Wednesday's banquet') and a near day whatever the tense", () => {
    // 2026-01-09 is a Friday.
    expect(events("The prime minister is due to answer questions on Wednesday, and the final vote on the 18th is expected to pass.").map((e) => e.date)).toEqual(["2026-01-14", "2026-01-18"]);
    expect(events("Staff have spent the week laying out silver for Wednesday's state banquet.")).toEqual([{ date: "2026-01-14", label: "Banquet" }]);
    expect(events("Officials said the Thursday's meeting had gone well.")).toEqual([]);
    expect(events("The front-runner extended his lead in the last poll before the first round of voting on January 31.").map((e) => e.date)).toEqual(["2026-01-31"]);
    expect(events("The index fell sharply on January 8.")).toEqual([]);
  });

  it("dates the main clause's event from a leading 'when' clause, and reads any word after 'to' as a verb", () => {
    expect(events("When some 1,600 delegates file into the hall from January 19, the party will be holding its first congress in five years.")).toEqual([{ date: "2026-01-19", label: "First congress" }]);
    expect(events("The minister is scheduled to brief House Commission VI on the outcome on Thursday.")).toEqual([{ date: "2026-01-15", label: "Brief House Commission" }]);
  });

  it("takes the filing day's own weekday as today, not a week ahead", () => {
    // 2026-01-09 is a Friday.
    expect(events("Early voting runs on Friday and Saturday.")).toEqual([{ date: "2026-01-10", label: "Early voting runs" }]);
    expect(events("The cabinet will meet next Friday.").map((e) => e.date)).toEqual(["2026-01-16"]);
  });

  it("leaves out a date its own verb puts in the past, whatever the sentence says later", () => {
    expect(events("Officials will meet this week to shore up a truce that has held since the two sides fought a border war last July.")).toEqual([]);
    expect(events("It will be the first full session since a peace declaration signed in Kuala Lumpur in October.")).toEqual([]);
    expect(events("Contractors will break ground on January 15 on the long-stalled line.").map((e) => e.date)).toEqual(["2026-01-15"]);
    expect(events("The cabinet is due to vote on a revised draft on February 2.").map((e) => e.date)).toEqual(["2026-02-02"]);
  });

  it("reads a passive 'to be announced' as the event, not as someone reporting it", () => {
    // 2026-01-09 is a Friday.
    expect(events("Results are to be announced on the Sunday afternoon after a ranked ballot of party members.")).toEqual([{ date: "2026-01-11", label: "Results" }]);
    expect(events("Members gather this weekend for a convention that opens Saturday.")).toEqual([{ date: "2026-01-10", label: "Convention" }]);
  });

  it("finds the verb that governs a day past a possessive and past a list's commas", () => {
    // 2026-01-09 is a Friday.
    expect(events("The European Central Bank's Governing Council meets on Wednesday with policymakers expected to hold.")).toEqual([{ date: "2026-01-14", label: "Meeting" }]);
    expect(events("The ministers will also hold a dialogue with counterparts from Japan, China and South Korea on Monday.")).toEqual([{ date: "2026-01-12", label: "Dialogue" }]);
    expect(events("The eight members next meet on Sunday to set output levels.")).toEqual([{ date: "2026-01-11", label: "Meeting" }]);
  });

  it("names a rule or a deadline that starts or ends on the day by its noun", () => {
    // 2026-01-09 is a Friday.
    expect(events("The new US tariffs on Vietnamese goods agreed in July take effect on Thursday, along with a 40% rate.")).toEqual([{ date: "2026-01-15", label: "New US tariffs take effect" }]);
    expect(events("Analysts noted that the 90-day tariff reprieve agreed in Geneva runs out on March 12, leaving little time.")).toEqual([{ date: "2026-03-12", label: "90-day tariff reprieve runs out" }]);
    expect(events("The ministry intends the revised royalty regulation to take effect on 1 February 2026.")).toEqual([{ date: "2026-02-01", label: "Royalty regulation takes effect" }]);
  });

  it("rolls a January date in a December piece into the next year", () => {
    const december = findUpcoming({ briefId: "b", title: "t", paragraphs: ["The summit will open on January 20."], reference: new Date("2025-12-20T00:00:00Z") });
    expect(december.map((e) => e.date)).toEqual(["2026-01-20"]);
  });

  it("reads a heading's day in brackets, days chained to one ahead, and a day whose event lies ahead in its possessive", () => {
    const dates = (...ps: string[]) => events(...ps).map((e) => e.date);
    expect(events("• Provincial budget (Thursday): We expect support for farmers.")).toEqual([{ date: "2026-01-15", label: "Provincial budget" }]);
    expect(dates("The treasury will sell $80 billion of debt next week, starting with two-year notes on Tuesday, followed by five-year notes on Wednesday and bonds on Thursday.")).toEqual(["2026-01-13", "2026-01-14", "2026-01-15"]);
    expect(dates("Exports fell on Tuesday, followed by a rebound on Wednesday.")).toEqual([]);
    expect(dates("The lira heads into Monday's review by the rating agency with its best numbers in years.")).toEqual(["2026-01-12"]);
    expect(dates("She will face the top seed from Spain in Sunday's final.")).toEqual(["2026-01-11"]);
  });

  it("leaves out what already happened", () => {
    expect(events("Exports fell in December.", "The ministers held talks on January 5.", "Prices rose in January.")).toEqual([]);
  });

  it("needs a date to resolve against", () => {
    expect(findUpcoming({ briefId: "b", title: "t", paragraphs: ["The vote is due on March 3."] })).toEqual([]);
  });

  it("dates the sitting a proposal goes before", () => {
    expect(events("A proposed increase in berthing fees goes before the harbour board next Wednesday.")).toEqual([{ date: "2026-01-14", label: "Harbour board" }]);
  });

  it("names nothing when no event stands near the date", () => {
    expect(events("Output should recover by June, analysts said.")).toEqual([]);
  });

  it("carries the brief id, for the digest's Coming up block", async () => {
    const text = await readBriefText(fixture("vietnam-indonesia-visit.txt"));
    const u = understandBrief(text);
    expect(u.upcoming).toEqual([
      { date: "2026-03-18", label: "State visit", briefId: text.id },
      { date: "2026-03-19", label: "Joint statement", briefId: text.id },
    ]);
  });
});

describe("the day a brief was published, where it was written", () => {
  it("counts 'tomorrow' from the writer's day when the source's date carries its zone", () => {
    const base = { id: "b", title: "Morning note", paragraphs: ["• Bank results (tomorrow): consensus looks for a record quarter."], publishedAt: new Date("2026-02-08T23:45:00Z") };
    expect(understandBrief({ ...base, publishedDay: "2026-02-09" }).upcoming.map((e) => e.date)).toEqual(["2026-02-10"]);
    expect(understandBrief(base).upcoming.map((e) => e.date)).toEqual(["2026-02-09"]);
  });
});
