import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ANSI, expectUsageError, korus, ROOT } from "./helpers/run";

describe("korus deficit", () => {
  it("shows headline, table and chart", async () => {
    const r = await korus(["deficit"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^US goods trade balance with South Korea, 2006 → 2025: deficit \$13\.6B → \$56\.5B/);
    expect(r.stdout).toMatch(/│ 2016 │\s+42\.3 │\s+69\.9 │\s+-27\.6 │/);
    expect(r.stdout).toContain("◆ 2012-03-15 KORUS enters into force");
    expect(r.stdout).toContain("Source: U.S. Census Bureau");
    expect(r.stdout).not.toMatch(ANSI);
  });

  it("--json is one object whose rows are the published millions", async () => {
    const r = await korus(["deficit", "--json"]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.rows.find((x: { year: number }) => x.year === 2016).balance).toBe(-27624.6);
    expect(o.rows.find((x: { year: number }) => x.year === 2011).balance).toBe(-13199.7);
    expect(o).toMatchObject({
      schemaVersion: 1,
      unit: "millions of US dollars",
      currency: "USD",
      range: { from: "2006", to: "2025" },
    });
    expect(Object.keys(o)).toEqual(expect.arrayContaining(["first", "last", "ratio", "cagr", "source", "basis"]));
    expect(o.source).toMatchObject({ publisher: "U.S. Census Bureau", url: expect.stringMatching(/^https:/) });
  });

  it("--json works with jq-style filtering of the article years", async () => {
    const o = JSON.parse((await korus(["deficit", "--from", "2011", "--to", "2016", "--json"])).stdout);
    expect(o.first).toEqual({ period: "2011", balance: -13199.7 });
    expect(o.last).toEqual({ period: "2016", balance: -27624.6 });
    expect(o.ratio).toBeCloseTo(2.0928, 4);
  });

  it("--csv prints a header and one line per period", async () => {
    const r = await korus(["deficit", "--csv", "--all"]);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("year,exports_musd,imports_musd,balance_musd,change_musd,source_id");
    expect(lines).toHaveLength(42);
    expect(lines).toContain("2016,42262.2,69886.8,-27624.6,666.7,census_country_xlsx_v2024");
  });

  it("--monthly with month bounds, --units millions, --no-chart", async () => {
    const r = await korus(["deficit", "--monthly", "--from", "2017-01", "--to", "2018-12", "--units", "millions", "--no-chart"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ 2017-01 │/);
    expect(r.stdout).toMatch(/│ 2018-12 │/);
    expect(r.stdout).toContain("$ millions");
    expect(r.stdout).not.toContain("└┬");
  });

  it.each([
    [["deficit", "--from", "1900"], /^korus: --from 1900 is outside the data: it covers 1985-2025\n$/],
    [["deficit", "--from", "abc"], /^korus: --from "abc" is not a year/],
    [["deficit", "--from", "2016", "--to", "2011"], /^korus: --from 2016 is after --to 2011/],
    [["deficit", "--monthly", "--from", "2017-13"], /^korus: --from 2017-13: month 13 does not exist/],
    [
      ["deficit", "--units", "trillions"],
      /^korus: option '--units <units>' argument 'trillions' is invalid\. Allowed choices are billions, millions\. \(see korus deficit --help\)\n$/,
    ],
    [["deficit", "--frm", "2011"], /^korus: unknown option '--frm' \(Did you mean --from\?\)\n$/],
    [["defict"], /^korus: unknown command 'defict' \(Did you mean deficit\?\)\n$/],
    [["deficit", "--json", "--csv"], /^korus: --json and --csv cannot be combined/],
    [
      ["deficit", "--height", "2"],
      /^korus: option '--height <rows>' argument '2' is invalid\. expected a whole number from 4 to 60 \(see korus deficit --help\)\n$/,
    ],
    [["--width", "abc", "deficit"], /^korus: --width abc: expected a whole number from 30 to 1000\n$/],
  ])("bad input %j: one line on stderr, exit 2, nothing on stdout", async (args, message) => {
    await expectUsageError(args, message);
  });

  it("a corrupt data directory: exit 1 naming file, line and problem", async () => {
    const dir = mkdtempSync(join(tmpdir(), "korus-cli-data-"));
    try {
      cpSync(join(ROOT, "data"), dir, { recursive: true });
      writeFileSync(join(dir, "us_korea_goods_annual.csv"), "year,exports_musd\n2011,1\n");
      const r = await korus(["deficit"], { KORUS_DATA_DIR: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        'korus: us_korea_goods_annual.csv:1: header is "year,exports_musd", expected "year,exports_musd,imports_musd,balance_musd,source_id"\n',
      );
      const missing = await korus(["deficit"], { KORUS_DATA_DIR: join(dir, "nope") });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/^korus: us_korea_goods_annual\.csv:1: cannot read \(file missing\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("never cuts large piped output", async () => {
    const r = await korus(["deficit", "--all", "--monthly", "--csv"]);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(497);
  });

  it("decides color once: FORCE_COLOR on, NO_COLOR and --no-color off", async () => {
    expect((await korus(["deficit"], { FORCE_COLOR: "1" })).stdout).toMatch(ANSI);
    expect((await korus(["deficit"], { FORCE_COLOR: "1", NO_COLOR: "1" })).stdout).not.toMatch(ANSI);
    expect((await korus(["--no-color", "deficit"], { FORCE_COLOR: "1" })).stdout).not.toMatch(ANSI);
    expect((await korus(["deficit", "--no-color"], { FORCE_COLOR: "1" })).stdout).not.toMatch(ANSI);
    expect((await korus(["deficit", "--json"], { FORCE_COLOR: "1" })).stdout).not.toMatch(ANSI);
  });

  it("has help, help <command>, --version", async () => {
    const help = await korus(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Examples:");
    expect(help.stdout).toContain("Exit codes:");
    expect((await korus(["help", "deficit"])).stdout).toContain("--monthly");
    expect((await korus(["deficit", "--help"])).stdout).toContain("--units <units>");
    expect((await korus(["--version"])).stdout).toMatch(
      /^korus \d+\.\d+\.\d+\ndata: .*through 2026-04 .*\nlatest Census release bundled: .*\n$/,
    );
  });
});
