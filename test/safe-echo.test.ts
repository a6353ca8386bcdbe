// Safe echo (issue 13): user input korus prints back (text, stderr, JSON) never carries a raw control character,
// C1 control or bidirectional override; and a closed or unwritable stdout is an error, not a silent success.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { safeJson, safeOutput, safeText } from "../src/render/safe-text";
import { COMMAND_NAMES } from "./helpers/commands";
import { BIN, korus } from "./helpers/run";

// biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are what is looked for
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const hasScript = spawnSync("script", ["--version"]).status === 0;

/** A window title, a screen clear, a carriage return, a C1 CSI, a right-to-left override, an isolate. */
const NASTY = "x\u001b]0;pwned\u0007\u001b[2J\r\u009b31m\u202e\u2066y";

describe("safeText", () => {
  it.each([
    ["\u001b[2J", "\\x1b[2J"],
    ["a\rb\nc\td", "a\\x0db\\x0ac\\x09d"],
    ["\u009b", "\\x9b"],
    ["\u007f", "\\x7f"],
    ["\u202eevil", "\\u202eevil"],
    ["\u2066\u2069\u200e\u200f\u061c", "\\u2066\\u2069\\u200e\\u200f\\u061c"],
    ["\u2028", "\\u2028"],
    ["한국 ₩31.4tn — “ok”", "한국 ₩31.4tn — “ok”"],
  ])("%j → %s", (input, shown) => {
    expect(safeText(input)).toBe(shown);
  });

  it("the output guard keeps newlines, tabs and korus's own color codes (when color may be on), nothing else", () => {
    expect(safeOutput("a\n\tb \u001b[1;31mred\u001b[0m", true)).toBe("a\n\tb \u001b[1;31mred\u001b[0m");
    expect(safeOutput("\u001b[1;31mred\u001b[0m", false)).toBe("\\x1b[1;31mred\\x1b[0m");
    expect(safeOutput("\u001b]0;t\u0007\r", true)).toBe("\\x1b]0;t\\x07\\x0d");
  });

  it("JSON escapes C1, bidi and line separators too, and parses back to the same text", () => {
    const json = safeJson({ claim: NASTY }, 2);
    expect(json).not.toMatch(RAW);
    expect(JSON.parse(json)).toEqual({ claim: NASTY });
  });
});

const COMMANDS = [...COMMAND_NAMES];

/** Every way korus echoes what it was given: commands, options, option values, arguments, claims, JSON. */
const CASES: string[][] = [
  [NASTY],
  [`defict${NASTY}`],
  ["--width", NASTY, "deficit"],
  ["help", NASTY],
  ...COMMANDS.flatMap((c) => [
    [c, `--bogus${NASTY}`],
    [c, NASTY],
    [c, "--json", NASTY],
  ]),
  ...[
    "--units",
    "--format",
    "--height",
    "--from",
    "--to",
    "--year",
    "--date",
    "--source",
    "--as-of",
    "--change",
    "--real",
  ].flatMap((o) => COMMANDS.map((c) => [c, o, NASTY])),
  ["convert", NASTY, "--to", "EUR"],
  ["convert", `1${NASTY}`, "--to", "EUR"],
  ["convert", "13.2B", "--to", NASTY],
  ["convert", "13.2B", "--from", NASTY, "--to", "EUR"],
  ["check", `The deficit with Korea ${NASTY} was $27.6 billion in 2016`],
  ["check", `The deficit with Korea was $27.6 billion in 2016 ${NASTY}`, "--json"],
  ["check", `The deficit with Korea was $27.6 billion in 2016 ${NASTY}`, "--format", "jsonl"],
  ["check", `The deficit with Korea was $27.6 billion in 2016 ${NASTY}`, "--format", "claimreview"],
  ["check", "--file", NASTY],
  ["check", "-"],
  ["check", "-", "--json"],
  ["facts", NASTY],
];

describe("every command echoes hostile input safely", () => {
  it.each(CASES.map((args) => [args.join(" ").slice(0, 60), args]))("%s", async (_, args) => {
    const r = await korus(args as string[], { NO_COLOR: "1" }, { stdin: `The deficit with Korea grew ${NASTY} 10% in 2016.` });
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stderr).not.toMatch(RAW);
    // the input was shown (made visible) or not shown at all: never raw
    expect(`${r.stdout}${r.stderr}`).not.toContain("\u001b");
  });

  it("the claim echo in text output shows the escapes, on the verdict's own line", async () => {
    const r = await korus(["check", `The deficit with Korea was $27.6 billion in 2016${NASTY}`]);
    const first = r.stdout.split("\n")[0]!;
    expect(first).toMatch(/^[A-Z-]+ {2}The deficit/);
    expect(r.stdout).toContain("\\x1b]0;pwned\\x07\\x1b[2J\\x0d\\x9b31m\\u202e\\u2066y");
  });

  it("stderr names the bad value with its escapes shown", async () => {
    expect((await korus([`defict${NASTY}`])).stderr).toContain(
      "'defict" + "x\\x1b]0;pwned\\x07\\x1b[2J\\x0d\\x9b31m\\u202e\\u2066y'",
    );
    expect((await korus(["deficit", "--units", "\u001b[2J"])).stderr).toContain("'\\x1b[2J'");
    expect((await korus(["deficit", "--height", "\u202e9"])).stderr).toContain("'\\u202e9'");
  });

  it("with color on, an injected color code in the input is still shown, not obeyed (each echo is made safe)", async () => {
    const hidden = "\u001b[8m";
    for (const args of [
      ["check", `The deficit with Korea was $27.6 billion in 2016${hidden}`],
      [`defict${hidden}`],
      ["deficit", "--units", hidden],
      ["convert", `1${hidden}`, "--to", "EUR"],
      ["facts", hidden],
    ]) {
      const r = await korus(args, { FORCE_COLOR: "1" });
      expect(`${r.stdout}${r.stderr}`, args.join(" ")).toMatch(/\\(x1b|u001b)\[8m/);
      expect(`${r.stdout}${r.stderr}`, args.join(" ")).not.toContain(hidden);
    }
  });

  it("--json keeps the claim exactly (JSON escapes), with no raw C1 or bidi character", async () => {
    const claim = `The deficit with Korea was $27.6 billion in 2016 \u009b\u202e`;
    const r = await korus(["check", claim, "--json"]);
    expect(r.stdout).toContain("\\u009b\\u202e");
    expect(JSON.parse(r.stdout).claim).toBe(claim);
  });
});

describe("a closed or unwritable stdout", () => {
  const sh = (cmd: string) => spawnSync("sh", ["-c", cmd], { encoding: "utf8" });
  const korusCmd = `"${process.execPath}" "${BIN}"`;

  // script(1) gives the run a terminal, as a person typing `korus deficit >&-` has: stderr (the terminal) is where the
  // message goes, and what script prints
  it.skipIf(!hasScript)("closed (>&-) at a terminal: one korus line on stderr, exit 1", () => {
    const r = spawnSync("script", ["-qec", `${korusCmd} deficit >&-`, "/dev/null"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout.replace(/\r/g, "")).toMatch(/^korus: standard output is closed[^\n]*\n$/);
  });

  it("output ignored by a parent process (stdio 'ignore', /dev/null read-write) is still a success", () => {
    const r = spawnSync(process.execPath, [BIN, "deficit"], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    expect([r.status, r.stderr]).toEqual([0, ""]);
  });

  it.skipIf(!existsSync("/dev/full"))("full (/dev/full): one korus line on stderr, exit 1, no stack", () => {
    for (const args of ["deficit", "deficit --json", "check --article"]) {
      const r = sh(`${korusCmd} ${args} > /dev/full`);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe("korus: cannot write to standard output: ENOSPC (no space left on the device)\n");
    }
  });

  it.skipIf(!existsSync("/dev/full"))("an unwritable stderr leaves the exit code to speak (no crash)", () => {
    expect(sh(`${korusCmd} defict 2>/dev/full`)).toMatchObject({ status: 2, stdout: "" });
    expect(sh(`${korusCmd} deficit >/dev/full 2>/dev/full`).status).toBe(1);
  });

  it("redirected to /dev/null is still a success, and a reader closing the pipe early is still quiet", () => {
    expect(sh(`${korusCmd} deficit > /dev/null`)).toMatchObject({ status: 0, stderr: "" });
    const r = sh(`${korusCmd} deficit --all --monthly | head -1; exit \${PIPESTATUS:-0}`);
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n")).toHaveLength(2);
  });
});
