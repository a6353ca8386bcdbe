import { describe, expect, it } from "vitest";
import { checkClaim, combine, grade, levelExcess, readContext } from "../src/core/check/evaluate";
import { readClaim } from "../src/core/check/read";
import type { Verdict } from "../src/core/check/types";
import dataset from "../src/data/dev-dataset";

const TODAY = "2026-11-28";

/**
 * Real-world phrasings with the verdict worked out by hand from data/ (figures in $ millions, Census).
 * Tolerance: the stated precision (half the last digit), "about" adds 3% of the actual value; beyond that
 * the relative excess grades it: ≤5% mostly-true, ≤15% half-true, ≤30% mostly-false, more false.
 */
const CLAIMS: [claim: string, asOf: string | undefined, expected: Verdict, why: string][] = [
  // levels
  ["The US goods deficit with Korea was $16.6 billion in 2012", undefined, "true", "16,616.4 within 16,600 ± 50"],
  ["The US goods deficit with Korea was $16.7 billion in 2012", undefined, "mostly-true", "off by 83.6: 33.6 beyond ±50 = 0.2%"],
  ["The US goods deficit with Korea was $17 billion in 2012", undefined, "true", "16,616.4 within 17,000 ± 500"],
  ["The US goods deficit with Korea was $18 billion in 2012", undefined, "half-true", "(1,383.6 − 500) / 16,616.4 = 5.3%"],
  ["The US goods deficit with Korea was $20 billion in 2012", undefined, "mostly-false", "(3,383.6 − 500) / 16,616.4 = 17.4%"],
  ["The US goods deficit with Korea was $25 billion in 2012", undefined, "false", "(8,383.6 − 500) / 16,616.4 = 47%"],
  ["The deficit with Korea was about $28 billion in 2016", undefined, "true", "|28,000 − 27,624.6| = 375 ≤ 500 + 3% (829)"],
  [
    "The US trade deficit with Korea was about $30 billion in 2016",
    undefined,
    "mostly-true",
    "(2,375.4 − 1,328.7) / 27,624.6 = 3.8%",
  ],
  ["The trade gap with South Korea topped $60 billion in 2024", undefined, "true", "65,686.3 > 60,000"],
  ["The deficit with Korea topped $70 billion in 2024", undefined, "half-true", "(70,000 − 65,686.3) / 65,686.3 = 6.6%"],
  ["US exports to Korea were $42.3 billion in 2016", undefined, "true", "42,262.2 within 42,300 ± 50"],
  ["US imports from Korea were nearly $70 billion in 2016", undefined, "true", "69,886.8 just under 70,000"],
  ["Korea's trade surplus with the US was about $23 billion in 2017", undefined, "true", "US deficit 23,060.3 (Korea's side)"],
  ["Korea's exports to the US were $71.4 billion in 2017", undefined, "true", "US imports 71,416.5 within ± 50"],
  ["Total trade between the U.S. and Korea topped $190 billion in 2024", undefined, "true", "65,771.2 + 131,457.5 = 197,228.7"],
  [
    "Two-way trade between the United States and South Korea was $100 billion in 2011",
    undefined,
    "true",
    "43,461.6 + 56,661.4 = 100,123.0 within ± 500",
  ],
  // currency equivalences
  ["$13.2 billion is 11.6 billion euros", "2017-07-13", "true", "13.2 / 1.1417 (ECB 13 July) = 11.562 within 11.6 ± 0.05"],
  [
    "$13.2 billion is 11.6 billion euros",
    "2017-07-12",
    "mostly-true",
    "13.2 / 1.1449 (ECB 12 July) = 11.529: 0.021 beyond ± 0.05",
  ],
  ["$27.6 billion is about 32 trillion won in 2016", undefined, "true", "27.6 × 1,159.34 = 32.0 trillion"],
  ["$27.6 billion is 40 trillion won in 2016", undefined, "mostly-false", "(8.0 − 0.5) / 32.0 = 23%"],
  // changes
  [
    "The US goods deficit with Korea doubled between 2011 and 2016",
    undefined,
    "true",
    "27,624.6 / 13,199.7 = 2.09, within ×1.8-2.3",
  ],
  ["The deficit with Korea tripled between 2011 and 2016", undefined, "mostly-false", "(2.7 − 2.09) / 3 = 20%"],
  ["The deficit with Korea quadrupled between 2011 and 2016", undefined, "false", "(3.6 − 2.09) / 4 = 38%"],
  ["The US trade deficit with South Korea more than doubled between 2011 and 2016", undefined, "true", "2.09 > 2"],
  [
    "Since 2012 the US deficit with Korea has nearly tripled",
    undefined,
    "half-true",
    "56,477.1 / 16,616.4 = 3.40: (3.40 − 3) / 3 = 13% over",
  ],
  ["The deficit with Korea more than tripled between 2012 and 2024", undefined, "true", "65,686.3 / 16,616.4 = 3.95"],
  [
    "The deficit with Korea was halved between 2016 and 2018",
    undefined,
    "half-true",
    "17,920.6 / 27,624.6 = 0.649: (0.649 − 0.575) / 0.5 = 15%",
  ],
  ["US exports to Korea fell by 3% between 2011 and 2016", undefined, "true", "−1,199.4 / 43,461.6 = −2.76%, within 3 ± 0.5"],
  ["US exports to Korea fell by 10% between 2011 and 2016", undefined, "false", "−2.76% against −10%"],
  ["The deficit with Korea fell by 17% in 2017", undefined, "true", "−4,564.3 / 27,624.6 = −16.52%, within 17 ± 0.5"],
  ["The deficit with Korea fell by 20% in 2017", undefined, "mostly-false", "(3.48 − 0.5) / 16.52 = 18%"],
  ["The deficit with Korea rose by 17% in 2017", undefined, "false", "it fell"],
  [
    "The deficit with Korea rose by $14.4 billion between 2011 and 2016",
    undefined,
    "true",
    "27,624.6 − 13,199.7 = 14,424.9 within ± 50",
  ],
  ["The US goods deficit with Korea went up in 2024", undefined, "true", "51,361.9 → 65,686.3"],
  ["The US goods deficit with Korea went down in 2024", undefined, "false", "51,361.9 → 65,686.3"],
  ["US goods exports to Korea rose in 2017", undefined, "true", "42,262.2 → 48,356.3"],
  [
    "Since KORUS went into effect, US goods exports to Korea have gone down",
    "2017-07-13",
    "true",
    "2011 → 2016: 43,461.6 → 42,262.2",
  ],
  [
    "Since KORUS went into effect, US goods exports to Korea have gone down",
    undefined,
    "false",
    "2011 → 2025: 43,461.6 → 69,068.8",
  ],
  ["Since KORUS took effect, the deficit with Korea has more than quadrupled", undefined, "true", "56,477.1 / 13,199.7 = 4.28"],
  [
    "The deficit with Korea rose from $13.2 billion in 2011 to $27.6 billion in 2016",
    undefined,
    "true",
    "both levels and the direction hold",
  ],
  [
    "The deficit with Korea rose from $13.2 billion to $30 billion between 2011 and 2016",
    undefined,
    "half-true",
    "2016 level: (2,375.4 − 500) / 27,624.6 = 6.8%",
  ],
  [
    "Since KORUS went into effect, our trade deficit in goods with Korea has doubled from $13.2 billion (11.6 billion euros) to $27.6 billion, while US goods exports have actually gone down",
    "2017-07-13",
    "true",
    "Lighthizer, 12 July 2017: every part holds for 2011 → 2016",
  ],
  // partners
  ["The US deficit with Japan was bigger than with Korea in 2016", undefined, "true", "68,753.4 > 27,624.6"],
  ["The US deficit with Korea was bigger than with Germany in 2016", undefined, "false", "27,624.6 < 64,523.8"],
  ["The US deficit with Canada was smaller than with Korea in 2016", undefined, "true", "10,985.3 < 27,624.6"],
  [
    "The US deficit with Mexico was bigger than with Korea in 2024",
    undefined,
    "true",
    "171,491.2 > 65,686.3 (Mexico from the 2026 country.xlsx copy)",
  ],
  // records
  ["The US goods deficit with Korea hit a record in 2024", undefined, "true", "65,686.3 is the highest of 1985-2024"],
  ["The deficit with Korea was a record in 2025", undefined, "false", "56,477.1 < 65,686.3 (2024)"],
  ["The deficit with Korea in 2018 was the lowest in a decade", undefined, "false", "2010: 10,054.5 < 17,920.6"],
  [
    "The deficit with Korea in 2010 was the smallest since 1999",
    undefined,
    "true",
    "10,054.5 < every year 2000-2009 (lowest 2009: 10,603.7)",
  ],
  [
    "The U.S. trade deficit with South Korea hit a record $66 billion in 2024",
    undefined,
    "true",
    "a record, and 65,686.3 within 66,000 ± 500",
  ],
  [
    "The U.S. trade deficit with South Korea hit a record $70 billion in 2024",
    undefined,
    "half-true",
    "a record, but (70,000 − 65,686.3 − 500) / 65,686.3 = 5.8%",
  ],
  // what was known when
  ["The US goods deficit with Korea was $23 billion in 2017", "2017-07-13", "unverifiable", "2017 published February 2018"],
  [
    "The US goods deficit with Korea was $23.1 billion in 2017",
    "2018-03-01",
    "true",
    "earliest bundled release (2020): 23,066.0",
  ],
  ["The deficit with Korea fell last year", "2019-03-01", "true", "latest full year 2018: 23,066.0 → 17,757.4 (2020 release)"],
  // the agreement's age
  ["KORUS went into effect five years ago", "2017-07-13", "true", "2012-03-15 → 2017-07-13 = 5.3 years"],
  ["KORUS went into effect ten years ago", "2017-07-13", "false", "5.3 years, not 10"],
  // outside the data
  ["Korea pledged $350 billion in US investment", undefined, "unverifiable", "investment is not bundled"],
  ["The KORUS deal cost 95,000 American jobs", undefined, "unverifiable", "jobs are not bundled"],
  ["China's exports to Japan rose in 2016", undefined, "unverifiable", "another country pair"],
  ["US car exports to Korea doubled", undefined, "unverifiable", "product detail is not bundled"],
  ["bananas are yellow", undefined, "unverifiable", "nothing korus reads"],
  [
    "The US goods deficit with France was $16.6 billion in 2012",
    undefined,
    "unverifiable",
    "France is not bundled: never read as Korea",
  ],
];

describe("korus check: claims with verdicts worked out from the data", () => {
  it.each(CLAIMS)("%s (as of %s) → %s", (claim, asOf, expected) => {
    const r = checkClaim(dataset, { claim, asOf, today: TODAY });
    expect(r.verdict).toBe(expected);
  });

  it("has at least 40 claims", () => {
    expect(CLAIMS.length).toBeGreaterThanOrEqual(40);
  });
});

describe("tolerance rules at their boundaries", () => {
  it.each([
    [0, "true"],
    [0.05, "mostly-true"],
    [0.0501, "half-true"],
    [0.15, "half-true"],
    [0.1501, "mostly-false"],
    [0.3, "mostly-false"],
    [0.3001, "false"],
  ] as const)("excess %d → %s", (excess, verdict) => expect(grade(excess)).toBe(verdict));

  it("measures the excess beyond the stated precision", () => {
    expect(levelExcess(13200, 50, "exact", 13249.9)).toBe(0);
    expect(levelExcess(13200, 50, "exact", 13260)).toBeCloseTo(10 / 13260, 12);
    expect(levelExcess(30000, 500, "about", 27624.6)).toBeCloseTo((2375.4 - 500 - 0.03 * 27624.6) / 27624.6, 12);
    expect(levelExcess(60000, 0, "more-than", 65686.3)).toBe(0);
    expect(levelExcess(30000, 500, "less-than", 27624.6)).toBe(0);
  });

  it("combines clauses: the weakest, but right and wrong parts together are half-true", () => {
    expect(combine(["true", "true"])).toBe("true");
    expect(combine(["true", "mostly-true"])).toBe("mostly-true");
    expect(combine(["true", "false"])).toBe("half-true");
    expect(combine(["mostly-false", "false"])).toBe("false");
    expect(combine(["unverifiable", "true"])).toBe("true");
    expect(combine(["unverifiable"])).toBe("unverifiable");
  });
});

describe("the claim as understood", () => {
  it("reads the Lighthizer sentence into five checks with the since-KORUS rule", () => {
    const r = readClaim(CLAIMS.find((c) => c[0].startsWith("Since KORUS went into effect, our"))![0], readContext(dataset));
    expect(r.checks.map((c) => c.type).sort()).toEqual(["direction", "fx", "level", "level", "ratio"]);
    expect(r.rules[0]).toMatch(/^"Since KORUS went into effect" = from 2011, the last full year before KORUS \(2012-03-15\)/);
  });

  it("gives evidence rows, arithmetic, caveats and sources", () => {
    const r = checkClaim(dataset, { claim: "The US goods deficit with Korea doubled between 2011 and 2016", today: TODAY });
    const clause = r.clauses[0]!;
    expect(clause.evidence.map((e) => [e.period, e.value])).toEqual([
      ["2011", 13199.7],
      ["2016", 27624.6],
    ]);
    expect(clause.arithmetic[0]).toMatchObject({ op: "ratio", a: 27624.6, b: 13199.7 });
    expect(clause.actual).toBeCloseTo(2.0928, 4);
    expect(r.caveats.join(" ")).toMatch(/Census basis/);
    expect(r.sources.map((s) => s.dataset)).toContain("goods_annual");
  });

  it("refuses an empty claim and bad --as-of dates as usage errors", () => {
    expect(() => checkClaim(dataset, { claim: "  ", today: TODAY })).toThrow(/^empty claim/);
    expect(() => checkClaim(dataset, { claim: "x", asOf: "2017-13-01", today: TODAY })).toThrow(
      /--as-of "2017-13-01" is not a date/,
    );
    expect(() => checkClaim(dataset, { claim: "x", asOf: "1985-06-01", today: TODAY })).toThrow(
      /before any bundled full year was published/,
    );
    expect(() => checkClaim(dataset, { claim: "x", asOf: "2027-01-01", today: TODAY })).toThrow(/is in the future/);
  });

  it("lists what it can read when it cannot read a claim", () => {
    const r = checkClaim(dataset, { claim: "bananas are yellow", today: TODAY });
    expect(r.canRead?.length).toBeGreaterThan(3);
    expect(r.reason).toMatch(/could not find a trade figure/);
  });
});
