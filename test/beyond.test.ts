import { describe, expect, it } from "vitest";
import { deficitReport } from "../src/core/deficit";
import { mirrorReport } from "../src/core/mirror";
import { type PartnersRangeReport, type PartnersYearReport, partnersReport } from "../src/core/partners";
import { revisionsReport } from "../src/core/revisions";
import { sourcesReport } from "../src/core/sources-report";
import { timelineReport } from "../src/core/timeline";
import { tradeReport } from "../src/core/trade";
import dataset from "../src/data/dev-dataset";
import { UsageError } from "../src/errors";
import { renderMirror } from "../src/render/mirror";
import { renderPartners } from "../src/render/partners";
import { renderTrade } from "../src/render/trade";
import { ANSI, expectUsageError, korus } from "./helpers/run";

describe("trade (core)", () => {
  it("shows exports going down while imports rose, 2011 → 2016", () => {
    const r = tradeReport(dataset, { series: ["exports", "imports"], from: "2011", to: "2016" });
    expect(r.rows[0]).toEqual({ period: "2011", exports: 43461.6, imports: 56661.4 });
    expect(r.rows.at(-1)).toEqual({ period: "2016", exports: 42262.2, imports: 69886.8 });
    expect(r.unit).toBe("millions of US dollars");
  });
  it("computes FRED-style transforms", () => {
    const pct = tradeReport(dataset, { series: ["exports"], from: "2016", to: "2016", change: "pct" });
    expect(pct.rows[0]!.exports).toBeCloseTo(((42262.2 - 43484.0) / 43484.0) * 100, 10);
    expect(pct.unit).toBe("percent");
    const abs = tradeReport(dataset, { series: ["balance"], from: "2016", to: "2016", change: "abs" });
    expect(abs.rows[0]!.balance).toBeCloseTo(666.7, 6);
    const yoy = tradeReport(dataset, { series: ["exports"], monthly: true, from: "2017-01", to: "2017-01", change: "yoy" });
    const jan17 = dataset.goodsMonthly.find((m) => m.month === "2017-01")!.exports;
    const jan16 = dataset.goodsMonthly.find((m) => m.month === "2016-01")!.exports;
    expect(yoy.rows[0]!.exports).toBeCloseTo(((jan17 - jan16) / jan16) * 100, 10);
    const cagr = tradeReport(dataset, { series: ["imports"], from: "2011", to: "2016", change: "cagr" });
    expect(cagr.rows[0]!.imports).toBeNull();
    expect(cagr.rows.at(-1)!.imports).toBeCloseTo(((69886.8 / 56661.4) ** (1 / 5) - 1) * 100, 10);
  });
  it("deflates with CPI-U and says the base year", () => {
    const r = tradeReport(dataset, { series: ["balance"], from: "2011", to: "2011", real: "2016" });
    const cpi = (y: number) => dataset.cpi.find((c) => c.year === y)!.index;
    expect(r.rows[0]!.balance).toBeCloseTo((-13199.7 * cpi(2016)) / cpi(2011), 8);
    expect(r.real).toMatchObject({ baseYear: 2016 });
    expect(r.unit).toBe("millions of 2016 US dollars");
    expect(tradeReport(dataset, { real: true }).real!.baseYear).toBe(2025);
  });
  it.each([
    [{ series: ["foo"] }, 'unknown series "foo": use any of exports, imports, balance, total'],
    [{ real: "1970" }, "--real 1970 is outside the CPI-U data: base years 1980-2025"],
    [{ real: "x" }, '--real "x" is not a year: give a CPI-U base year, 1980-2025'],
  ])("refuses %j", (p, message) => {
    expect(() => tradeReport(dataset, p as never)).toThrow(new UsageError(message));
  });
});

describe("partners (core)", () => {
  it("ranks Korea 5th of six by deficit in 2016", () => {
    const r = partnersReport(dataset, { year: "2016" }) as PartnersYearReport;
    expect(r.korea).toEqual({ rank: 5, of: 6 });
    expect(r.rows.map((x) => [x.partner, x.rank])).toEqual([
      ["South Korea", 5],
      ["China", 1],
      ["Japan", 2],
      ["Mexico", 4],
      ["Canada", 6],
      ["Germany", 3],
    ]);
  });
  it("ranks Korea among the six bundled partners", () => {
    const r = partnersReport(dataset, { year: "2025" }) as PartnersYearReport;
    expect(r.missing).toEqual([]);
    expect(r.rows.map((x) => [x.partner, x.rank])).toEqual([
      ["South Korea", 5],
      ["China", 1],
      ["Japan", 4],
      ["Mexico", 2],
      ["Canada", 6],
      ["Germany", 3],
    ]);
    expect(r.korea).toEqual({ rank: 5, of: 6 });
  });
  it("never ranks a gap: a partner without a row for the year", () => {
    const gappy = {
      ...dataset,
      partnersAnnual: dataset.partnersAnnual.filter((x) => !(x.year === 2025 && /Mexico|Canada/.test(x.partner))),
    };
    const r = partnersReport(gappy, { year: "2025" }) as PartnersYearReport;
    expect(r.missing).toEqual(["Mexico", "Canada"]);
    expect(r.rows.find((x) => x.partner === "Mexico")).toMatchObject({ balance: null, rank: null });
    expect(r.korea).toEqual({ rank: 4, of: 4 });
    expect(r.notes[0]).toMatch(/No data bundled for Mexico and Canada in 2025: not ranked/);
  });
  it("shows only the partners named, beside Korea, with ranks among all six", () => {
    const r = partnersReport(dataset, { year: "2016", partners: ["japan", "DE"] }) as PartnersYearReport;
    expect(r.rows.map((x) => [x.partner, x.rank])).toEqual([
      ["South Korea", 5],
      ["Japan", 2],
      ["Germany", 3],
    ]);
    const range = partnersReport(dataset, { from: "2016", to: "2017", partners: ["china"] }) as PartnersRangeReport;
    expect(range.partners).toEqual(["South Korea", "China"]);
    expect(Object.keys(range.rows[0]!)).toEqual(["year", "South Korea", "China"]);
    expect(() => partnersReport(dataset, { partners: ["france"] })).toThrow(
      '"france" is not a bundled partner: korus has South Korea, China, Japan, Mexico, Canada, Germany',
    );
  });
  it("gives deficits over a range with Korea's rank", () => {
    const r = partnersReport(dataset, { from: "2016", to: "2024" }) as PartnersRangeReport;
    expect(r.rows[0]!["South Korea"]).toBe(27624.6);
    expect(r.rows.at(-1)!.Mexico).toBe(171491.2);
    expect(r.koreaRank[0]).toEqual({ year: 2016, rank: 5, of: 6 });
    expect(() => partnersReport(dataset, { year: "2030" })).toThrow("--year 2030 is outside the data: it covers 1985-2025");
    expect(() => partnersReport(dataset, { year: "2016", from: "2011" })).toThrow(UsageError);
  });
});

describe("mirror, revisions, timeline, sources (core)", () => {
  it("sets the US-reported deficit beside Korea's own surplus, every year on both bases", () => {
    const r = mirrorReport(dataset, { from: "2015", to: "2017" });
    expect(r.rows.map((x) => [x.year, x.koreaReportedSurplus])).toEqual([
      [2015, 25807.7],
      [2016, 23246.4],
      [2017, 17860.4],
    ]);
    expect(r.rows[1]!.usReportedDeficit).toBe(27624.6);
    expect(r.rows[1]!.difference).toBe(4378.2);
    expect(r.rows[1]!.korea.importsFromUs).toBe(43215.9);
    expect(r.rows[1]!.us.exportsToKorea).toBe(42262.2);
    expect(r.why.join(" ")).toMatch(/f\.a\.s\..*c\.i\.f\./);
    expect(r.services.rows.filter((s) => s.reporter === "US").length).toBe(8);
    // the Bank of Korea's 2016 services deficit with the US, turned to the US view
    expect(r.services.rows.find((s) => s.year === 2016 && s.reporter === "Korea")?.usBalance).toBe(14.2812);
    expect(r.goodsAndServices).toMatch(/No goods \+ services total/);
  });
  it("covers 1985 to the latest US year by default, a missing Korean figure shown as missing", () => {
    const r = mirrorReport(dataset, {});
    expect(r.range).toEqual({ from: "1985", to: "2025" });
    expect(
      r.rows.filter((x) => x.year <= 2023).every((x) => x.koreaReportedSurplus !== null && x.korea.importsFromUs !== null),
    ).toBe(true);
    expect(r.rows.at(-1)).toMatchObject({
      year: 2025,
      koreaReportedSurplus: null,
      difference: null,
      korea: { exportsToUs: 122900 },
    });
  });
  it("shows the vintages of 2017", () => {
    const r = revisionsReport(dataset, "2017");
    expect(r.rows.map((x) => [x.sourceId, x.balance, x.balanceRevision])).toEqual([
      ["census_country_xlsx_v2020", -23066.0, null],
      ["census_country_xlsx_v2023", -23060.3, 5.7],
      ["census_country_xlsx_v2024", -23060.3, 0],
      ["census_country_xlsx_v2026", -23060.3, 0],
    ]);
    expect(() => revisionsReport(dataset, "1990")).toThrow("no bundled vintages for 1990: revisions are bundled for 2015-2025");
  });
  it("lists the entry into force and the 2017-07-12 letter", () => {
    const r = timelineReport(dataset, {});
    expect(r.events.map((e) => e.date)).toEqual(expect.arrayContaining(["2012-03-15", "2017-07-12"]));
    expect(timelineReport(dataset, { from: "2017", to: "2017-07" }).events.map((e) => e.date)).toEqual([
      "2017-04-27",
      "2017-06-30",
      "2017-07-12",
    ]);
    expect(() => timelineReport(dataset, { from: "2017-13" })).toThrow(UsageError);
  });
  it("describes every dataset with provenance", () => {
    const r = sourcesReport(dataset);
    expect(r.datasets.map((d) => d.id)).toContain("goods_annual");
    for (const d of r.datasets) expect(d.rows, d.id).toBeGreaterThan(0);
  });
  it("deficit --events marks every timeline event in range", () => {
    const r = deficitReport(dataset, { from: "2017", to: "2018", events: true });
    expect(r.markers.map((m) => m.date)).toContain("2017-07-12");
    expect(r.markers.every((m) => m.kind === "event")).toBe(true);
  });
});

describe("render without color at a fixed width", () => {
  const view = { chart: true, width: 72, colorOn: false };
  it("trade: several series with a legend and distinct line styles", () => {
    const text = renderTrade(tradeReport(dataset, { series: ["exports", "imports"], from: "2011", to: "2016" }), {
      ...view,
      units: "billions",
    });
    expect(text).not.toMatch(ANSI);
    expect(text).toMatch(/│ 2016 │\s+42\.3 │\s+69\.9 │/);
    expect(text).toContain("── Exports   ══ Imports");
    expect(text).toContain("═");
    for (const line of text.split("\n").filter((l) => /[┤│└]/.test(l) && !l.startsWith("│") && !l.startsWith("┌")))
      expect([...line].length).toBeLessThanOrEqual(72);
  });
  it("partners: Korea marked, gaps shown as n/a", () => {
    expect(renderPartners(partnersReport(dataset, { year: "2025" }), view)).toMatch(/│\s+5 │ South Korea ◀ │/);
    const gappy = {
      ...dataset,
      partnersAnnual: dataset.partnersAnnual.filter((x) => !(x.year === 2025 && x.partner === "Mexico")),
    };
    const text = renderPartners(partnersReport(gappy, { year: "2025" }), view);
    expect(text).toMatch(/│\s+— │ Mexico\s+│\s+n\/a │/);
  });
  it("mirror: the explanation and the scattered services", () => {
    const text = renderMirror(mirrorReport(dataset, {}), view);
    expect(text).toContain("Why mirror figures differ:");
    expect(text).toMatch(/│ 2013 │\s+20\.7 │\s+20\.5 │\s+\+0\.2 │/);
    // the Note column wraps at 72 columns (issue 12): its words continue on the next line
    expect(text).toMatch(/│ 2025 │\s+56\.5 │\s+n\/a │\s+n\/a │.*preliminary; Korea's\s+│\n.*│ exports only\s+│/);
  });
});

describe("beyond the headline (built binary)", () => {
  it("partners --year 2016 --json ranks Korea 5th of six", async () => {
    const r = await korus(["partners", "--year", "2016", "--json"]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.korea).toEqual({ rank: 5, of: 6 });
    expect(o.meta.sources[0].dataset).toBe("partners_annual");
  });
  it("trade exports imports --from 2011 --to 2016", async () => {
    const r = await korus(["trade", "exports", "imports", "--from", "2011", "--to", "2016", "--csv"]);
    expect(r.stdout.split("\n").slice(0, 2)).toEqual(["year,exports_musd,imports_musd", "2011,43461.6,56661.4"]);
    expect(r.stdout).toContain("2016,42262.2,69886.8");
  });
  it("timeline, revisions, mirror, sources", async () => {
    expect((await korus(["timeline"])).stdout).toMatch(/2012-03-15 │ KORUS FTA enters into/);
    expect((await korus(["timeline", "--json"])).stdout).toContain('"date": "2017-07-12"');
    expect((await korus(["revisions", "2017", "--width", "120"])).stdout).toMatch(
      /census_country_xlsx_v2020 │ 2020-01-07 │ 48,350\.4/,
    );
    expect((await korus(["mirror", "--csv"])).stdout.split("\n")[0]).toBe(
      "year,us_exports_to_korea_musd,us_imports_from_korea_musd,us_balance_musd,korea_exports_to_us_musd,korea_imports_from_us_musd,korea_balance_musd,difference_musd,korea_source_id",
    );
    expect((await korus(["sources", "--cite"])).stdout).toMatch(
      /^U\.S\. Census Bureau\. "US goods trade with South Korea, annual"/,
    );
  });
  it.each([
    ["deficit"],
    ["convert", "1B", "--to", "EUR"],
    ["rates"],
    ["check", "The deficit doubled between 2011 and 2016"],
    ["facts"],
    ["trade"],
    ["partners"],
    ["mirror"],
    ["revisions"],
    ["timeline"],
    ["sources"],
  ])("every --json carries schemaVersion and meta.sources: %s", async (...args) => {
    const o = JSON.parse((await korus([...args, "--json"])).stdout);
    expect(o.schemaVersion).toBe(({ check: 2, mirror: 2 } as Record<string, number>)[args[0]!] ?? 1);
    expect(o.meta.sources.length).toBeGreaterThan(0);
    for (const s of o.meta.sources)
      expect(s).toMatchObject({ publisher: expect.any(String), title: expect.any(String), vintage: expect.any(String) });
  });
  it.each([
    [["trade", "foo"], /^korus: unknown series "foo": use any of exports, imports, balance, total\n$/],
    [["trade", "--change", "xx"], /^korus: unknown --change "xx": use one of abs, pct, yoy, cagr/],
    [["trade", "--real", "1970"], /^korus: --real 1970 is outside the CPI-U data: base years 1980-2025\n$/],
    [["partners", "--year", "2030"], /^korus: --year 2030 is outside the data: it covers 1985-2025\n$/],
    [
      ["partners", "france"],
      /^korus: "france" is not a bundled partner: korus has South Korea, China, Japan, Mexico, Canada, Germany\n$/,
    ],
    [["revisions", "1990"], /^korus: no bundled vintages for 1990: revisions are bundled for 2015-2025/],
    [["timeline", "--from", "2017-13"], /^korus: --from "2017-13" is not a date/],
    [["mirror", "--from", "1900"], /^korus: --from 1900 is outside the data/],
  ])("bad input %j: one line, exit 2", async (args, message) => {
    await expectUsageError(args, message);
  });
});
