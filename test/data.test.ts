import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { korusDates } from "../src/core/korus";
import { subTenths, sumTenths } from "../src/core/num";
import { loadDataDir } from "../src/data/load-dir";
import { BALANCE_TOLERANCE } from "../src/data/validate";
import { DataError } from "../src/errors";
import { ROOT } from "./helpers/run";

const DATA = join(ROOT, "data");
const ds = loadDataDir(DATA);

describe("bundled data invariants", () => {
  it("pins the article's figures", () => {
    const year = (y: number) => ds.goodsAnnual.find((r) => r.year === y)!;
    expect(year(2011).balance).toBe(-13199.7);
    expect(year(2016).balance).toBe(-27624.6);
    expect(year(2011).exports).toBe(43461.6);
    expect(year(2016).exports).toBe(42262.2);
  });

  it("has balance = exports - imports within the tolerance SOURCES.md states (0.1) on every goods row", () => {
    expect(readFileSync(join(DATA, "SOURCES.md"), "utf8")).toContain(`It matches to within ${BALANCE_TOLERANCE} in every row`);
    for (const rows of [ds.goodsAnnual, ds.goodsMonthly, ds.goodsVintages, ds.partnersAnnual]) {
      for (const r of rows) expect(Math.abs(r.exports - r.imports - r.balance)).toBeLessThanOrEqual(BALANCE_TOLERANCE + 1e-9);
    }
  });

  it("has every year 1985-2025 exactly once in the annual series", () => {
    expect(ds.goodsAnnual.map((r) => r.year)).toEqual(Array.from({ length: 41 }, (_, i) => 1985 + i));
  });

  it("has every month 1985-01 to 2026-04 exactly once", () => {
    const months = ds.goodsMonthly.map((r) => r.month);
    expect(months.length).toBe(41 * 12 + 4);
    expect(new Set(months).size).toBe(months.length);
    expect(months[0]).toBe("1985-01");
    expect(months.at(-1)).toBe("2026-04");
  });

  it("has monthly sums matching the annual file within 0.2, except 2023-2024 (older releases), as the facts say", () => {
    const documented = new Set(ds.facts.monthlyAnnualGaps.map((g) => g.year));
    expect([...documented]).toEqual([2023, 2024]);
    for (const a of ds.goodsAnnual) {
      const months = ds.goodsMonthly.filter((m) => m.month.startsWith(`${a.year}-`));
      expect(months.length).toBe(12);
      const ex = sumTenths(months.map((m) => m.exports));
      const im = sumTenths(months.map((m) => m.imports));
      if (documented.has(a.year)) {
        expect(Math.abs(ex - a.exports)).toBeGreaterThan(0.2);
        expect(Math.abs(ex - a.exports)).toBeLessThan(250);
      } else {
        expect(Math.abs(subTenths(ex, a.exports)), `${a.year} exports`).toBeLessThanOrEqual(0.2);
        expect(Math.abs(subTenths(im, a.imports)), `${a.year} imports`).toBeLessThanOrEqual(0.2);
      }
    }
  });

  it("keeps Korea rows of the partner file identical to the Korea file", () => {
    const korea = ds.partnersAnnual.filter((r) => r.partner === "South Korea");
    expect(korea.map(({ year, exports, imports, balance }) => ({ year, exports, imports, balance }))).toEqual(
      ds.goodsAnnual.map(({ year, exports, imports, balance }) => ({ year, exports, imports, balance })),
    );
  });

  it("keeps gaps as null, never zero (no euro before 1999)", () => {
    expect(ds.fxAnnual.filter((r) => r.year < 1999).every((r) => r.usdPerEur === null && r.eurPerUsd === null)).toBe(true);
    expect(ds.facts.fx.EUR.annual).toEqual({ from: "1999", to: "2025" });
  });

  it("has Mexico and Canada 2024-2025 from the 2026 country.xlsx copy (SOURCES-additions-2026-11.md)", () => {
    const row = (p: string, y: number) => ds.partnersAnnual.find((r) => r.partner === p && r.year === y);
    expect(row("Mexico", 2025)).toMatchObject({
      exports: 337960.1,
      imports: 534873.5,
      balance: -196913.4,
      sourceId: "census_country_xlsx_v2026",
    });
    expect(row("Canada", 2024)).toMatchObject({ exports: 349908.2, imports: 411886.7, balance: -61978.5 });
    expect(ds.facts.partners.map((p) => [p.name, p.years.to])).toEqual([
      ["South Korea", "2025"],
      ["China", "2025"],
      ["Japan", "2025"],
      ["Mexico", "2025"],
      ["Canada", "2025"],
      ["Germany", "2025"],
    ]);
  });

  it("has the KORUS entry into force in the timeline", () => {
    expect(ds.timeline.find((e) => e.date === korusDates(ds.facts).inForce)?.event).toMatch(/enters into force/);
  });

  it("describes every dataset file and every source_id", () => {
    const files = ds.meta.datasets.map((d) => d.file).sort();
    expect(files).toContain("us_korea_goods_annual.csv");
    expect(files.length).toBe(16);
    expect(files).toContain("article-facts.json");
    expect(Object.keys(ds.meta.sources)).toContain("census_country_xlsx_v2024");
  });
});

describe("corrupt data is refused with file, line and problem", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const corrupt = (file: string, edit: (text: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), "korus-data-"));
    dirs.push(dir);
    cpSync(DATA, dir, { recursive: true });
    writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
    return dir;
  };
  const failure = (dir: string) => {
    try {
      loadDataDir(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      return (e as Error).message;
    }
    throw new Error("expected a DataError");
  };

  it("names a non-numeric cell", () => {
    const dir = corrupt("us_korea_goods_annual.csv", (t) => t.replace("2011,43461.6", "2011,4346x.6"));
    expect(failure(dir)).toBe(
      "us_korea_goods_annual.csv:28: exports_musd: expected a plain number (digits, optional '-' and '.') (got \"4346x.6\")",
    );
  });

  it("names a balance that is not exports - imports", () => {
    const dir = corrupt("us_korea_goods_annual.csv", (t) => t.replace("-27624.6", "-27000.0"));
    expect(failure(dir)).toMatch(/^us_korea_goods_annual\.csv:33: balance_musd: -27000 is not exports_musd - imports_musd/);
  });

  it("names a duplicated year", () => {
    const dir = corrupt("us_korea_goods_annual.csv", (t) => t.replace("2012,", "2011,"));
    expect(failure(dir)).toMatch(/^us_korea_goods_annual\.csv:29: duplicate entry for 2011/);
  });

  it("names a wrong header, a short row and a missing file", () => {
    expect(failure(corrupt("fx_annual.csv", (t) => t.replace("krw_per_usd", "won")))).toMatch(/^fx_annual\.csv:1: header is/);
    expect(failure(corrupt("cpi_u_annual.csv", (t) => t.replace("1990,130.7,12", "1990,130.7")))).toMatch(
      /^cpi_u_annual\.csv:\d+: expected 3 fields, found 2/,
    );
    const dir = corrupt("korus_timeline.csv", (t) => t);
    rmSync(join(dir, "korus_timeline.csv"));
    expect(failure(dir)).toMatch(/^korus_timeline\.csv:1: cannot read \(file missing\)/);
  });

  it("names an impossible date and an unknown source", () => {
    expect(failure(corrupt("korus_timeline.csv", (t) => t.replace("2012-03-15", "2012-02-30")))).toMatch(
      /^korus_timeline\.csv:\d+: date: not a calendar date/,
    );
    expect(
      failure(
        corrupt("us_korea_goods_monthly.csv", (t) =>
          t.replace("1985-01,572.1,800.7,-228.6,census_country_xlsx_v2024", "1985-01,572.1,800.7,-228.6,census_other"),
        ),
      ),
    ).toMatch(/source_id census_other is not described/);
  });
});
