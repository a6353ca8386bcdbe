import { describe, expect, it } from "vitest";
import { csvPrecision, precisionFor, roundForOutput, roundTo } from "../src/render/precision";
import { korus } from "./helpers/run";

/** Every command with machine output, in the views whose numbers are computed (conversions, transforms, ratios). */
const VIEWS = [
  "deficit",
  "deficit --all",
  "deficit --monthly",
  "deficit --currency KRW",
  "deficit --currency EUR --monthly",
  "deficit --currency JPY --all",
  "deficit --currency CNY --from 2011 --to 2016",
  "trade",
  "trade --change pct",
  "trade --change abs --monthly",
  "trade --monthly --change yoy",
  "trade --change cagr",
  "trade --real 2024",
  "trade total --real",
  "partners",
  "partners --year 2016",
  "partners --from 2015 --to 2023",
  "mirror",
  "revisions",
  "revisions 2016",
  "rates",
  "rates --monthly",
  "rates KRW EUR --all",
  "timeline",
  "sources",
  "facts",
  "convert 13.2B --to EUR --date 2017-07-13",
  "convert 13.2B --to KRW",
  "convert 1e3 --to JPY --from EUR --date 2016",
  "convert 27.6B --to CNY --date 2016-05",
  "origins",
  "autos",
];
const CLAIMS = [
  "The deficit with Korea doubled between 2011 and 2016",
  "The deficit grew 20% in 2022",
  "The US trade deficit with Korea was $13.2 billion in 2011",
];

/** More than 6 decimals, or the 15-17 significant digits of binary float noise. */
const NOISE = /-?\d+\.\d{7,}/g;

async function machine(args: string[]): Promise<string> {
  const r = await korus(args);
  expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

describe("machine output carries no float noise", () => {
  it.each(VIEWS)("%s --json and --csv", async (view) => {
    const args = view.split(" ");
    const json = await machine([...args, "--json"]);
    expect(json.match(NOISE) ?? []).toEqual([]);
    if (!view.startsWith("convert") && !view.startsWith("sources") && !view.startsWith("facts")) {
      const csv = await machine([...args, "--csv"]);
      expect(csv.match(NOISE) ?? []).toEqual([]);
    }
  });

  it.each(CLAIMS)("check %j --json", async (claim) => {
    const r = await korus(["check", claim, "--json"]);
    expect(r.stdout.match(NOISE) ?? []).toEqual([]);
  });

  it("the issue's two examples print their published precision", async () => {
    // mirror is now in $ millions (schemaVersion 2): the 2012 US figure the issue saw as 16.616400000000002 billion
    const mirror = await machine(["mirror", "--csv"]);
    expect(mirror).toMatch(/^2012,[^\n]*,-16616\.4,/m);
    expect(mirror).not.toContain("16.616400000000002");
    const krw = await machine(["deficit", "--csv", "--currency", "KRW"]);
    expect(krw).not.toContain("-12963973.624499999");
    expect(krw).toMatch(/,-12963973\.6,/);
  });
});

describe("precision rules", () => {
  it("money follows its unit, rates keep 4 decimals or 6 significant digits", () => {
    expect(precisionFor("balance", "millions of US dollars")).toBe(1);
    expect(precisionFor("usReported", "billions of US dollars")).toBe(4);
    expect(precisionFor("exports", "percent")).toBe(2);
    expect(precisionFor("ratio", "millions of US dollars")).toBe(6);
    expect(roundTo(1098.70612, "rate")).toBe(1098.7061);
    expect(roundTo(0.8758868354208637, "rate")).toBe(0.875887);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(Object.is(roundTo(-0.04, 1), -0)).toBe(false);
    expect(csvPrecision("balance_mkrw")).toBe(1);
    expect(csvPrecision("exports_musd_2024")).toBe(1);
    expect(csvPrecision("difference_busd")).toBe(4);
    expect(csvPrecision("usd_per_eur")).toBe("rate");
  });

  it("rounds nested objects by the nearest unit, leaving strings and integers alone", () => {
    const out = roundForOutput({
      unit: "millions of KRW",
      rows: [{ year: 2016, balance: -12963973.624499999, perUsd: 1160.4123456, label: "x" }],
      ratio: 2.0928202913702583,
    });
    expect(out).toEqual({
      unit: "millions of KRW",
      rows: [{ year: 2016, balance: -12963973.6, perUsd: 1160.4123, label: "x" }],
      ratio: 2.09282,
    });
  });
});
