import { spawn } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BIN, ROOT } from "./helpers/run";

const COMMANDS = [
  "deficit",
  "trade",
  "partners",
  "convert",
  "rates",
  "check",
  "facts",
  "mirror",
  "revisions",
  "timeline",
  "sources",
  "completion",
  "help",
  "defict",
  "",
];
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

interface Run {
  args: string[];
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ args, code, stdout, stderr }));
  });
}

async function pool<T, R>(items: T[], limit: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await f(items[i]!);
      }
    }),
  );
  return out;
}

describe("CLI fuzz (built binary)", () => {
  it("any argument list: a documented exit code, nothing on stdout after an error, no stack trace, no NaN", async () => {
    const seed = Number(process.env.KORUS_FUZZ_SEED ?? 20261128);
    const lists = fc.sample(argList, { numRuns: 320, seed });
    const results = await pool(lists, 4, run);
    const problems = results.filter(
      (r) =>
        r.code === null ||
        ![0, 2, 3, 4].includes(r.code) ||
        (r.code !== 0 && r.stdout !== "") ||
        /\n\s+at .+:\d+:\d+/.test(r.stderr) ||
        /internal error/.test(r.stderr) ||
        // computed NaN/Infinity/undefined; the user's own words echoed back (a claim, a query) do not count
        /\bNaN\b|\bInfinity\b|\bundefined\b/.test(
          r.args.reduce((out, a) => (a.length > 2 ? out.split(a).join("") : out), r.stdout),
        ) ||
        (r.code !== 0 && r.stderr.trimEnd().split("\n").length !== 1),
    );
    expect(
      problems.map((p) => ({
        args: p.args.map((a) => a.slice(0, 40)),
        code: p.code,
        stderr: p.stderr.slice(0, 300),
        stdout: p.stdout.slice(0, 200),
      })),
      `seed ${seed}`,
    ).toEqual([]);
    expect(results.length).toBe(320);
  }, 240_000);
});
