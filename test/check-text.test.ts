// Whole texts: sentences, the check-worthy ones, one table, JSON Lines, the worst verdict.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkText, checkWorthy, splitSentences } from "../src/core/check/text";
import dataset from "../src/data/dev-dataset";
import * as schemas from "./helpers/json-schemas";
import { korus } from "./helpers/run";
import { SEED_ARTICLE } from "./helpers/seed";

const tmp = mkdtempSync(join(tmpdir(), "korus-text-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const article = SEED_ARTICLE ?? "";
const TEXT = `The U.S. trade deficit with South Korea was $27.6 billion in 2016. Mr. Trump said the deal was "horrible."
Since KORUS went into effect, U.S. goods exports to Korea have gone down.

The deficit tripled between 2011 and 2016! Seoul disagrees.`;

describe("sentences", () => {
  it("ends a sentence at . ! ? before a capital, never inside U.S., Mr. or 13.2", () => {
    expect(splitSentences(TEXT)).toEqual([
      "The U.S. trade deficit with South Korea was $27.6 billion in 2016.",
      'Mr. Trump said the deal was "horrible."',
      "Since KORUS went into effect, U.S. goods exports to Korea have gone down.",
      "The deficit tripled between 2011 and 2016!",
      "Seoul disagrees.",
    ]);
  });

  it("picks the check-worthy ones: a trade figure with an amount, a change, a comparison or a record", () => {
    expect(splitSentences(TEXT).map(checkWorthy)).toEqual([true, false, true, true, false]);
    expect(checkWorthy("KORUS went into effect five years ago")).toBe(true);
  });
});

describe("checkText", () => {
  it("checks each check-worthy sentence at the same --as-of", () => {
    const r = checkText(dataset, { text: TEXT, source: "t.txt", asOf: "2017-07-13", today: "2026-11-29" });
    expect(r).toMatchObject({ source: "t.txt", asOf: "2017-07-13", sentences: 5, skipped: 2 });
    expect(r.results.map((x) => [x.index, x.report.verdict])).toEqual([
      [1, "true"],
      [3, "true"],
      [4, "mostly-false"],
    ]);
  });

  it.runIf(SEED_ARTICLE !== null)(
    "reads the seed article: Lighthizer's sentence and the agreement's age true as of its date, nothing misread",
    () => {
      const r = checkText(dataset, { text: article, source: "dw", asOf: "2017-07-13", today: "2026-11-29" });
      const verdicts = r.results.map((x) => x.report.verdict);
      expect(verdicts.filter((v) => v !== "true" && v !== "unverifiable")).toEqual([]);
      const lighthizer = r.results.find((x) => x.report.claim.includes("Lighthizer said in a statement"))!;
      expect(lighthizer.report.verdict).toBe("true");
      expect(r.results.filter((x) => x.report.verdict === "true").length).toBeGreaterThanOrEqual(3);
    },
  );
});

describe("korus check --file and check -", () => {
  const file = join(tmp, "speech.txt");
  writeFileSync(file, TEXT);

  it("prints one table, then each sentence's details", async () => {
    const r = await korus(["check", "--file", file, "--as-of", "2017-07-13", "--width", "200"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/speech\.txt: 5 sentences, 3 checked as of 2017-07-13 \(2 without a trade figure to check\)/);
    expect(r.stdout).toMatch(/│ 4 │ MOSTLY-FALSE │ The deficit tripled/);
    expect(r.stdout).toContain("#3\nTRUE  Since KORUS went into effect");
  });

  it.each([60, 80])("fits %d columns: one claim, a text, the article, the help topics", async (width) => {
    const runs = [
      ["check", "The deficit with Korea doubled between 2011 and 2016", "--as-of", "2017-07-13"],
      ["check", "foo bar"],
      ["check", "--file", file, "--as-of", "2017-07-13"],
      ["check", "--article"],
      ["help", "claims"],
      ["help", "verdicts"],
      ["help", "formats"],
    ];
    for (const argv of runs) {
      const out = (await korus([...argv, "--width", String(width)])).stdout;
      const over = out.split("\n").filter((l) => [...l].length > width);
      expect(over, argv.join(" ")).toEqual([]);
    }
  });

  it("reads stdin with -, prints JSON Lines with --json and one object with --format json", async () => {
    const lines = (await korus(["check", "-", "--json", "--as-of", "2017-07-13"], {}, { stdin: TEXT })).stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(schemas.checkLine.safeParse(JSON.parse(l)).success).toBe(true);
    expect(JSON.parse(lines[2]!)).toMatchObject({ index: 4, verdict: "mostly-false" });
    const one = JSON.parse((await korus(["check", "--file", "-", "--format", "json"], {}, { stdin: TEXT })).stdout);
    const parsed = schemas.checkText.safeParse(one);
    expect(parsed.success ? "valid" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe("valid");
  });

  it("--format jsonl prints one line for one claim, and one line a fact for the article", async () => {
    const one = (await korus(["check", "The deficit with Korea was $27.6 billion in 2016", "--format", "jsonl"])).stdout;
    expect(one.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(one)).toMatchObject({ verdict: "true" });
    const article = (await korus(["check", "--article", "--format", "jsonl"])).stdout.trimEnd().split("\n");
    expect(article.length).toBeGreaterThan(1);
    for (const l of article) expect(JSON.parse(l)).toHaveProperty("report.verdict");
  });

  it("--exit-status gives the worst verdict of the text", async () => {
    expect((await korus(["check", "--file", file, "--as-of", "2017-07-13", "--exit-status"])).code).toBe(3);
    const good = join(tmp, "good.txt");
    writeFileSync(good, "The US goods deficit with Korea was $27.6 billion in 2016.");
    expect((await korus(["check", "--file", good, "--exit-status"])).code).toBe(0);
  });

  it("refuses a missing file, a claim beside --file, and a claim over 2,000 characters, in one line each", async () => {
    const missing = await korus(["check", "--file", join(tmp, "nope.txt")]);
    expect([missing.code, missing.stdout]).toEqual([2, ""]);
    expect(missing.stderr).toMatch(/^korus: --file ".*nope\.txt": no such file; give a text file, or - for stdin\n$/);
    expect((await korus(["check", "x", "--file", file])).stderr).toBe("korus: give a claim or --file, not both\n");
    const long = await korus(["check", `the deficit ${"x ".repeat(1500)}`]);
    expect([long.code, long.stdout]).toEqual([2, ""]);
    expect(long.stderr).toMatch(
      /^korus: the claim is \d+ characters long; one claim is at most 2000: check a whole text with korus check --file/,
    );
  });
});
