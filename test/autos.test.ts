import { describe, expect, it } from "vitest";
import { autosReport } from "../src/core/autos";
import dataset from "../src/data/dev-dataset";
import { autosCsv, renderAutos } from "../src/render/autos";
import * as schemas from "./helpers/json-schemas-korea";
import { ANSI, expectUsageError, korus } from "./helpers/run";

// wide enough for every column on one line: at 80 the tables wrap and drop columns (issue 12)
const view = { chart: true, width: 160, colorOn: false };
const usRow = (r: ReturnType<typeof autosReport>, y: number) => r.us.rows.find((x) => x.year === y)!;
const krRow = (r: ReturnType<typeof autosReport>, y: number) => r.kr.rows.find((x) => x.year === y)!;

describe("autos (core): US-reported end-use imports (SOURCES-korea-side.md §2.1)", () => {
  const r = autosReport(dataset, {});

  it("pins 2016: automotive 25,108.3 $M, 35.9% of all US imports from Korea (69,886.8, same vintage)", () => {
    const x = usRow(r, 2016);
    expect(x.automotive).toBe(25108.3);
    expect(x.allImports).toBe(69886.8);
    expect(x.share!.toFixed(1)).toBe("35.9");
    expect(x.byClass["End-use 30000: passenger cars, new and used"]).toBe(16070.1);
    expect(x.currentAllImports).toBeNull();
    expect(usRow(r, 2024).share!.toFixed(1)).toBe("37.6");
  });

  it("finds the total class from the data (the class that is the sum of the others)", () => {
    expect(r.us.total).toMatch(/^End-use 3: automotive/);
    expect(r.us.classes[0]).toBe(r.us.total);
    expect(r.us.classes).toHaveLength(4);
  });

  it("takes the denominator from the release of the workbook's vintage, and says where Census has revised since", () => {
    expect(new Set(r.us.rows.map((x) => x.allImportsSource))).toEqual(new Set(["census_country_xlsx_v2026"]));
    // 2016: the same-vintage total equals the current annual file
    expect(dataset.goodsAnnual.find((g) => g.year === 2016)!.imports).toBe(69886.8);
    expect(usRow(r, 2023)).toMatchObject({ allImports: 116314.6, currentAllImports: 116305.5 });
    expect(usRow(r, 2025)).toMatchObject({ allImports: 125221.8, currentAllImports: 125545.9 });
    expect(r.us.rows.filter((x) => x.currentAllImports !== null).map((x) => x.year)).toEqual([2023, 2024, 2025]);
    expect(r.us.notes.join(" ")).toMatch(/2023-2025: Census has since revised/);
  });

  it("shows US auto exports to Korea as a gap, never a zero", () => {
    expect(r.us.exportsToKorea).toBeNull();
    expect(r.us.notes.join(" ")).toMatch(/US auto exports to Korea by end-use class: not found/);
  });
});

describe("autos (core): Korea-reported HS 87 (SOURCES-korea-side.md §2.2)", () => {
  const r = autosReport(dataset, {});

  it("pins the HS 87 surplus and its share of Korea's whole surplus with the US", () => {
    expect(r.kr.shown).toEqual({ from: "2008", to: "2017" });
    expect(krRow(r, 2011)).toMatchObject({ exports: 13661.8, imports: 820.4, totalBalance: 11638.7 });
    expect(krRow(r, 2011).balance).toBeCloseTo(12841.4, 6);
    expect(krRow(r, 2011).share!.toFixed(0)).toBe("110");
    expect(krRow(r, 2016).balance).toBeCloseTo(19712.8, 6);
    expect(krRow(r, 2016).share!.toFixed(0)).toBe("85");
  });

  it("the share of the 2011 → 2016 increase: +6,871.4 of +11,607.7 = 59%", () => {
    expect(r.kr.increase).toMatchObject({ from: 2011, to: 2016 });
    expect(r.kr.increase!.autos).toBeCloseTo(6871.4, 6);
    expect(r.kr.increase!.total).toBeCloseTo(11607.7, 6);
    expect(r.kr.increase!.share!.toFixed(0)).toBe("59");
  });

  it("gives no share of a change that autos and the whole surplus made in opposite directions", async () => {
    // 2008 → 2009: the HS 87 surplus fell while the whole surplus rose ("-372%" would mean nothing)
    const opposite = autosReport(dataset, { from: "2008", to: "2009" });
    expect(opposite.kr.increase).toMatchObject({ from: 2008, to: 2009, share: null });
    expect((await korus(["autos", "--from", "2008", "--to", "2009", "--width", "200"])).stdout).toContain(
      "they moved opposite ways, so autos have no share of the change",
    );
  });

  it("clips each section to its coverage, with a note, and measures the increase over the years asked for", () => {
    const c = autosReport(dataset, { from: "2012", to: "2020" });
    expect(c.us.shown).toEqual({ from: "2016", to: "2020" });
    expect(c.kr.shown).toEqual({ from: "2012", to: "2017" });
    expect(c.us.notes[0]).toBe("US end-use figures cover 2016-2025, so only 2016-2020 are shown (of 2012-2020).");
    expect(c.kr.increase).toMatchObject({ from: 2012, to: 2017 });
    const none = autosReport(dataset, { from: "2008", to: "2010" });
    expect(none.us.rows).toEqual([]);
    expect(none.us.notes[0]).toBe("No US end-use figures in 2008-2010: they cover 2016-2025.");
  });

  it("never sums across bases: each section cites its own datasets", () => {
    expect(r.us.sources).toEqual(["autos_annual", "goods_vintages", "goods_annual"]);
    expect(r.kr.sources).toEqual(["autos_annual", "korea_goods_annual"]);
    expect(r.meta.sources.map((s) => s.dataset)).toEqual([
      "autos_annual",
      "goods_vintages",
      "goods_annual",
      "korea_goods_annual",
    ]);
    expect(r.notes.join(" ")).toMatch(/never summed or netted across bases/);
  });
});

describe("autos (render, colorless)", () => {
  const r = autosReport(dataset, {});

  it("two sections, each labelled with its basis and source", () => {
    const text = renderAutos(r, view);
    expect(text).not.toMatch(ANSI);
    expect(text).toContain("(a) US-reported: Census basis");
    expect(text).toContain("(b) Korea-reported: Korean customs, HS 87");
    expect(text).toMatch(/│ 2016 │\s+25,108\.3 │.*│\s+69,886\.8 │\s+35\.9% │\s+not found │/);
    expect(text).toMatch(/\(now 125,545\.9\)/);
    expect(text.replace(/\s+/g, " ")).toContain(
      "2011 → 2016: Korea's surplus with the US changed by +11,607.7 $M, the HS 87 surplus by +6,871.4: autos account for 59% of the change.",
    );
    expect(text).toContain("Source: Korea Customs Service via KOSIS");
    expect(text).toContain("US imports from Korea by end-use class, $ billions (US-reported)");
  });

  it("CSV: one line per figure, each naming its reporter; the missing US exports an empty cell", () => {
    const lines = autosCsv(r).trim().split("\n");
    expect(lines[0]).toBe("reporter,year,flow,measure,value,unit,source");
    expect(lines).toContain(
      'US,2016,imports_from_korea,"End-use 3: automotive vehicles, parts and engines (30000-30230)",25108.3,musd,autos_annual',
    );
    expect(lines).toContain("US,2016,imports_from_korea,automotive share of all imports,35.93,pct,");
    expect(lines).toContain("US,2016,exports_to_korea,automotive (end-use),,musd,not found");
    expect(lines).toContain("KR,2016,balance,HS 87,19712.8,musd,autos_annual");
    expect(lines.every((l) => !/\d\.\d{3,}/.test(l))).toBe(true);
  });
});

describe("korus autos (CLI)", () => {
  it("--json: 2016 US automotive imports 25,108.3 $M and their share 35.9%", async () => {
    const r = await korus(["autos", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const o = JSON.parse(r.stdout);
    const y = o.us.rows.find((x: { year: number }) => x.year === 2016);
    expect(y.automotive).toBe(25108.3);
    expect(y.share.toFixed(1)).toBe("35.9");
    const parsed = schemas.autos.safeParse(o);
    expect(parsed.success ? "valid" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe("valid");
    expect(schemas.autos.safeParse({ ...o, surprise: 1 }).success).toBe(false);
  });

  it("human view and CSV", async () => {
    const r = await korus(["autos", "--from", "2011", "--to", "2016", "--no-chart"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("autos account for 59% of the change");
    expect(r.stdout).not.toContain("$ billions (Korea-reported)");
    expect(r.stdout).toContain("US end-use figures cover 2016-2025, so only 2016 is shown (of 2011-2016).");
    const csv = await korus(["autos", "--csv", "--from", "2017", "--to", "2017"]);
    expect(csv.stdout.split("\n")).toContain("KR,2017,exports_to_us,HS 87,19816,musd,autos_annual");
  });

  it.each([
    [["autos", "--from", "2000"], /^korus: --from 2000 is outside the data: it covers 2008-2025\n$/],
    [["autos", "--to", "2030"], /^korus: --to 2030 is outside the data: it covers 2008-2025\n$/],
    [["autos", "--from", "2017", "--to", "2016"], /^korus: --from 2017 is after --to 2016: the range must run forward\n$/],
    [["autos", "--height", "2"], /^korus: .*--height.*expected a whole number from 4 to 60/],
    [["autos", "bmw"], /^korus: autos takes no arguments: got "bmw"/],
  ])("bad input %j: one line, exit 2", async (args, message) => {
    await expectUsageError(args, message);
  });
});
