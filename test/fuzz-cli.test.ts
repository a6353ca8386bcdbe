import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMAND_NAMES } from "./helpers/commands";
import { korus } from "./helpers/run";

const COMMANDS = [...COMMAND_NAMES, "defict", ""];
const OPTIONS = [
  "--from",
  "--to",
  "--all",
  "--monthly",
  "--units",
  "--currency",
  "--json",
  "--csv",
  "--no-chart",
  "--height",
  "--width",
  "--to",
  "--date",
  "--source",
  "--as-of",
  "--format",
  "--exit-status",
  "--article",
  "--year",
  "--change",
  "--real",
  "--cite",
  "--events",
  "--flow",
  "--partner",
  "--no-color",
  "--help",
  "-V",
  "--bogus",
  "-x",
];
const VALUES = [
  "2016",
  "2011",
  "1900",
  "2031",
  "2017-13",
  "2017-07-13",
  "2017-02-30",
  "abc",
  "",
  " ",
  "-1",
  "0",
  "1e400",
  "13.2B",
  "-27.6B",
  "₩31.4tn",
  "EUR",
  "KRW",
  "xyz",
  "millions",
  "trillions",
  "ecb",
  "fed",
  "pct",
  "cagr",
  "json",
  "claimreview",
  "xml",
  "exports",
  "china",
  "balance",
  "total",
  "bash",
  "fish",
  "The deficit doubled between 2011 and 2016",
  "🦀",
  "한국",
  "x".repeat(5000),
  "--",
  "NaN",
  "Infinity",
  "undefined",
  // claims: escapes and bidi overrides, odd notations, lengths at and over the limit
  "The deficit \u001b]0;title\u0007 grew \u001b[2J 2,109% between 2011 and 2016",
  "\u202eThe deficit with Korea was $27.6 billion in 2016\r",
  "the deficit with korea was ＄６５．７ billion in ２０２４",
  "in FY2016 the deficit was 1e308% of 12016",
  "Since KORUS went into effect, our trade deficit in goods with Korea has doubled from $13.2 billion (11.6 billion euros) to $27.6 billion",
  `the deficit ${"y ".repeat(995)}`,
  `the deficit ${"y ".repeat(1000)}`,
  "-",
];

const argList = fc
  .tuple(
    fc.constantFrom(...COMMANDS),
    fc.array(
      fc.oneof(
        fc.constantFrom(...OPTIONS),
        fc.constantFrom(...VALUES),
        fc.string({ maxLength: 12 }),
        fc.string({ unit: "grapheme", maxLength: 8 }),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([cmd, rest]) => (cmd ? [cmd, ...rest] : rest).filter((a) => !a.includes("\0")));

/** A result that breaks the contract: an undocumented exit code, output after an error, a stack trace, NaN. */
function problem(args: string[], r: { code: number; stdout: string; stderr: string }): boolean {
  // computed NaN/Infinity/undefined; the user's own words echoed back (a claim, a query) do not count
  const own = args.reduce((out, a) => (a.length > 2 ? out.split(a).join("") : out), r.stdout);
  return (
    ![0, 2, 3, 4].includes(r.code) ||
    (r.code !== 0 && r.stdout !== "") ||
    /\n\s+at .+:\d+:\d+/.test(r.stderr) ||
    /internal error/.test(r.stderr) ||
    /\bNaN\b|\bInfinity\b|\bundefined\b/.test(own) ||
    // the user's text is echoed with control characters made visible, never raw
    // biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are what is looked for
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(r.stdout) ||
    (r.code !== 0 && r.stderr.trimEnd().split("\n").length !== 1)
  );
}

describe("CLI fuzz (in-process, through main(argv, io))", () => {
  it("any argument list: a documented exit code, nothing on stdout after an error, no stack trace, no NaN", async () => {
    const seed = Number(process.env.KORUS_FUZZ_SEED ?? 20261128);
    const runs = Number(process.env.KORUS_FUZZ_RUNS ?? 2000);
    const lists = fc.sample(argList, { numRuns: runs, seed });
    const problems: { args: string[]; code: number; stderr: string; stdout: string }[] = [];
    for (const args of lists) {
      const r = await korus(args, { NO_COLOR: "1" });
      if (problem(args, r)) {
        problems.push({
          args: args.map((a) => a.slice(0, 40)),
          code: r.code,
          stderr: r.stderr.slice(0, 300),
          stdout: r.stdout.slice(0, 200),
        });
      }
    }
    expect(problems, `seed ${seed}`).toEqual([]);
    expect(lists.length).toBe(runs);
  }, 120_000);
});
