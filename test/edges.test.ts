// Issue 12's rough edges, each as a new user met it (behaviour, not width): one test per edge.
import { spawnSync } from "node:child_process";
import { appendFileSync, closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectUsageError, korus, ROOT } from "./helpers/run";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("unknown options are usage errors with a suggestion", () => {
  it("korus --bogus exits 2 and points at the help", async () => {
    await expectUsageError(["--bogus"], /^korus: unknown option '--bogus' \(see korus --help\)$/m);
  });
  it("korus --no-colour suggests --no-color", async () => {
    await expectUsageError(["--no-colour"], /unknown option '--no-colour' \(Did you mean --no-color\?\)/);
  });
  it("a subcommand's misspelt option suggests its own and the global ones", async () => {
    await expectUsageError(["deficit", "--form", "2016"], /unknown option '--form' \(Did you mean --from\?\)/);
    await expectUsageError(["deficit", "--no-colour"], /Did you mean --no-color\?/);
  });
  it("only global flags still print the help as a success", async () => {
    for (const args of [[], ["--no-color"], ["--width", "60"]]) {
      const r = await korus(args);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(r.stdout).toMatch(/^Usage: korus/);
    }
  });
});

describe("hints for what a user meant", () => {
  it("deficit 2016 suggests --from 2016 --to 2016", async () => {
    await expectUsageError(["deficit", "2016"], /deficit takes periods as options, not arguments: give --from 2016 --to 2016/);
    await expectUsageError(["deficit", "2011", "2016"], /give --from 2011 --to 2016/);
    await expectUsageError(["trade", "2016"], /for a period give --from 2016 --to 2016/);
    await expectUsageError(["partners", "2016"], /for a year give --year 2016/);
  });
  it("convert --from 2016 suggests --date", async () => {
    await expectUsageError(["convert", "13.2B", "--to", "EUR", "--from", "2016"], /for the date of the rate use --date 2016/);
  });
  it("convert to the same currency says nothing about a rate it did not use", async () => {
    const r = await korus(["convert", "13.2B", "--to", "USD"]);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/latest annual average|\(-\)/);
    expect(r.stdout).toMatch(/no conversion/);
  });
  it("a rate after the data names the end of the data, not the euro's start", async () => {
    const r = await korus(["convert", "1", "--to", "EUR", "--date", "2026"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/the euro exists/);
    expect(r.stderr).toMatch(/the annual averages end in 2025; months of 2026 are bundled up to 2026-06/);
    expect((await korus(["convert", "1", "--to", "EUR", "--date", "2027-03"])).stderr).toMatch(
      /the bundled rates end in 2026-06/,
    );
    expect((await korus(["convert", "1", "--to", "EUR", "--date", "1990"])).stderr).toMatch(/the euro exists from 1999/);
  });
  it("rates lists the same currencies whatever it refuses", async () => {
    await expectUsageError(["rates", "GBP"], /use one of KRW, EUR, JPY, CNY$/m);
    await expectUsageError(["rates", "USD"], /use one of KRW, EUR, JPY, CNY$/m);
    expect((await korus(["rates", "GBP"])).stderr).not.toMatch(/USD,/);
  });
});

describe("timeline", () => {
  it("a start after the last event is refused with the timeline's span, never 9999-12-31", async () => {
    await expectUsageError(
      ["timeline", "--from", "2030"],
      /--from 2030 is outside the timeline: its events run from 2006-\d\d-\d\d to 20\d\d-\d\d-\d\d/,
    );
    expect((await korus(["timeline", "--from", "2020"])).stdout).not.toContain("9999");
  });
  it("counts one event in the singular and an empty month without a 31st of February", async () => {
    const one = await korus(["timeline", "--from", "2012-03-15", "--to", "2012-03-15"]);
    expect(one.stdout).toMatch(/\(1 event\)/);
    const none = await korus(["timeline", "--from", "2010-02", "--to", "2010-02"]);
    expect(none.stdout).toMatch(/2010-02-01 → 2010-02-28 \(no events\)/);
  });
});

describe("partners' default year", () => {
  it("is the latest year every partner has, derived from the data", async () => {
    const dir = mkdtempSync(join(tmpdir(), "korus-edges-"));
    dirs.push(dir);
    cpSync(join(ROOT, "data"), dir, { recursive: true });
    // made-up 2026 rows (test data) for four of the six partners only
    appendFileSync(join(dir, "us_korea_goods_annual.csv"), "2026,70000.0,120000.0,-50000.0,census_c5800_scrape_2026-06-17\n");
    appendFileSync(
      join(dir, "us_partner_goods_annual.csv"),
      [
        "2026,South Korea,5800,70000.0,120000.0,-50000.0,census_c5800_scrape_2026-06-17",
        "2026,China,5700,100000.0,300000.0,-200000.0,census_c5800_scrape_2026-06-17",
        "2026,Japan,5880,80000.0,140000.0,-60000.0,census_c5800_scrape_2026-06-17",
        "2026,Germany,4280,80000.0,150000.0,-70000.0,census_c5800_scrape_2026-06-17",
        "",
      ].join("\n"),
    );
    const r = await korus(["partners", "--json"], { KORUS_DATA_DIR: dir });
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout);
    expect(json.year).toBe(2025);
    expect(json.missing).toEqual([]);
    expect(json.korea.of).toBe(6);
    const asked = JSON.parse((await korus(["partners", "--year", "2026", "--json"], { KORUS_DATA_DIR: dir })).stdout);
    expect(asked.missing).toEqual(["Mexico", "Canada"]);
  });
});

describe("help", () => {
  it("a command's help lists the global options", async () => {
    for (const cmd of ["deficit", "check", "convert", "timeline"]) {
      const out = (await korus([cmd, "--help"])).stdout;
      expect(out).toMatch(/Global Options:[\s\S]*--no-color[\s\S]*--width <columns>/);
    }
  });
});

describe("check verdicts", () => {
  it("a verdict short of TRUE always gives a reason (never reason: null)", async () => {
    const claims = [
      "The deficit grew 50% between 2011 and 2016",
      "The deficit tripled between 2011 and 2016",
      "The deficit was $30 billion in 2016",
      "The deficit was $20 billion in 2016",
      "The deficit rose by $5 billion between 2011 and 2016",
      "The deficit with Korea rose 30% in 2023",
    ];
    for (const claim of claims) {
      const r = JSON.parse((await korus(["check", claim, "--json"])).stdout);
      expect(r.verdict, claim).not.toBe("true");
      expect(r.reason, claim).toEqual(expect.any(String));
      for (const cl of r.clauses) if (cl.verdict !== "true") expect(cl.reason, claim).toEqual(expect.any(String));
    }
    const pct = JSON.parse((await korus(["check", claims[0]!, "--json"])).stdout);
    expect(pct.reason).toBe("the deficit went from $13.2 billion to $27.6 billion: +109.3%, not +50%");
  });

  it("every step of the scale has its own color: HALF-TRUE is not FALSE's red", async () => {
    const { paintVerdict } = await import("../src/render/check");
    const steps = ["true", "mostly-true", "half-true", "mostly-false", "false", "unverifiable"] as const;
    const painted = steps.map((v) => paintVerdict(v, true));
    expect(new Set(painted).size).toBe(steps.length);
    const colorOf = (s: string) => s.match(new RegExp(`${String.fromCharCode(27)}\\[(3\\d)m`))?.[1];
    expect(colorOf(paintVerdict("half-true", true))).not.toBe(colorOf(paintVerdict("false", true)));
    expect(colorOf(paintVerdict("half-true", true))).not.toBe(colorOf(paintVerdict("unverifiable", true)));
    expect(steps.map((v) => paintVerdict(v, false))).toEqual(steps.map((v) => v.toUpperCase()));
  });

  it("korus help verdicts explains the whole scale offline", async () => {
    const r = await korus(["help", "verdicts"]);
    expect(r.code).toBe(0);
    for (const step of ["true", "mostly-true", "half-true", "mostly-false", "false", "unverifiable"])
      expect(r.stdout.toLowerCase()).toContain(step);
    expect(r.stdout).toMatch(/MOSTLY-TRUE.*HALF-TRUE.*MOSTLY-FALSE.*FALSE/);
    expect(r.stdout).toMatch(/Exit codes with --exit-status/);
  });
});

describe("korus sources in an installed copy", () => {
  it("names SOURCES.md by the absolute path of the package it runs from", () => {
    const pkg = mkdtempSync(join(tmpdir(), "korus-installed-"));
    dirs.push(pkg);
    for (const d of ["bin", "dist", "data"]) cpSync(join(ROOT, d), join(pkg, d), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(pkg, "package.json"));
    const r = spawnSync(process.execPath, [join(pkg, "bin", "korus.js"), "sources"], {
      encoding: "utf8",
      cwd: tmpdir(),
      env: { PATH: process.env.PATH, NO_COLOR: "1" },
    });
    expect(r.status).toBe(0);
    const file = join(pkg, "data", "SOURCES.md");
    expect(r.stdout.split("\n")[1]).toBe(`Every detail: ${file}`);
    expect(existsSync(file)).toBe(true);
    expect(r.stdout).not.toMatch(/see data\/SOURCES\.md/);
  });
});

describe("no verdict short of TRUE without a reason, over every claim of the corpora", () => {
  it("claim-corpus and real sentences: reason is a string whenever the verdict is not true", async () => {
    const lines = ["claim-corpus.jsonl", "real-sentences-2026-11.jsonl"].flatMap((f) =>
      readFileSync(join(ROOT, "test", "fixtures", f), "utf8")
        .trim()
        .split("\n"),
    );
    let judged = 0;
    for (const line of lines) {
      const c = JSON.parse(line) as { text: string; asOf?: string };
      const args = ["check", c.text, "--json", ...(c.asOf ? ["--as-of", c.asOf] : [])];
      const r = await korus(args, {}, { today: "2026-11-29" });
      if (r.code !== 0) continue;
      const report = JSON.parse(r.stdout);
      if (report.verdict === "true") continue;
      judged++;
      expect(report.reason, c.text).toEqual(expect.any(String));
      for (const cl of report.clauses ?? []) if (cl.verdict !== "true") expect(cl.reason, c.text).toEqual(expect.any(String));
    }
    expect(judged).toBeGreaterThan(50);
  });
});

describe("an unwritable stdout", () => {
  it.skipIf(!existsSync("/dev/full"))("korus deficit > /dev/full: one korus: line, exit 1, no stack trace", () => {
    for (const args of [["deficit"], ["deficit", "--json"], ["check", "--article"]]) {
      const out = openSync("/dev/full", "w");
      const r = spawnSync(process.execPath, [join(ROOT, "bin", "korus.js"), ...args], {
        encoding: "utf8",
        stdio: ["ignore", out, "pipe"],
        env: { PATH: process.env.PATH, NO_COLOR: "1" },
      });
      closeSync(out);
      expect(r.status, args.join(" ")).toBe(1);
      expect(r.stderr).toBe("korus: cannot write to standard output: ENOSPC (no space left on the device)\n");
    }
  });
});

describe("korus --version", () => {
  it("prints the version even when the data cannot be read, naming the problem on the data line", async () => {
    const r = await korus(["--version"], { KORUS_DATA_DIR: "/nonexistent-korus-data" });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^korus \d+\.\d+\.\d+\ndata: cannot be read \([\s\S]*file missing[\s\S]*\)\n$/);
  });
});
