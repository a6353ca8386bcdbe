// Hostile input (issue 13): argument lists with control characters, bidi overrides, 100 KB claims and texts, and odd
// number notations, run in-process through main(argv, io). Every run: a documented exit code, no stack trace, no raw
// control character echoed (stdout or stderr), no computed NaN/Infinity/undefined, and under a second (generous:
// the slow paths this guards against took 2-19 s).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMAND_NAMES } from "./helpers/commands";
import { korus } from "./helpers/run";

const COMMANDS = [...COMMAND_NAMES];
const OPTIONS = [
  "--from",
  "--to",
  "--units",
  "--currency",
  "--json",
  "--csv",
  "--height",
  "--width",
  "--date",
  "--source",
  "--as-of",
  "--format",
  "--exit-status",
  "--year",
  "--change",
  "--real",
  "--file",
  "--monthly",
  "--all",
  "--flow",
  "--partner",
];
/** Control characters, C1 controls, bidi overrides and isolates, line separators, and a few sequences of them. */
const HOSTILE_CHARS = [
  "\u001b",
  "\u0007",
  "\r",
  "\b",
  "\t",
  "\u0000",
  "\u007f",
  "\u0085",
  "\u009b",
  "\u202e",
  "\u202d",
  "\u2066",
  "\u2069",
  "\u200f",
  "\u061c",
  "\u2028",
  "\u001b]0;title\u0007",
  "\u001b[2J",
  "\u001b[2K\r",
  "\u009b31m",
];
/** Numbers as people (and attackers) write them. */
const NOTATIONS = [
  "2,109%",
  "1,000%",
  "1e308%",
  "$27.6e3 million",
  "$2.76e10",
  "$27,6 billion",
  "$1.2.3 billion",
  "$0x1F billion",
  "$1e-400",
  "$123,456,789,012,345,678,901,234,567,890",
  "٢٠١٦",
  "२०१६",
  "２０１６",
  "$２７.６ billion",
  "FY2016",
  "12016",
  "-0",
  "+5%",
  "−27.6B",
  "∞%",
  "½",
  "1_000",
  "1 000",
  "1'000",
  "1.000,5",
  "NaN%",
  "Infinity",
  "1e15",
  "1e16",
  "$1e15",
  "99999999999999999999%",
  "20١6",
  "1e1e1",
  "'16",
  "Q5 2016",
  "2016-13",
];
const VERBS = ["was", "grew", "fell", "doubled", "rose by", "is"];
const PERIODS = ["in 2016", "between 2011 and 2016", "since KORUS", "in 2024", ""];

const hostile = fc.constantFrom(...HOSTILE_CHARS);
const notation = fc.constantFrom(...NOTATIONS);
/** A claim about the deficit with odd numbers and hostile characters put anywhere in it. */
const claim = fc
  .tuple(
    fc.constantFrom("The deficit with Korea", "US exports to Korea", "The trade deficit", "Imports"),
    fc.constantFrom(...VERBS),
    notation,
    fc.constantFrom(...PERIODS),
    fc.array(fc.tuple(fc.nat(), hostile), { maxLength: 3 }),
  )
  .map(([subject, verb, n, period, inserts]) => {
    let text = `${subject} ${verb} ${n} ${period}`.trim();
    for (const [at, ch] of inserts) {
      const k = at % (text.length + 1);
      text = text.slice(0, k) + ch + text.slice(k);
    }
    return text;
  });

const KB100 = 100_000;
/** 100 KB claims (over the claim limit: a usage error, fast) and 100 KB texts (stdin, split into sentences). */
const BIG_CLAIMS = [
  `The deficit ${"x".repeat(KB100)} grew 10% in 2016`,
  "The deficit grew 10% in 2016 ".repeat(KB100 / 29),
  `${"1,".repeat(KB100 / 2)}%`,
];
/** 100 KB arguments anywhere else: as a command, an option, an option's value, an amount. */
const BIG_ARGS = [
  `--x${" ".repeat(KB100)}y`,
  `1${"0".repeat(KB100)}1`,
  ",".repeat(KB100),
  "a-".repeat(KB100 / 2),
  `defict${"\u001b[2J".repeat(KB100 / 4)}`,
  `${" \n".repeat(KB100 / 2)}x`,
];
const BIG_TEXTS = [
  `The deficit with Korea ${"y".repeat(KB100)} grew 10% between 2011 and 2016.`,
  "A. ".repeat(KB100 / 3),
  "U.S. ".repeat(KB100 / 5),
  `${"The deficit with Korea grew ".concat("z".repeat(1900), " 10% in 2016. ").repeat(50)}`,
  `${"1 ".repeat(900)}deficit grew 10% in 2016. `.repeat(50),
  `\u001b[2J\u202e${"The deficit with Korea was $27.6 billion in 2016\r. ".repeat(40)}`,
  "",
];

const SMALL_TEXT = "The deficit with Korea grew\u001b[2J 2,109% between 2011 and 2016.\u202e Exports fell 1e308% in ٢٠١٦.";

const argument = fc.oneof(
  { weight: 4, arbitrary: claim },
  { weight: 2, arbitrary: fc.constantFrom(...OPTIONS) },
  { weight: 2, arbitrary: notation },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(...OPTIONS, "--bogus", "defict", "EUR", "2016"), hostile).map(([a, h]) => a + h),
  },
  { weight: 1, arbitrary: fc.string({ unit: hostile, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom("-", "--", "EUR", "KRW", "2016", "2011-2016", "billions", "json", "text") },
);

const run = fc
  .tuple(
    fc.constantFrom(...COMMANDS),
    fc.array(argument, { maxLength: 5 }),
    fc.nat({ max: BIG_TEXTS.length - 1 }),
    fc.nat({ max: 120 }),
  )
  .map(([cmd, rest, text, big]) => {
    // now and then a 100 KB claim, or a whole text read from stdin
    const huge = BIG_ARGS[text % BIG_ARGS.length]!;
    const args =
      big === 0
        ? ["check", BIG_CLAIMS[text % BIG_CLAIMS.length]!]
        : big === 1
          ? ["check", "-"]
          : big === 2
            ? [cmd, ...rest.slice(0, 1), huge]
            : big === 3
              ? [huge, ...rest.slice(0, 1)]
              : big === 4
                ? ["convert", huge, "--to", "EUR"]
                : [cmd, ...rest];
    const stdin = big === 1 ? BIG_TEXTS[text]! : SMALL_TEXT;
    return { args: args.filter((a) => !a.includes("\0")), stdin };
  });

// biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are what is looked for
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function problems(args: string[], r: { code: number; stdout: string; stderr: string }, ms: number): string[] {
  // a computed NaN/Infinity/undefined: one the user typed (and korus echoes, whole or in part) does not count
  const computed = ["NaN", "Infinity", "undefined"].filter((w) => !args.some((a) => a.includes(w)));
  const shows = (out: string) => computed.some((w) => new RegExp(`\\b${w}\\b`).test(out));
  const found: string[] = [];
  if (![0, 1, 2, 3, 4].includes(r.code)) found.push(`exit ${r.code}`);
  if (r.code === 1) found.push("exit 1 (runtime error) on input alone");
  if (/\n\s+at .+:\d+:\d+/.test(r.stderr) || /internal error/.test(r.stderr)) found.push("stack trace or internal error");
  if (RAW.test(r.stdout)) found.push("raw control character on stdout");
  if (RAW.test(r.stderr)) found.push("raw control character on stderr");
  if (shows(r.stdout)) found.push("NaN/Infinity/undefined on stdout");
  if (shows(r.stderr)) found.push("NaN/Infinity/undefined on stderr");
  if (r.code !== 0 && r.code !== 3 && r.code !== 4 && r.stdout !== "") found.push("stdout after an error");
  if (r.code === 2 && r.stderr.trimEnd().split("\n").length !== 1) found.push("usage error not on one line");
  if (ms > 1000) found.push(`took ${Math.round(ms)} ms`);
  return found;
}

describe("hostile-input fuzz (in-process, through main(argv, io))", () => {
  it("≥ 2,000 hostile argument lists: no stack, no raw control character, no NaN, each under a second", async () => {
    const seed = Number(process.env.KORUS_FUZZ_SEED ?? 20261129);
    const runs = Number(process.env.KORUS_FUZZ_RUNS ?? 2000);
    const samples = fc.sample(run, { numRuns: runs, seed });
    const bad: { args: string[]; found: string[]; stderr: string }[] = [];
    // loading the lazy parts and the data once is start-up, not the input's cost
    for (const args of [["check", "-"], ["deficit"], ["convert", "1", "--to", "EUR"]])
      await korus(args, {}, { stdin: BIG_TEXTS[5] });
    let slowest = 0;
    let big = 0;
    for (const { args, stdin } of samples) {
      const t = performance.now();
      const r = await korus(args, { NO_COLOR: "1" }, { stdin, today: "2026-06-30" });
      const ms = performance.now() - t;
      slowest = Math.max(slowest, ms);
      if (args.some((a) => a.length >= KB100) || stdin.length >= KB100 / 2) big++;
      const found = problems(args, r, ms);
      if (found.length) bad.push({ args: args.map((a) => a.slice(0, 60)), found, stderr: r.stderr.slice(0, 200) });
    }
    expect(bad.slice(0, 10), `seed ${seed}, ${bad.length} problems, slowest ${Math.round(slowest)} ms`).toEqual([]);
    expect(samples.length).toBeGreaterThanOrEqual(2000);
    // the battery does reach the 100 KB paths
    expect(big).toBeGreaterThanOrEqual(15);
  }, 120_000);
});
