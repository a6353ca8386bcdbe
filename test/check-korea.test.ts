// check on Korea's basis (issue 11): a claim said from Seoul's side is checked on both capitals' figures; Korea's
// trade with its other partners is checked on Korea's own statistics, where they are bundled.
import { describe, expect, it } from "vitest";
import { checkClaim } from "../src/core/check/evaluate";
import dataset from "../src/data/dev-dataset";
import { korus } from "./helpers/run";

const check = (claim: string, asOf = "2026-11-29") => checkClaim(dataset, { claim, asOf, today: "2026-11-29" });

describe("a claim said from Seoul's side", () => {
  it("is TRUE on Korea's own figures and shows the US figure beside", () => {
    const r = check("Korea's trade surplus with the US was $23.2 billion in 2016", "2017-07-13");
    expect(r.verdict).toBe("true");
    const [cl] = r.clauses;
    expect(cl).toMatchObject({
      basis: "korea",
      actual: 23246.4,
      otherBasis: { basis: "us", verdict: "mostly-false", actual: 27624.6 },
    });
    expect(cl!.evidence.map((e) => [e.basis, e.value])).toEqual([
      ["korea", 23246.4],
      ["us", 27624.6],
    ]);
    expect(cl!.reason).toMatch(/TRUE on Korea's own figures .* on US Census figures it is MOSTLY-FALSE/);
    expect(r.sources.map((s) => s.dataset)).toContain("korea_goods_annual");
  });

  it("follows the US figure when it matches better", () => {
    const r = check("Korea's surplus with the US was $27.6 billion in 2016");
    expect(r.clauses[0]).toMatchObject({ basis: "us", verdict: "true", otherBasis: { basis: "korea" } });
  });

  it("reads Korea's exports and imports as the same flows seen from Seoul", () => {
    expect(check("Korea's exports to the US were $66.5 billion in 2016").clauses[0]).toMatchObject({
      basis: "korea",
      actual: 66462.3,
    });
    expect(check("Korea's imports from the US fell 3% between 2011 and 2016").clauses[0]!.basis).toBe("korea");
  });

  it("is unverifiable, not false, where Korea's figure is missing and the US one does not match", () => {
    const r = check("Korea's surplus with the US was $60 billion in 2025");
    expect(r.verdict).toBe("unverifiable");
    expect(r.reason).toMatch(/2025: not found/);
  });
});

describe("a claim said from Washington's side", () => {
  it("stays on US figures and names Korea's where it would change the verdict", () => {
    const r = check("The US trade deficit with Korea was $23.2 billion in 2016");
    expect(r.verdict).toBe("mostly-false");
    expect(r.clauses[0]).toMatchObject({ basis: "us", otherBasis: { basis: "korea", verdict: "true" } });
    expect(r.reason).toMatch(/on Korea's own figures \(Korea Customs Service\) it is TRUE \(23246\.4/);
  });

  it("does not mention Korea's figures when they would not change it", () => {
    const r = check("The US trade deficit with Korea was $27.6 billion in 2016");
    expect(r.verdict).toBe("true");
    expect(r.clauses[0]!.evidence.every((e) => e.basis === "us")).toBe(true);
    expect(r.sources.map((s) => s.dataset)).not.toContain("korea_goods_annual");
  });
});

describe("Korea's trade with its other partners", () => {
  it.each([
    ["Korea's surplus with China was $37.5 billion in 2016", "true", 37452.8],
    ["Korea's exports to Japan were $24.4 billion in 2016", "true", 24355],
    ["South Korea's imports from Germany rose 11.5% between 2011 and 2016", "true", null],
    ["Korea's imports from Vietnam rose 145.8% between 2011 and 2016", "true", null],
    ["Korea's imports from Saudi Arabia fell 57% between 2011 and 2016", "true", null],
    ["Korea's imports from China fell in 2015", "half-true", null],
  ])("%s → %s on Korea's statistics", (claim, verdict, actual) => {
    const r = check(claim);
    expect(r.verdict).toBe(verdict);
    expect(r.clauses[0]!.basis).toBe("korea");
    expect(r.clauses[0]!.evidence.every((e) => e.basis === "korea" && e.sourceId?.startsWith("kosis_"))).toBe(true);
    if (actual !== null) expect(r.clauses[0]!.actual).toBe(actual);
    expect(r.sources.map((s) => s.dataset)).toEqual(["korea_partners_annual"]);
  });

  it.each([
    ["Korea's surplus with Mexico was $5 billion in 2016", /bundled for China, Japan/],
    ["Korea's exports to China and the US fell in 2016", /more than one partner/],
    ["Korea's imports from Qatar and Kuwait fell by half between 2011 and 2016", /more than one partner/],
    ["Korea's imports from Chile rose 10% in 2016", /knows no country by that name/],
    ["Korea's imports from China were $87 billion in 2024", /2024: not found/],
  ])("%s → unverifiable, saying why", (claim, why) => {
    const r = check(claim);
    expect(r.verdict).toBe("unverifiable");
    expect(r.reason).toMatch(why);
  });

  it("names the figure from Korea's side in the text view", async () => {
    const r = await korus(["check", "Korea's imports from Japan fell 30% between 2011 and 2016", "--width", "200"]);
    expect(r.stdout).toMatch(/South Korea's goods imports from Japan \(South Korea-reported\), 2011 → 2016: down by 30%/);
    expect(r.stdout).toMatch(
      /Japan 2011, South Korea's goods imports from Japan \(South Korea-reported\): 68,320\.2 \$ millions|│ Japan\s+│\s+2011 │ South Korea's goods imports from Japan/,
    );
  });
});
