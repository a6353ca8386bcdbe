// The claim reader's stages, each on its own: lexicon, mentions, clauses, forms; then the reading as a whole.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitClauses } from "../src/core/check/clauses";
import { checkClaim, readContext } from "../src/core/check/evaluate";
import { FORMS } from "../src/core/check/forms";
import { GUARDS } from "../src/core/check/guards";
import { METRIC_PHRASES, QUALIFIERS } from "../src/core/check/lexicon";
import { findMentions, fold, readNumber } from "../src/core/check/mentions";
import { CAN_READ, readClaim } from "../src/core/check/read";
import dataset from "../src/data/dev-dataset";
import { formsMarkdown } from "../src/render/check-help";
import { ROOT } from "./helpers/run";

const ctx = readContext(dataset);
const kinds = (claim: string) => findMentions(claim).mentions.map((m) => m.kind);
const find = (claim: string, kind: string) => findMentions(claim).mentions.filter((m) => m.kind === kind);

describe("lexicon", () => {
  it("states each phrase once", () => {
    for (const list of [METRIC_PHRASES.map((p) => p[0]), QUALIFIERS.map((q) => q[0])])
      expect(new Set(list).size).toBe(list.length);
  });
});

describe("mentions", () => {
  it("folds without moving positions: fullwidth digits read, US and Korea names folded", () => {
    const claim = "the deficit with korea was ＄６５．７ billion in ２０２４";
    const { text, mentions } = findMentions(claim);
    const money = mentions.find((m) => m.kind === "money")!;
    expect(money).toMatchObject({ value: 65.7e9, currency: "USD", precision: 0.05e9 });
    expect(text.slice(money.start, money.end)).toBe("$65.7 billion");
    expect(fold("The U.S. and South Korea").length).toBe("The U.S. and South Korea".length);
    expect(fold("South Korea's surplus")).toMatch(/ korea's surplus$/);
  });

  it.each([
    ["$13.2 billion", 13.2e9, "USD", 0.05e9],
    ["$27,624.6 million", 27624.6e6, "USD", 0.05e6],
    ["28bn", 28e9, "USD", 0.5e9],
    ["11.6 billion euros", 11.6e9, "EUR", 0.05e9],
    ["32 trillion won", 32e12, "KRW", 0.5e12],
    ["nine-point-nine billion dollars", 9.9e9, "USD", 0.05e9],
    ["US$5.58 billion", 5.58e9, "USD", 0.005e9],
    ["$27.6e3 million", 27.6e9, "USD", 0.05e9],
  ] as const)("reads the amount %s", (text, value, currency, precision) => {
    const m = find(`the deficit was ${text}`, "money")[0] as { value: number; currency: string; precision: number };
    expect(m.value).toBeCloseTo(value, 0);
    expect(m.currency).toBe(currency);
    expect(m.precision).toBeCloseTo(precision, 0);
  });

  it("reads percents whole, with their thousands: 2,109% is 2109, not 109", () => {
    expect(find("grew 2,109% between 2011 and 2016", "percent")[0]).toMatchObject({ value: 2109, precision: 0.5 });
    expect(find("up 24-point-four percent", "percent")[0]).toMatchObject({ value: 24.4, precision: 0.05 });
    expect(find("a 5.2-percent increase", "percent")[0]).toMatchObject({ value: 5.2 });
    expect(readNumber("1,000")).toMatchObject({ value: 1000, precision: 0.5 });
    expect(readNumber("2011,2012")).toBeNull();
  });

  it("finds periods of every size", () => {
    const periods = (claim: string) => find(claim, "period").map((m) => (m as { period: unknown }).period);
    expect(periods("in June 2023")).toEqual([{ kind: "month", year: 2023, month: 6 }]);
    expect(periods("in 2023-06")).toEqual([{ kind: "month", year: 2023, month: 6 }]);
    expect(periods("the first quarter of 2019; q2 2023; 3Q 2024")).toEqual([
      { kind: "quarter", year: 2019, quarter: 1 },
      { kind: "quarter", year: 2023, quarter: 2 },
      { kind: "quarter", year: 2024, quarter: 3 },
    ]);
    expect(periods("the first half of 2017 and H2 2023")).toEqual([
      { kind: "half", year: 2017, half: 1 },
      { kind: "half", year: 2023, half: 2 },
    ]);
    expect(periods("the first five months of 2019; Jan–Apr 2026")).toEqual([
      { kind: "months", year: 2019, from: 1, to: 5 },
      { kind: "months", year: 2026, from: 1, to: 4 },
    ]);
    expect(periods("in April")).toEqual([{ kind: "relative", anchor: "recent", back: 0, from: 4, to: 4 }]);
    expect(periods("the first seven months of this year")).toEqual([
      { kind: "relative", anchor: "this", back: 0, from: 1, to: 7 },
    ]);
    // "may" is a month only after a preposition
    expect(periods("exports may fall")).toEqual([]);
    expect(periods("in May")).toHaveLength(1);
  });

  it("refuses to turn odd notation into a year", () => {
    expect(kinds("in FY2016")).toContain("fiscal");
    expect(kinds("in 12016")).toEqual(["connective", "number"]);
  });

  it("finds KORUS by any common name, with its role", () => {
    const events = (claim: string) => find(claim, "event").map((m) => (m as { role: string; firstYears: number | null }).role);
    expect(events("since KORUS went into effect")).toEqual(["since"]);
    expect(events("under the 2012 agreement")).toEqual(["since"]);
    expect(events("after the FTA took effect")).toEqual(["since"]);
    expect(events("since it took effect in 2012")).toEqual(["since"]);
    expect(events("before the free trade pact")).toEqual(["before"]);
    expect(events("since the U.S.-Korea Free Trade Agreement")).toEqual(["since"]);
    expect(find("under the Korea FTA's first four years", "event")[0]).toMatchObject({ role: "since", firstYears: 4 });
  });

  it("finds comparatives, superlatives with their place, ranks and qualifiers", () => {
    expect(find("bigger than", "comparative")[0]).toMatchObject({ relation: "greater", crossing: false });
    expect(find("overtook", "comparative")[0]).toMatchObject({ crossing: true });
    expect(find("the second largest on record", "superlative")[0]).toMatchObject({ extreme: "max", position: 2 });
    expect(find("the narrowest since 2020", "superlative")[0]).toMatchObject({ extreme: "min", position: 1 });
    expect(find("among the five biggest", "among")[0]).toMatchObject({ n: 5 });
    expect(find("more than doubled", "qualifier")[0]).toMatchObject({ qualifier: "more-than" });
    expect(kinds("the sharpest decline")).toEqual(["change-superlative"]);
  });

  it("runs in linear time: a long unbroken word is one skip, not a backtracking search", () => {
    const t0 = performance.now();
    findMentions(`the deficit ${"x".repeat(100_000)} was $13.2 billion`);
    const long = performance.now() - t0;
    const t1 = performance.now();
    findMentions(`the deficit ${"x".repeat(10_000)} was $13.2 billion`);
    const short = performance.now() - t1;
    // ten times the text costs about ten times the time (a quadratic pattern would cost a hundred)
    expect(long).toBeLessThan(Math.max(50 * short, 200));
  });
});

describe("clauses", () => {
  const texts = (claim: string) => {
    const { text, mentions } = findMentions(claim);
    return splitClauses(mentions).map((c) => text.slice(c.start, c.end));
  };
  it("cuts at while, but, ; and an 'and' that starts a statement, never inside between … and …", () => {
    expect(texts("exports fell in 2024 while the deficit hit a record")).toEqual([
      "exports fell in 2024",
      "deficit hit a record",
    ]);
    expect(texts("the deficit doubled between 2011 and 2016")).toHaveLength(1);
    expect(texts("the US exported $42.3 billion to Korea and imported $69.9 billion from Korea")).toHaveLength(2);
    expect(texts("bigger than with canada but smaller than with japan")).toHaveLength(2);
    expect(texts("the deficit with china and japan rose")).toHaveLength(1);
  });
});

describe("forms", () => {
  it("are a declared list, each with examples, and CAN_READ, help and README are made from it", () => {
    expect(FORMS.map((f) => f.name)).toEqual([
      "age",
      "currency",
      "share",
      "every year",
      "sign",
      "rank",
      "record",
      "comparison",
      "multiple",
      "compared with before",
      "change with levels",
      "change",
      "level",
    ]);
    expect(CAN_READ).toHaveLength(FORMS.length);
    const readme = readFileSync(`${ROOT}README.md`, "utf8");
    const table = /<!-- forms:start -->\n([\s\S]*?)\n<!-- forms:end -->/.exec(readme)![1]!;
    const squash = (s: string) =>
      s
        .replace(/[ -]+\|/g, "|")
        .replace(/\| +/g, "|")
        .trim();
    expect(squash(table), "run npm run docs").toBe(squash(formsMarkdown()));
  });

  it.each(FORMS.flatMap((f) => f.examples.map((e) => [f.name, e] as const)))("%s reads its example: %s", (name, example) => {
    const r = readClaim(example, ctx);
    expect(r.unread, example).toEqual([]);
    expect(r.clauses.map((c) => c.form)).toContain(name);
  });
});

describe("guards", () => {
  it.each(GUARDS.map((g) => [g.name, g.example]))("%s: refuses its example, %s", (_name, example) => {
    const r = readClaim(example, ctx);
    expect(r.checks).toEqual([]);
    expect(r.unverifiable).toMatch(/\S/);
  });
});

describe("the reading of a claim", () => {
  it("lists what it did not read and does not judge that clause", () => {
    const r = readClaim("the deficit with korea was $13.2 billion in 2011 and nearly 99 other things", ctx);
    expect(r.checks).toEqual([]);
    expect(r.unread.map((u) => u.text)).toEqual(["nearly", "99"]);
    const misread = readClaim("the deficit grew in 2016 in 99 ways", ctx);
    expect(misread.checks).toEqual([]);
    expect(misread.unread.map((u) => u.text)).toEqual(["99"]);
    expect(misread.unverifiable).toMatch(/could not read '99'/);
  });

  it("states each default it applies", () => {
    const r = readClaim("the deficit is $56.5 billion", ctx);
    expect(r.rules.join(" ")).toMatch(/no partner named: read as US goods trade with South Korea/);
    expect(r.rules.join(" ")).toMatch(/no period named: read as the latest full year/);
    expect(readClaim("the deficit stood at $9.9 billion", ctx).unverifiable).toMatch(/could not read the period/);
  });

  it("refuses negations, predictions and fiscal years", () => {
    for (const claim of [
      "US exports to Korea haven't increased since 2011",
      "the deficit will double by 2030",
      "in FY2016 the deficit with korea was 27.6bn",
    ]) {
      expect(readClaim(claim, ctx).checks, claim).toEqual([]);
    }
  });

  it("notes whose statistics a claim cites", () => {
    expect(
      readClaim("According to the Korea Customs Service, Korea's surplus with the US was $23.2 billion in 2016", ctx).basis,
    ).toBe("korea");
    expect(readClaim("According to US data, Korea's surplus with the US was $23.2 billion in 2016", ctx).basis).toBe("us");
    expect(readClaim("Korea's surplus with the US was $23.2 billion in 2016", ctx).basis).toBeNull();
  });

  it("never reads another country as Korea", () => {
    const r = readClaim("The US goods deficit with Vietnam was $16.6 billion in 2012", ctx);
    expect(r.checks).toEqual([]);
    expect(r.unverifiable).toMatch(/'Vietnam' is not a bundled partner/);
  });
});

const TODAY = "2026-11-29";
const verdict = (claim: string, asOf?: string) => checkClaim(dataset, { claim, asOf, today: TODAY }).verdict;

describe("the examples of the issue (check v2)", () => {
  it.each([
    ["The trade deficit with South Korea doubled under KORUS", "2017-07-13", "true"],
    ["America's trade gap with Seoul widened by $14 billion after the FTA", "2017-07-13", "true"],
    ["America's trade gap with Seoul widened by $14 billion after the FTA", undefined, "false"],
    ["Since the 2012 agreement, imports from Korea have grown by half", "2017-07-13", "false"],
    ["$28.3 billion in 2015, up from $13.2 billion in 2011", undefined, "unverifiable"],
    ["The deficit was $28.3 billion in 2015, up from $13.2 billion in 2011", undefined, "true"],
    ["US exports to Korea fell in 2024 while the deficit hit a record", undefined, "half-true"],
    ["The US deficit with Korea in June 2023 was $4.1 billion", undefined, "mostly-false"],
    ["The US deficit with Korea in June 2023 was $5.6 billion", undefined, "true"],
    ["The US deficit with Korea in October 2025 was the narrowest monthly deficit since 2020", undefined, "false"],
    ["The US deficit with Korea in 2025 was the second largest on record", undefined, "true"],
    ["The US deficit with Korea in the first half of 2017 was $10.8 billion", undefined, "true"],
    ["In 2016 the deficit with Korea was smaller than with Germany but bigger than with Mexico", undefined, "half-true"],
    ["The US deficit with Korea in the first five months of 2019 was $10.1 billion", undefined, "true"],
    ["The deficit with Korea is three times the 2010 level", undefined, "false"],
    ["In 2016 the deficit with China was 12 times the one with Korea", undefined, "true"],
    ["US exports to Korea are 40 percent higher than before the FTA", undefined, "false"],
    ["The deficit with Korea overtook its deficit with Germany", undefined, "false"],
    ["the deficit with Korea surpassed the one with Canada", undefined, "true"],
    ["Korea is among the five biggest US deficit partners", undefined, "unverifiable"],
    ["Korea was among the three biggest US deficit partners in 2024", undefined, "false"],
    ["The US ran a surplus with Korea in 1990", undefined, "false"],
    ["The US has run a deficit with Korea every year since 1998", undefined, "true"],
    ["The deficit rose to $20.7 billion in 2013, up $4.1 billion from 2012", undefined, "true"],
    ["The deficit grew 2,109% between 2011 and 2016", undefined, "false"],
    ["the deficit with korea was ＄６５．７ billion in ２０２４", undefined, "true"],
  ] as const)("%s (as of %s) → %s", (claim, asOf, expected) => {
    expect(verdict(claim, asOf)).toBe(expected);
  });

  it("explains: the period, the band, over- or understatement, the closest truth, and a window that matters", () => {
    const r = checkClaim(dataset, { claim: "The deficit with Korea doubled between 2011 and 2016", today: TODAY });
    const e = r.clauses[0]!.explanation;
    expect(e).toMatchObject({ period: "2011 → 2016", band: { low: 1.8, high: expect.closeTo(2.3, 9), unit: "×" }, error: null });
    expect(e.sensitivity).toEqual(expect.arrayContaining([{ from: "2012", to: "2016", verdict: "half-true" }]));
    const over = checkClaim(dataset, { claim: "The deficit with Korea tripled between 2011 and 2016", today: TODAY });
    expect(over.clauses[0]!.explanation.error).toBe("overstates");
  });

  it("hints when the shell ate a dollar sign", () => {
    const r = checkClaim(dataset, { claim: "The US goods deficit with Korea was 3.2 billion in 2011", today: TODAY });
    expect(r.verdict).toBe("false");
    expect(r.hints.join(" ")).toMatch(/the shell turns "\$13\.2" into "3\.2"; put the claim in single quotes/);
    const honest = checkClaim(dataset, { claim: "The US goods deficit with Korea was $3.2 billion in 2011", today: TODAY });
    expect(honest.hints).toEqual([]);
  });
});
