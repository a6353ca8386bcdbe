import { describe, expect, it } from "vitest";
import { FUEL_SUPPLIERS, type OriginsRangeReport, type OriginsYearReport, originNamed, originsReport } from "../src/core/origins";
import dataset from "../src/data/dev-dataset";
import { UsageError } from "../src/errors";
import { originsCsv, renderOrigins } from "../src/render/origins";
import * as schemas from "./helpers/json-schemas-korea";
import { ANSI, expectUsageError, korus } from "./helpers/run";

const range = (p: Parameters<typeof originsReport>[1] = {}) => originsReport(dataset, p) as OriginsRangeReport;
const year = (p: Parameters<typeof originsReport>[1]) => originsReport(dataset, p) as OriginsYearReport;
const row = (r: OriginsRangeReport, code: string) => r.rows.find((x) => x.code === code)!;
const pct1 = (v: number | null) => v?.toFixed(1);
// wide enough for every column on one line: at 80 the tables wrap and drop columns (issue 12)
const view = { chart: true, width: 160, colorOn: false };

describe("origins (core): the article's point, 2011 → 2016 (SOURCES-korea-side.md §0, §1.3)", () => {
  const r = range();

  it("defaults to the article's period, derived from the timeline and the article's date", () => {
    expect(r.view).toBe("range");
    expect(r.range).toEqual({ from: "2011", to: "2016" });
    expect(r.years).toEqual([2011, 2012, 2013, 2014, 2015, 2016]);
    expect(r.flow).toBe("imports");
    expect(r.basis).toBe("Korea-reported, imports c.i.f.");
    expect(r.meta.sources.map((s) => s.dataset)).toEqual(["korea_partners_annual"]);
  });

  it("pins the US, the world and the world without the US", () => {
    expect(row(r, "USA")).toMatchObject({ from: 44569.0, to: 43215.9 });
    expect(pct1(row(r, "USA").changePct)).toBe("-3.0");
    expect(row(r, "WLD")).toMatchObject({ from: 524413.1, to: 406192.9, kind: "world" });
    expect(pct1(row(r, "WLD").changePct)).toBe("-22.5");
    const rest = row(r, "WLD-USA");
    expect(rest.kind).toBe("computed");
    expect(rest.label).toMatch(/computed/);
    expect(rest.from).toBeCloseTo(479844.1, 6);
    expect(rest.to).toBeCloseTo(362977.0, 6);
    expect(pct1(rest.changePct)).toBe("-24.4");
    expect(r.headline).toMatchObject({ us: row(r, "USA").changePct, world: row(r, "WLD").changePct });
    expect(pct1(r.headline!.worldWithoutUs)).toBe("-24.4");
  });

  it("pins the partners where the point does not hold, and those where it does", () => {
    const expected: Record<string, string> = {
      CHN: "0.6",
      DEU: "11.5",
      VNM: "145.8",
      TWN: "11.6",
      EU28: "9.4",
      EU27: "7.0",
      JPN: "-30.5",
      SAU: "-57.4",
      AUS: "-42.3",
      QAT: "-51.4",
      KWT: "-57.2",
      ARE: "-53.0",
    };
    for (const [code, v] of Object.entries(expected)) expect([code, pct1(row(r, code).changePct)]).toEqual([code, v]);
    expect(r.headline!.exceptions.map((x) => x.code)).toEqual(["CHN", "EU27", "EU28", "DEU", "TWN", "VNM"]);
  });

  it("shares of the world as KITA gives them (8.50% → 10.64%)", () => {
    expect(row(r, "USA").shareFrom!.toFixed(2)).toBe("8.50");
    expect(row(r, "USA").shareTo!.toFixed(2)).toBe("10.64");
  });

  it("computes the fuel note: the four Gulf suppliers -55.2%, the rest without the US and them -17.3%", () => {
    expect(r.fuel).toMatchObject({ codes: [...FUEL_SUPPLIERS.codes], reason: FUEL_SUPPLIERS.reason });
    expect(r.fuel!.from).toBeCloseTo(89441.0, 6);
    expect(r.fuel!.to).toBeCloseTo(40026.4, 6);
    expect(pct1(r.fuel!.changePct)).toBe("-55.2");
    expect(r.fuel!.restFrom).toBeCloseTo(390403.1, 6);
    expect(r.fuel!.restTo).toBeCloseTo(322950.6, 6);
    expect(pct1(r.fuel!.restChangePct)).toBe("-17.3");
  });

  it("labels EU28/EU27 as sums of members, from the source_id suffix, and sorts partners by change", () => {
    expect(row(r, "EU28")).toMatchObject({ kind: "group", label: "sum of members" });
    expect(row(r, "EU27")).toMatchObject({ kind: "group", label: "sum of members" });
    expect(r.rows.slice(0, 2).map((x) => x.code)).toEqual(["WLD", "WLD-USA"]);
    const changes = r.rows.slice(2).map((x) => x.changePct!);
    expect(changes).toEqual([...changes].sort((a, b) => a - b));
  });

  it("indexes every series to the first year = 100 for the chart", () => {
    expect(row(r, "WLD").index[0]).toBe(100);
    expect(row(r, "VNM").index.at(-1)!.toFixed(1)).toBe("245.8");
    expect(r.chart.slice(0, 3)).toEqual(["WLD", "WLD-USA", "USA"]);
  });

  it("derives the US row from the data: the partner whose exports equal Korea's file on the US", () => {
    expect(dataset.facts.koreaUs).toBe("USA");
    expect(dataset.facts.koreaPartners.find((p) => p.code === "WLD")?.kind).toBe("world");
    expect(dataset.facts.koreaPartnerYears).toEqual({ from: "2008", to: "2025" });
  });
});

describe("origins (core): views, filters and bad input", () => {
  it("one year: value and share of the world; a missing value stays missing", () => {
    const r = year({ year: "2016" });
    expect(r.view).toBe("year");
    expect(r.rows.find((x) => x.code === "CHN")!.share!.toFixed(2)).toBe("21.41");
    const y25 = year({ year: "2025" });
    expect(y25.rows.find((x) => x.code === "JPN")).toMatchObject({ value: null, share: null });
    expect(y25.missing).toContain("Japan");
    expect(y25.notes.join(" ")).toMatch(/No imports figure in 2025 for .*Japan.*: shown as missing/);
  });

  it("says where a figure is derived, not stated, and which releases the figures come from", () => {
    const notes = year({ year: "2024" }).notes.join(" ");
    expect(notes).toContain("United States 2024: imports computed as exports - balance from the stated figures.");
    expect(notes).toMatch(/more than one release: .*motie_annual_prelim_2024 for 2024 \(World\)/);
    expect(year({ year: "2024", flow: "exports" }).notes.join(" ")).not.toContain("imports computed");
    expect(year({ year: "2024", flow: "balance" }).notes.join(" ")).not.toContain("imports computed");
  });

  it("partner arguments filter, keeping the world, the world without the US and the US", () => {
    const r = range({ partners: ["china", "JPN", "saudi-arabia"] });
    expect(r.rows.map((x) => x.code).sort()).toEqual(["CHN", "JPN", "SAU", "USA", "WLD", "WLD-USA"]);
    // the exceptions and the fuel note still describe every partner
    expect(r.headline!.exceptions.length).toBe(6);
    expect(r.fuel).not.toBeNull();
  });

  it("reads partners by name, code, gazetteer word, kebab-case or initials", () => {
    const cases: [string, string][] = [
      ["China", "CHN"],
      ["chinese", "CHN"],
      ["united-arab-emirates", "ARE"],
      ["uae", "ARE"],
      ["us", "USA"],
      ["eu28", "EU28"],
      ["world", "WLD"],
    ];
    for (const [text, code] of cases) expect([text, originNamed(dataset, text)?.code]).toEqual([text, code]);
    expect(originNamed(dataset, "france")).toBeNull();
  });

  it("after the article's period, --from alone runs to the latest year every partner has a figure for", () => {
    expect(range({ from: "2018" }).range).toEqual({ from: "2018", to: "2023" });
    expect(range({ from: "2012" }).range).toEqual({ from: "2012", to: "2016" });
    const up = renderOrigins(range({ from: "2016", to: "2018" }), { ...view, chart: false }).replace(/\s+/g, " ");
    expect(up).toContain("Korea's imports from the US rose 36.2% (2016 → 2018)");
    expect(up).toContain("Imports grew more than from the US from Australia (+36.5%)");
  });

  it("exports and the balance", () => {
    const ex = range({ flow: "exports" });
    expect(ex.basis).toBe("Korea-reported, exports f.o.b.");
    expect(row(ex, "USA")).toMatchObject({ from: 56207.7, to: 66462.3 });
    expect(ex.fuel).toBeNull();
    const bal = range({ flow: "balance" });
    expect(row(bal, "USA")).toMatchObject({ from: 11638.7, to: 23246.4 });
    expect(row(bal, "USA").shareFrom).toBeNull();
    expect(bal.headline).toBeNull();
  });

  it("refuses what it cannot show, saying what is accepted", () => {
    expect(() => range({ partners: ["france"] })).toThrow(
      /"france" is not a partner in Korea's file: it holds World, United States, China/,
    );
    expect(() => range({ from: "2016", to: "2011" })).toThrow(UsageError);
    expect(() => year({ year: "2030" })).toThrow(/--year 2030 is outside the data: it covers 2008-2025/);
    expect(() => originsReport(dataset, { year: "2016", from: "2011" })).toThrow(/cannot be combined/);
  });
});

describe("origins (render, colorless)", () => {
  it("says the article's point in one sentence, and where it does not hold", () => {
    const text = renderOrigins(range(), view);
    expect(text).not.toMatch(ANSI);
    expect(text.replace(/\s+/g, " ")).toContain(
      "Korea's imports from the US fell 3.0% (2011 → 2016); from the world 22.5%, from the world without the US 24.4%.",
    );
    expect(text.replace(/\s+/g, " ")).toMatch(/Not so for China \(\+0\.6%\), .*Germany \(\+11\.5%\), .*Vietnam \(\+145\.8%\)/);
    expect(text.replace(/\s+/g, " ")).toMatch(
      /four Gulf suppliers \(Saudi Arabia, Qatar, Kuwait, United Arab Emirates\) fell 55\.2% .* those four, fell 17\.3%/,
    );
    expect(text).toContain("EU28 (fixed membership; sum of members)");
    expect(text).toContain("World without the US (computed)");
    expect(text).toContain("World without the US is computed: the world total minus United States");
    expect(text).toContain("Korea's imports by origin, indexed (2011 = 100)");
  });

  it("shows a missing value as missing, never 0", () => {
    const text = renderOrigins(year({ year: "2025" }), view);
    expect(text).toMatch(/│ Japan\s+│\s+n\/a │\s+n\/a │/);
  });

  it("CSV: one line per partner, $M to 0.1 and percentages to 0.01, no float noise", () => {
    const csv = originsCsv(range());
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe(
      "partner,partner_code,kind,label,imports_2011_musd,imports_2016_musd,change_musd,change_pct,share_2011_pct,share_2016_pct",
    );
    expect(lines).toContain("United States,USA,country,,44569,43215.9,-1353.1,-3.04,8.5,10.64");
    expect(lines).toContain(
      "World without the US,WLD-USA,computed,computed: WLD - USA,479844.1,362977,-116867.1,-24.36,91.5,89.36",
    );
    expect(lines).toHaveLength(1 + range().rows.length);
    expect(csv).not.toMatch(/\d\.\d{3,}/);
  });
});

describe("korus origins (CLI)", () => {
  it("--from 2011 --to 2016 --json: the figures a script reads", async () => {
    const r = await korus(["origins", "--from", "2011", "--to", "2016", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const o = JSON.parse(r.stdout);
    const get = (code: string) => o.rows.find((x: { code: string }) => x.code === code);
    expect(get("USA").changePct.toFixed(1)).toBe("-3.0");
    expect(get("WLD-USA").changePct.toFixed(1)).toBe("-24.4");
    expect(get("WLD").changePct.toFixed(1)).toBe("-22.5");
    expect(get("CHN").changePct.toFixed(1)).toBe("0.6");
    expect(get("DEU").changePct.toFixed(1)).toBe("11.5");
    expect(get("VNM").changePct.toFixed(1)).toBe("145.8");
    expect(o.meta.sources[0]).toMatchObject({ dataset: "korea_partners_annual", file: "data/korea_goods_by_partner_annual.csv" });
    expect(o.unit).toBe("millions of US dollars");
    expect(o.basis).toBe("Korea-reported, imports c.i.f.");
  });

  it.each([
    [["origins"], schemas.originsRange],
    [["origins", "--flow", "balance", "china"], schemas.originsRange],
    [["origins", "--year", "2016"], schemas.originsYear],
    [["origins", "--year", "2025", "--flow", "exports"], schemas.originsYear],
  ])("korus %j --json validates against its documented schema", async (args, schema) => {
    const r = await korus([...args, "--json"]);
    expect(r.code).toBe(0);
    const parsed = schema.safeParse(JSON.parse(r.stdout));
    expect(parsed.success ? "valid" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe("valid");
  });

  it("the schema rejects an undocumented field (the check can fail)", async () => {
    const o = JSON.parse((await korus(["origins", "--json"])).stdout);
    expect(schemas.originsRange.safeParse({ ...o, surprise: 1 }).success).toBe(false);
  });

  it("human view on stdout, nothing on stderr; --csv; --no-chart", async () => {
    const r = await korus(["origins", "china", "japan"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Korea's imports from the US fell 3.0%");
    expect(r.stdout).toMatch(/│ China\s+│/);
    expect(r.stdout).not.toMatch(/│ Vietnam\s+│/);
    expect((await korus(["origins", "--no-chart"])).stdout).not.toContain("indexed");
    const csv = await korus(["origins", "--partner", "vietnam", "--csv"]);
    expect(csv.stdout.split("\n")).toContain("Vietnam,VNM,country,,5084.2,12495.2,7411,145.77,0.97,3.08");
  });

  it.each([
    [["origins", "france"], /^korus: "france" is not a partner in Korea's file: it holds World, United States, .*Taiwan\n$/],
    [["origins", "--partner", "france"], /^korus: "france" is not a partner in Korea's file/],
    [["origins", "--year", "2030"], /^korus: --year 2030 is outside the data: it covers 2008-2025\n$/],
    [["origins", "--from", "2007"], /^korus: --from 2007 is outside the data: it covers 2008-2025\n$/],
    [["origins", "--from", "2016", "--to", "2011"], /^korus: --from 2016 is after --to 2011: the range must run forward\n$/],
    [["origins", "--year", "2016", "--to", "2017"], /^korus: --year and --from\/--to cannot be combined/],
    [
      ["origins", "--flow", "oil"],
      /^korus: option '--flow <flow>' argument 'oil' is invalid\. Allowed choices are imports, exports, balance/,
    ],
    [["origins", "--json", "--csv"], /^korus: --json and --csv cannot be combined/],
  ])("bad input %j: one line, exit 2", async (args, message) => {
    await expectUsageError(args, message);
  });

  it("help states the default period and the partners, from the data", async () => {
    const r = await korus(["origins", "--help"]);
    expect(r.code).toBe(0);
    const text = r.stdout.replace(/\s+/g, " ");
    expect(text).toContain("default: 2011, the base year of the article's period");
    expect(text).toContain("default: 2016, the latest full year at the article's date");
    expect(text).toContain("united-arab-emirates");
    expect(text).not.toContain("default: []");
  });

  it("korus help data lists the Korea-side datasets", async () => {
    const r = await korus(["help", "data"]);
    expect(r.stdout).toContain("korea_goods_by_partner_annual.csv");
    expect(r.stdout).toContain("us_korea_autos_annual.csv");
    expect(r.stdout).toContain("korea_view_us_goods_annual.csv");
  });

  it("completion offers Korea's partners", async () => {
    const r = await korus(["completion", "bash"]);
    expect(r.stdout).toMatch(/origins\)[\s\S]*--partner\) COMPREPLY=\( \$\(compgen -W '[^']*saudi-arabia/);
  });
});
