import { describe, expect, it } from "vitest";
import { checkArticle } from "../src/core/check/article";
import { findFacts } from "../src/core/facts";
import dataset from "../src/data/dev-dataset";
import { shellQuote } from "../src/render/facts";
import { expectUsageError, korus } from "./helpers/run";
import { SEED_ARTICLE } from "./helpers/seed";

const article = (SEED_ARTICLE ?? "").replace(/[\u00a0\s]+/g, " ");

describe("article facts", () => {
  it.runIf(SEED_ARTICLE !== null)("quotes the article exactly (whitespace folded)", () => {
    for (const f of dataset.article.facts) expect(article, f.id).toContain(f.quote.replace(/\s+/g, " "));
  });

  it("covers the article's figures, speakers and the source", () => {
    const ids = dataset.article.facts.map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "deficit-2011",
        "deficit-2016",
        "deficit-doubled",
        "deficit-2011-in-euros",
        "exports-went-down",
        "korus-five-years",
        "yeo-not-agreed",
        "trump-rough-deal",
      ]),
    );
    expect(dataset.article.article).toMatchObject({ date: "2017-07-13", url: "https://p.dw.com/p/2gR8y" });
    expect([...new Set(dataset.article.facts.map((f) => f.speaker))]).toEqual(
      expect.arrayContaining(["Robert Lighthizer", "Yeo Han-koo", "Donald Trump"]),
    );
    expect(dataset.article.facts.find((f) => f.id === "us-notified-korea")!.refersTo).toBe("2017-07-12");
  });

  it("searches statement and quote, and shows one by id", () => {
    expect(findFacts(dataset, ["Yeo"]).facts.map((f) => f.id)).toEqual(["yeo-not-agreed", "yeo-deal-benefits-both"]);
    expect(findFacts(dataset, ["doubled", "13.2"]).facts.map((f) => f.id)).toEqual(["lighthizer-statement", "deficit-2011"]);
    expect(findFacts(dataset, ["deficit-2016"]).facts).toHaveLength(1);
    expect(findFacts(dataset, ["zzz"]).facts).toHaveLength(0);
  });

  it("rates every numeric fact of the article true as of its date", () => {
    const r = checkArticle(dataset, "2026-11-28");
    expect(r.asOf).toBe("2017-07-13");
    expect(r.results.length).toBe(dataset.article.facts.filter((f) => f.claim).length);
    for (const x of r.results) expect(x.report.verdict, x.fact.id).toBe("true");
  });
});

describe("korus facts and korus check (built binary)", () => {
  it("lists, searches and shows facts", async () => {
    const all = await korus(["facts"]);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain("lighthizer-statement");
    // wide enough for the suggested command on one line (views wrap at the width since issue 12)
    const one = await korus(["facts", "deficit-2016", "--width", "120"]);
    expect(one.stdout).toContain('quote:      "to $27.6 billion"');
    // single quotes: in double quotes the shell would eat "$27"
    expect(one.stdout).toContain("korus check 'The US goods deficit with Korea was $27.6 billion in 2016' --as-of 2017-07-13");
    expect(shellQuote("Korea's surplus")).toBe("'Korea'\\''s surplus'");
    expect(JSON.parse((await korus(["facts", "Yeo", "--json"])).stdout).facts).toHaveLength(2);
    const none = await korus(["facts", "zzz"]);
    expect([none.code, none.stdout]).toEqual([0, ""]);
    expect(none.stderr).toMatch(/no fact matches "zzz"/);
  });

  it("check --article rates the Lighthizer figures true and explains each", async () => {
    const r = await korus(["check", "--article"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ TRUE\s+│ lighthizer-statement/);
    expect(r.stdout).toContain("27,624.6 / 13,199.7 = 2.09×");
    expect(r.stdout).not.toMatch(/│ (FALSE|HALF-TRUE|MOSTLY|UNVERIFIABLE)/);
    const o = JSON.parse((await korus(["check", "--article", "--json"])).stdout);
    expect(o.results.every((x: { report: { verdict: string } }) => x.report.verdict === "true")).toBe(true);
    expect((await korus(["check", "--article", "--exit-status"])).code).toBe(0);
  });

  it("prints the verdict first, then interpretation, evidence, arithmetic, caveats and source", async () => {
    const r = await korus([
      "check",
      "Since KORUS went into effect, the US goods deficit with Korea has doubled",
      "--as-of",
      "2017-07-13",
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("TRUE  Since KORUS went into effect, the US goods deficit with Korea has doubled");
    for (const part of ["Understood as:", "Evidence:", "Arithmetic:", "Rules and defaults applied:", "Caveats:", "Sources:"])
      expect(r.stdout).toContain(part);
    expect(r.stdout).toContain("US goods deficit with South Korea, 2011 → 2016: doubled (×2)");
  });

  it("--json and --format claimreview", async () => {
    const o = JSON.parse((await korus(["check", "The deficit with Korea fell by 20% in 2017", "--json"])).stdout);
    expect(o).toMatchObject({ schemaVersion: 2, command: "check", verdict: "mostly-false" });
    // judged on US figures (−16.5%); Korea's own figures (surplus −23.2%) give a better verdict, so they are shown beside
    expect(o.clauses[0].evidence.map((e: { basis: string }) => e.basis)).toEqual(["us", "us", "korea", "korea"]);
    expect(o.clauses[0]).toMatchObject({ basis: "us", otherBasis: { basis: "korea", verdict: "half-true" } });
    expect(o.reason).toMatch(/on Korea's own figures \(Korea Customs Service\) it is HALF-TRUE/);
    const cr = JSON.parse(
      (await korus(["check", "The deficit with Korea fell by 20% in 2017", "--format", "claimreview"])).stdout,
    );
    expect(cr).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: "The deficit with Korea fell by 20% in 2017",
      reviewRating: { "@type": "Rating", ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Mostly false" },
      itemReviewed: { "@type": "Claim" },
    });
  });

  it.each([
    [["The US goods deficit with Korea doubled between 2011 and 2016"], 0],
    [["The deficit with Korea fell by 20% in 2017"], 3],
    [["The US goods deficit with Korea went down in 2024"], 3],
    [["Korea pledged $350 billion in US investment"], 4],
  ])("--exit-status maps %j to %d (0 without the flag)", async (args, code) => {
    expect((await korus(["check", ...args, "--exit-status"])).code).toBe(code);
    expect((await korus(["check", ...args])).code).toBe(0);
  });

  it.each([
    [["check", ""], /^korus: empty claim/],
    [["check"], /^korus: empty claim/],
    [["check", "The deficit doubled", "--as-of", "2017-13-01"], /^korus: --as-of "2017-13-01" is not a date/],
    [
      ["check", "The deficit doubled", "--as-of", "1985-01-01"],
      /^korus: --as-of 1985-01-01 is before any bundled full year was published/,
    ],
    [["check", "The deficit doubled", "--as-of", "2099-01-01"], /^korus: --as-of 2099-01-01 is in the future/],
    [
      ["check", "The deficit doubled", "--format", "xml"],
      /^korus: option '--format <format>' argument 'xml' is invalid\. Allowed choices are text, markdown, json, jsonl, claimreview\. \(see korus check --help\)\n$/,
    ],
  ])("bad input %j: one line, exit 2", async (args, message) => {
    await expectUsageError(args, message);
  });
});
