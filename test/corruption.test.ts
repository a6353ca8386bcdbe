// Damaged copies of data/ (through KORUS_DATA_DIR and main()): each corruption is either caught, in one
// line `korus: file:line: problem` with exit 1 and nothing on stdout, or shown harmless (the output of
// several commands is identical to the pristine copy's).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { korus, ROOT } from "./helpers/run";

const tmp = mkdtempSync(join(tmpdir(), "korus-corrupt-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Edit = (text: string) => string;
const lines = (t: string) => t.split("\n");
/** Applies `f` to the line that starts with `prefix` (the first one). */
const onLine =
  (prefix: string, f: (line: string) => string): Edit =>
  (t) => {
    const ls = lines(t);
    const i = ls.findIndex((l) => l.startsWith(prefix));
    if (i < 0) throw new Error(`no line starts with ${prefix}`);
    ls[i] = f(ls[i]!);
    return ls.join("\n");
  };
const del =
  (prefix: string): Edit =>
  (t) =>
    onLine(prefix, () => "\u0000")(t).replace("\u0000\n", "");
const dup = (prefix: string) => onLine(prefix, (l) => `${l}\n${l}`);
const swap =
  (a: string, b: string): Edit =>
  (t) => {
    const ls = lines(t);
    const i = ls.findIndex((l) => l.startsWith(a));
    const j = ls.findIndex((l) => l.startsWith(b));
    [ls[i], ls[j]] = [ls[j]!, ls[i]!];
    return ls.join("\n");
  };
/** Sets cell `col` (0-based) of the row starting with `prefix`. */
const cell = (prefix: string, col: number, value: string) =>
  onLine(prefix, (l) => {
    const cells = l.split(",");
    cells[col] = value;
    return cells.join(",");
  });
const replace =
  (from: string | RegExp, to: string): Edit =>
  (t) => {
    const out = t.replace(from, to);
    if (out === t) throw new Error(`no ${from} to replace`);
    return out;
  };

const A = "us_korea_goods_annual.csv";
const M = "us_korea_goods_monthly.csv";
const P = "us_partner_goods_annual.csv";
const V = "us_korea_goods_annual_vintages.csv";
const FXM = "fx_monthly.csv";
const FXA = "fx_annual.csv";
const FXD = "fx_daily_2017_07.csv";
const CPI = "cpi_u_annual.csv";
const T = "korus_timeline.csv";
const S = "us_korea_services_annual.csv";
const K = "korea_view_us_trade_annual.csv";
const SJ = "sources.json";
const AF = "article-facts.json";
const KG = "korea_view_us_goods_annual.csv";
const KP = "korea_goods_by_partner_annual.csv";
const AU = "us_korea_autos_annual.csv";
const KS = "korea_view_us_services_balance.csv";
const DIGITS_400 = "9".repeat(400);

/** [name, file, edit, expected: the message after `korus: file:LINE: ` (a pattern) or "harmless", the file named when another] */
const CASES: [string, string, Edit | null, RegExp | "harmless", string?][] = [
  // the annual goods series
  ["annual: 2015 and 2016 swapped", A, swap("2015,", "2016,"), /2015 is out of order \(after 2016\)/],
  ["annual: 2016 deleted", A, del("2016,"), /2017 follows 2015: 2016 is missing \(a gap must be declared in sources\.json/],
  ["annual: 2016 repeated", A, dup("2016,"), /duplicate entry for 2016 \(first on line 33\)/],
  ["annual: negative exports", A, cell("2016,", 1, "-42262.2"), /exports_musd: -42262\.2 is negative/],
  ["annual: a 400-digit number", A, cell("2016,", 1, DIGITS_400), /exports_musd: not a finite number/],
  ["annual: NaN text", A, cell("2016,", 2, "NaN"), /imports_musd: expected a plain number .*\(got "NaN"\)/],
  ["annual: exponent notation", A, cell("2016,", 1, "4.22622e4"), /exports_musd: expected a plain number/],
  ["annual: thousands separator", A, cell("2016,", 1, '"42,262.2"'), /exports_musd: expected a plain number/],
  [
    "annual: balance not exports - imports",
    A,
    cell("2016,", 3, "-27000.0"),
    /balance_musd: -27000 is not exports_musd - imports_musd/,
  ],
  ["annual: balance off by 0.2", A, cell("2016,", 3, "-27624.8"), /balance_musd: -27624\.8 is not .* within 0\.1/],
  ["annual: wrong header", A, replace("exports_musd", "exports"), /header is "year,exports,/],
  ["annual: extra column", A, (t) => t.replace(/\n/g, ",x\n"), /header is .*,x", expected/],
  ["annual: one row with an extra field", A, onLine("2016,", (l) => `${l},1`), /expected 5 fields, found 6/],
  ["annual: truncated mid-row", A, (t) => t.slice(0, t.indexOf("2016,") + 12), /expected 5 fields, found 2/],
  ["annual: empty file", A, () => "", /empty file \(no header row\)/],
  ["annual: header only", A, (t) => `${lines(t)[0]}\n`, /no data rows/],
  ["annual: year out of range", A, cell("2016,", 0, "2106"), /year: year out of range/],
  ["annual: unknown source", A, cell("2016,", 4, "census_other"), /source_id census_other is not described in sources\.json/],
  ["annual: byte-order mark", A, (t) => `\ufeff${t}`, "harmless"],
  ["annual: CRLF line ends", A, (t) => t.replace(/\n/g, "\r\n"), "harmless"],
  ["annual: no final newline", A, (t) => t.trimEnd(), "harmless"],
  ["annual: a blank line", A, onLine("2016,", (l) => `${l}\n`), "harmless"],
  ["annual: file missing", A, null, /cannot read \(file missing\)/],
  // the monthly series
  ["monthly: 2016-06 deleted", M, del("2016-06,"), /2016-07 follows 2016-05: 2016-06 is missing/],
  ["monthly: 2016-05 and 2016-06 swapped", M, swap("2016-05,", "2016-06,"), /2016-05 is out of order \(after 2016-06\)/],
  ["monthly: 2016-06 repeated", M, dup("2016-06,"), /duplicate entry for 2016-06/],
  ["monthly: month 13", M, cell("2016-06,", 0, "2016-13"), /month: expected YYYY-MM/],
  ["monthly: negative imports", M, cell("2016-06,", 2, "-1"), /imports_musd: -1 is negative/],
  [
    "monthly: a month changed (balance kept consistent)",
    M,
    onLine("2016-06,", (l) => {
      const [m, ex, im, , src] = l.split(",");
      const e = (Number(ex) + 100).toFixed(1);
      return [m, e, im, (Number(e) - Number(im)).toFixed(1), src].join(",");
    }),
    /the months of 2016 sum to exports 4236\d\.\d, but us_korea_goods_annual\.csv:33 has 42262\.2/,
  ],
  // the partners file
  ["partners: Korea 2016 changed", P, cell("2016,South Korea", 3, "42262.3"), /balance_musd|South Korea 2016 is 42262\.3/],
  [
    "partners: Korea 2016 changed, balance kept consistent",
    P,
    onLine("2016,South Korea", (l) => l.replace("42262.2,69886.8,-27624.6", "42263.2,69886.8,-27623.6")),
    /South Korea 2016 is 42263\.2\/69886\.8\/-27623\.6 \(exports\/imports\/balance\), but us_korea_goods_annual\.csv:33 has 42262\.2/,
  ],
  ["partners: Korea 2016 deleted", P, del("2016,South Korea"), /2017 South Korea follows 2015: 2016 is missing/],
  ["partners: a code changed", P, cell("2016,China", 2, "5701"), /China has code 5701, earlier 5700/],
  [
    "partners: Mexico 2020 and 2021 swapped",
    P,
    swap("2020,Mexico", "2021,Mexico"),
    /2020 Mexico is out of order \(after 2021 Mexico\)/,
  ],
  ["partners: negative exports", P, cell("2016,Germany", 3, "-49568.7"), /exports_musd: -49568\.7 is negative/],
  // the vintages file
  [
    "vintages: the annual file's copy changed",
    V,
    replace("2016,census_country_xlsx_v2024,42262.2,69886.8,-27624.6", "2016,census_country_xlsx_v2024,42262.2,69886.9,-27624.7"),
    /2016 census_country_xlsx_v2024 is 42262\.2\/69886\.9\/-27624\.7 .* but us_korea_goods_annual\.csv:33 from the same copy has/,
  ],
  [
    "vintages: a copy declared equal changed",
    V,
    replace("2015,census_country_xlsx_v2020,43484.0,71775.3", "2015,census_country_xlsx_v2020,43484.0,71785.3"),
    /balance_musd|2015: census_country_xlsx_v2024 .* and census_country_xlsx_v2020 .* differ/,
  ],
  [
    "vintages: a copy declared equal changed, balance consistent",
    V,
    replace("2015,census_country_xlsx_v2020,43484.0,71775.3,-28291.3", "2015,census_country_xlsx_v2020,43484.0,71785.3,-28301.3"),
    /2015: census_country_xlsx_v2024 .* and census_country_xlsx_v2020 .* differ, but sources\.json declares them equal/,
  ],
  ["vintages: a row repeated", V, dup("2017,census_country_xlsx_v2020"), /duplicate entry for 2017 census_country_xlsx_v2020/],
  // exchange rates
  [
    "fx monthly: KRW 0.0001",
    FXM,
    cell("2016-06,", 1, "0.0001"),
    /krw_per_usd: 0\.0001 \(2016-06\) is not within a factor 2 of the previous value, 1173\.7905 \(2016-05\)/,
  ],
  [
    "fx monthly: KRW ten times",
    FXM,
    cell("2016-06,", 1, "11652.023"),
    /krw_per_usd: 11652\.023 \(2016-06\) is not within a factor 2/,
  ],
  ["fx monthly: USD/EUR not the inverse", FXM, cell("2016-06,", 2, "1.1332"), /eur_per_usd: 0\.8903 is not 1\/usd_per_eur/],
  ["fx monthly: 2010-03 deleted", FXM, del("2010-03,"), /2010-04 follows 2010-02: 2010-03 is missing/],
  ["fx monthly: a negative rate", FXM, cell("2016-06,", 4, "-105.3509"), /jpy_per_usd: expected a positive number/],
  ["fx monthly: unknown method", FXM, cell("2016-06,", 6, "guessed"), /usd_per_eur_method: /],
  ["fx annual: 2015 and 2016 swapped", FXA, swap("2015,", "2016,"), /2015 is out of order \(after 2016\)/],
  ["fx annual: a 400-digit JPY rate", FXA, cell("2016,", 4, DIGITS_400), /jpy_per_usd: not a finite number/],
  ["fx daily: a malformed date", FXD, cell("2017-07-11,", 0, "2017-7-11"), /date: expected YYYY-MM-DD/],
  ["fx daily: a rate a hundred times", FXD, cell("2017-07-11,", 2, "131225"), /ecb_krw_per_eur: 131225 .* not within a factor 2/],
  // CPI
  ["cpi: 2000 deleted", CPI, del("2000,"), /2001 follows 1999: 2000 is missing/],
  ["cpi: ten times", CPI, cell("2016,", 1, "2400.07"), /cpi_u_1982_84_100: 2400\.07 \(2016\) is not within a factor 1\.25/],
  ["cpi: 13 months averaged", CPI, cell("2016,", 2, "13"), /months_averaged: expected 1-12/],
  // the timeline
  ["timeline: an impossible date", T, replace("2012-03-15,", "2012-02-30,"), /date: not a calendar date/],
  ["timeline: a malformed date", T, replace("2012-03-15,", "15/03/2012,"), /date: expected YYYY-MM-DD/],
  ["timeline: rows out of order", T, swap("2011-10-03,", "2011-10-12,"), /2011-10-03 is out of order \(after 2011-10-12\)/],
  [
    "timeline: the in-force anchor removed",
    T,
    onLine("2012-03-15,", (l) => l.replace(/,in-force$/, ",")),
    /no event has the anchor in-force/,
  ],
  [
    "timeline: an anchor used twice",
    T,
    onLine("2019-01-01,", (l) => l.replace(/,[a-z-]*$/, ",in-force")),
    /anchor in-force is used twice/,
  ],
  ["timeline: a quote not closed", T, (t) => `${t}2026-01-01,"a new event\n`, /unterminated quoted field/],
  ["timeline: a quoted field unquoted", T, replace('2010-12-03,"After', "2010-12-03,After"), /expected 6 fields, found \d+/],
  ["timeline: CRLF line ends", T, (t) => t.replace(/\n/g, "\r\n"), "harmless"],
  ["korea partners: CRLF line ends", KP, (t) => t.replace(/\n/g, "\r\n"), "harmless"],
  // services and Korea's view
  ["services: negative exports", S, cell("2012,", 1, "-18"), /exports_busd: -18 is negative/],
  ["services: balance not exports - imports", S, cell("2012,", 3, "7"), /balance_busd: 7 is not exports_busd - imports_busd/],
  [
    "korea view: total not exports + imports",
    K,
    cell("2018,", 5, "141.6"),
    /total_trade_busd: 141\.6 is not exports_to_us_busd \+ imports_from_us_busd/,
  ],
  ["korea view: unknown flow", K, cell("2018,", 1, "gods"), /flow: /],
  // Korea's side
  ["korea goods: 2015 and 2016 swapped", KG, swap("2015,", "2016,"), /2015 is out of order \(after 2016\)/],
  ["korea goods: 2016 deleted", KG, del("2016,"), /2017 follows 2015: 2016 is missing/],
  ["korea goods: a 400-digit export", KG, cell("2016,", 1, DIGITS_400), /exports_to_us_musd: not a finite number/],
  [
    "korea goods: a year changed (balance kept consistent)",
    KG,
    replace("2016,66462.3,43215.9,23246.4", "2016,66472.3,43215.9,23256.4"),
    /United States 2016 is 66462\.3\/43215\.9\/23246\.4 .* but korea_view_us_goods_annual\.csv:33 has 66472\.3/,
    KP,
  ],
  ["korea partners: a negative import", KP, cell("2011,China", 4, "-86432.2"), /imports_musd: -86432\.2 is negative/],
  ["korea partners: a row repeated", KP, dup("2011,China"), /duplicate entry for 2011 CHN/],
  [
    "autos: a flow the reporter cannot report",
    AU,
    replace("2010,KR,exports_to_us", "2010,KR,imports_from_korea"),
    /reporter KR cannot report the flow imports_from_korea/,
  ],
  ["autos: a year deleted", AU, del("2010,KR,exports_to_us"), /2011 KR exports_to_us .* follows 2009: 2010 is missing/],
  [
    "korea services: a 300-digit balance",
    KS,
    cell("2024,", 1, `-${"9".repeat(300)}`),
    /balance: -1e\+300 is beyond any plausible value/,
  ],
  [
    "korea services: an unknown source",
    KS,
    replace("bok_regional_bop_2006_via_donga", "bok_unknown"),
    /source_id bok_unknown is not described/,
  ],
  // sources.json and article-facts.json
  ["sources.json: truncated", SJ, (t) => t.slice(0, 2000), /not valid JSON/],
  [
    "sources.json: a dataset entry removed",
    SJ,
    replace('"id": "cpi_u_annual"', '"id": "cpi_other"'),
    /datasets: no entry for cpi_u_annual \(cpi_u_annual\.csv\)|no vintage/,
  ],
  [
    "sources.json: a source removed",
    SJ,
    replace('"census_country_xlsx_v2020": {', '"census_country_xlsx_v2019": {'),
    /source_id census_country_xlsx_v2020 is not described/,
    V,
  ],
  [
    "sources.json: a URL damaged",
    SJ,
    replace('"url": "https://www.census.gov/foreign-trade/balance/country.xlsx"', '"url": "census.gov"'),
    /sources\.census_country_xlsx_v2024\.url: expected an http\(s\) URL/,
  ],
  [
    "sources.json: a gap declared where the data have a row",
    SJ,
    replace('"id": "cpi_u_annual",', '"id": "cpi_u_annual", "gaps": [{ "from": "2000", "to": "2000", "note": "x" }],'),
    /datasets cpi_u_annual: gaps declares 2000-2000 missing, but cpi_u_annual\.csv:22 has 2000/,
  ],
  ["sources.json: byte-order mark", SJ, (t) => `\ufeff${t}`, "harmless"],
  ["sources.json: CRLF line ends", SJ, (t) => t.replace(/\n/g, "\r\n"), "harmless"],
  ["article-facts.json: not JSON", AF, (t) => t.replace("{", "{{"), /not valid JSON/],
  [
    "article-facts.json: a fact id repeated",
    AF,
    replace('"id": "deficit-2016"', '"id": "deficit-2011"'),
    /facts: fact ids must be unique/,
  ],
];

const COMMANDS = [
  ["deficit", "--json"],
  ["trade", "--monthly", "--all", "--csv"],
  ["partners", "--year", "2016", "--json"],
  ["rates", "--monthly", "--all", "--csv"],
  ["timeline", "--json"],
  ["mirror", "--json"],
  ["check", "The deficit doubled between 2011 and 2016", "--json"],
];

const pristine = join(tmp, "pristine");
cpSync(join(ROOT, "data"), pristine, { recursive: true });
const baseline = Promise.all(COMMANDS.map((c) => korus(c, { KORUS_DATA_DIR: pristine })));

function corrupt(i: number, file: string, edit: Edit | null): string {
  const dir = join(tmp, `case-${i}`);
  cpSync(pristine, dir, { recursive: true });
  if (edit === null) rmSync(join(dir, file));
  else writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return dir;
}

describe("corrupted copies of data/", () => {
  it("has at least 51 corruptions", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(51);
  });

  it.each(CASES.map(([name, file, edit, expected, named], i) => [name, i, file, edit, expected, named ?? file] as const))(
    "%s",
    async (_name, i, file, edit, expected, named) => {
      const dir = corrupt(i, file, edit);
      if (expected === "harmless") {
        const base = await baseline;
        for (const [j, args] of COMMANDS.entries()) {
          const r = await korus(args, { KORUS_DATA_DIR: dir });
          expect([r.code, r.stderr], args.join(" ")).toEqual([base[j]!.code, base[j]!.stderr]);
          expect(r.stdout, args.join(" ")).toBe(base[j]!.stdout);
        }
        return;
      }
      const r = await korus(["deficit"], { KORUS_DATA_DIR: dir });
      expect(r.stdout).toBe("");
      expect(r.code).toBe(1);
      const [line, ...rest] = r.stderr.split("\n");
      expect(rest).toEqual([""]);
      const m = /^korus: ([a-z0-9_.-]+):(\d+): (.*)$/.exec(line!);
      expect(m, line).not.toBeNull();
      expect(line, "never a stack, never a raw number overflow").not.toMatch(/Infinity|NaN\b(?!")|\bat .*\.ts:/);
      expect(m![1]).toBe(named);
      expect(m![3]).toMatch(expected);
    },
  );
});
