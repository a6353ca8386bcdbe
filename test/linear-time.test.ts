// Linear time (issue 13): the sentence splitter and the claim reader on long, hostile input. The bounds are generous
// (a second); the slow paths they guard against took 2-19 s (a 40 KB claim 2.3 s, 100 KB of "A. A. …" 6 s).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findMentions } from "../src/core/check/mentions";
import { sentenceEnds } from "../src/core/check/sentences";
import { splitSentences } from "../src/core/check/text";
import { readDecimal } from "../src/core/number";
import { korus } from "./helpers/run";

const KB100 = 100_000;
const timed = <T>(f: () => T): { value: T; ms: number } => {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
};

describe("sentence ends", () => {
  it.each([
    ["A. ", 0],
    ["U.S. ", 0],
    ["Mr. ", 0],
    ["It fell. ", KB100 / 9 - 1],
    ["x", 0],
    [". ", 0],
  ])("100 KB of %j: %i ends, under a second", (unit, ends) => {
    const text = unit.repeat(Math.floor(KB100 / unit.length));
    const { value, ms } = timed(() => sentenceEnds(text));
    expect(value.length).toBe(Math.floor(ends));
    expect(ms).toBeLessThan(1000);
  });
});

describe("the claim reader", () => {
  // beyond the claim limit on purpose: the reader itself is linear, the limit is a usage rule
  it.each([
    "x",
    "1 ",
    "1,",
    "1.",
    ",",
    "٢",
    "1% ",
    "2011 ",
    "2011-",
    "a-",
    "us ",
    "korea ",
    "deficit ",
    "nine point ",
    "$1 ",
    "q1 ",
    "more than ",
    "the deficit with korea grew 10% between 2011 and 2016 ",
  ])("40 KB of %j is read in under a second", (unit) => {
    const text = unit.repeat(Math.ceil(40_000 / unit.length));
    findMentions(unit.repeat(50)); // the rules it needs, compiled
    const { ms } = timed(() => findMentions(text));
    expect(ms).toBeLessThan(1000);
  });
});

describe("numbers and messages", () => {
  it.each([
    ["1000…0001", `1${"0".repeat(KB100)}1`, "too-many-digits"],
    ["commas", ",".repeat(KB100), "syntax"],
    ["zeros", "0".repeat(KB100), 0],
  ])("the number reader reads or refuses 100 KB of %s in under a second", (_, text, expected) => {
    const { value, ms } = timed(() => readDecimal(text));
    expect(value.ok ? value.reading.value : value.problem).toBe(expected);
    expect(ms).toBeLessThan(1000);
  });

  it.each([
    ["an unknown option with 100 KB of spaces", ["deficit", `--x${" ".repeat(KB100)}y`]],
    ["an unknown command with 100 KB of spaces", [`defict${" ".repeat(KB100)}y`]],
    ["an amount of 100 KB of zeros", ["convert", `1${"0".repeat(KB100)}1`, "--to", "EUR"]],
  ])("%s: one usage error line, in under a second", async (_, args) => {
    const t = performance.now();
    const r = await korus(args as string[]);
    expect(performance.now() - t).toBeLessThan(1000);
    expect([r.code, r.stdout, r.stderr.trimEnd().split("\n").length]).toEqual([2, "", 1]);
  });
});

describe("check --file", () => {
  it("splits a 100 KB text into sentences first and checks each, in well under a second", async () => {
    const dir = mkdtempSync(join(tmpdir(), "korus-linear-"));
    try {
      const sentence = `The deficit with Korea ${"grew".repeat(400)} 10% between 2011 and 2016. `;
      const text = sentence.repeat(Math.ceil(KB100 / sentence.length));
      const file = join(dir, "long-words.txt");
      writeFileSync(file, text);
      expect(splitSentences(text)).toHaveLength(Math.ceil(KB100 / sentence.length));
      await korus(["check", "--file", file]); // loading the check parts is start-up, not reading
      const { value: r, ms } = await (async () => {
        const t = performance.now();
        const value = await korus(["check", "--file", file, "--json"]);
        return { value, ms: performance.now() - t };
      })();
      expect(r.code).toBe(0);
      expect(r.stdout.trim().split("\n")).toHaveLength(Math.ceil(KB100 / sentence.length));
      expect(ms).toBeLessThan(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a sentence over the claim limit is not read, and the output names it", async () => {
    const text = `The deficit with Korea was $27.6 billion in 2016. The deficit ${"y".repeat(2100)} grew 10% in 2016. It was a hot summer.`;
    const r = await korus(["--width", "200", "check", "-"], {}, { stdin: text, today: "2026-06-30" });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(
      "stdin: 3 sentences, 1 checked as of 2026-06-30 (1 without a trade figure to check; sentence 2 over 2,000 characters, not read)",
    );
    const json = JSON.parse((await korus(["check", "-", "--format", "json"], {}, { stdin: text })).stdout);
    expect(json).toMatchObject({ sentences: 3, skipped: 2, tooLong: [2] });
  });

  it("a single claim over the limit is a usage error, fast, pointing at --file", async () => {
    const { value: r, ms } = timed(() => korus(["check", `The deficit ${"y".repeat(KB100)} grew 10% in 2016`]));
    const done = await r;
    expect([done.code, done.stdout]).toEqual([2, ""]);
    expect(done.stderr).toMatch(/one claim is at most 2000: check a whole text with korus check --file/);
    expect(ms).toBeLessThan(1000);
  });
});
