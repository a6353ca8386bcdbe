import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataDir } from "../src/data/load-dir";
import { DataError } from "../src/errors";
import { ROOT } from "./helpers/run";

const DATA = join(ROOT, "data");
const ds = loadDataDir(DATA);
const partner = (year: number, code: string) => ds.koreaPartners.find((r) => r.year === year && r.partnerCode === code);

describe("Korea-side data (SOURCES-korea-side.md)", () => {
  it("pins Korea's imports from the US and from the world, 2011 and 2016", () => {
    expect(partner(2011, "USA")?.imports).toBe(44569.0);
    expect(partner(2016, "USA")?.imports).toBe(43215.9);
    expect(partner(2011, "WLD")?.imports).toBe(524413.1);
    expect(partner(2016, "WLD")?.imports).toBe(406192.9);
  });

  it("has Korea-reported goods trade with the US for every year 1985-2023, with both flows", () => {
    const years = ds.koreaGoods.filter((r) => r.importsFromUs !== null).map((r) => r.year);
    expect(years.slice(0, 39)).toEqual(Array.from({ length: 39 }, (_, i) => 1985 + i));
    expect(ds.koreaGoods.find((r) => r.year === 2016)?.balance).toBe(23246.4);
  });

  it("keeps a missing value missing: 2025 imports from the US and every US auto export by end-use", () => {
    expect(ds.koreaGoods.find((r) => r.year === 2025)).toMatchObject({ exportsToUs: 122900, importsFromUs: null, balance: null });
    expect(ds.autos.some((r) => r.reporter === "US" && r.flow !== "imports_from_korea")).toBe(false);
  });

  it("agrees with the sparse press file wherever both hold a goods figure (to the press figure's rounding)", () => {
    let compared = 0;
    for (const press of ds.koreaView.filter((r) => r.flow === "goods")) {
      const full = ds.koreaGoods.find((r) => r.year === press.year);
      if (!full) continue;
      const pairs: [number | null, number | null][] = [
        [press.exportsToUs, full.exportsToUs],
        [press.importsFromUs, full.importsFromUs],
        [press.balance, full.balance],
        [press.totalTrade, full.importsFromUs === null ? null : full.exportsToUs + full.importsFromUs],
      ];
      for (const [p, f] of pairs) {
        if (p === null || f === null) continue;
        // press figures are rounded to one decimal of a billion at most (2019's 11.4 is 11.465 truncated)
        expect(Math.abs(p - f / 1000), `${press.year}: ${p} vs ${f}`).toBeLessThanOrEqual(0.1);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(20);
  });

  it("has the US automotive imports of 2016 and their sum of classes", () => {
    const us2016 = ds.autos.filter((r) => r.reporter === "US" && r.year === 2016);
    const total = us2016.find((r) => r.product.startsWith("End-use 3:"))!.value;
    expect(total).toBe(25108.3);
    const parts = us2016.filter((r) => !r.product.startsWith("End-use 3:")).reduce((s, r) => s + r.value, 0);
    expect(Math.abs(parts - total)).toBeLessThanOrEqual(0.2);
  });

  it("carries a described source for every Korea-side row", () => {
    for (const r of [...ds.koreaGoods, ...ds.koreaPartners, ...ds.autos, ...ds.koreaServices]) {
      expect(ds.meta.sources[r.sourceId.split(":")[0]!], r.sourceId).toBeDefined();
    }
  });
});

describe("Korea-side data validation", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const damaged = (file: string, edit: (text: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), "korus-kdata-"));
    dirs.push(dir);
    cpSync(DATA, dir, { recursive: true });
    writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
    return () => loadDataDir(dir);
  };

  it.each([
    [
      "korea_view_us_goods_annual.csv",
      (t: string) => t.replace("2016,66462.3,43215.9,23246.4", "2016,66462.3,43215.9,23000.0"),
      /:33: balance/,
    ],
    ["korea_view_us_goods_annual.csv", (t: string) => t.replace("2016,66462.3", "2015,66462.3"), /duplicate entry for 2015/],
    [
      "korea_goods_by_partner_annual.csv",
      (t: string) => t.replace("2011,United States,USA,56207.7", "2011,United States,USA,-56207.7"),
      /cannot be negative|balance/,
    ],
    [
      "us_korea_autos_annual.csv",
      (t: string) => t.replace("2008,KR,exports_to_us", "2008,KR,imports_from_korea"),
      /reporter KR cannot report/,
    ],
    [
      "korea_view_us_services_balance.csv",
      (t: string) => t.replace("bok_regional_bop_2006_via_donga", "bok_unknown"),
      /not described in sources.json/,
    ],
  ])("refuses a damaged %s", (file, edit, message) => {
    const load = damaged(file, edit);
    expect(load).toThrow(DataError);
    expect(load).toThrow(message);
  });
});
