// USD per EUR for the months where only EUR per USD is published: derived, marked as derived in CSV and
// --json, and rounded to the published precision (4 decimals), never printed to 17 digits.
import { describe, expect, it } from "vitest";
import { ratesReport } from "../src/core/rates";
import dataset from "../src/data/dev-dataset";
import { korus } from "./helpers/run";

const blank = dataset.fxMonthly.filter((r) => r.usdPerEur === null && r.eurPerUsd !== null).map((r) => r.month);

describe("derived USD per EUR", () => {
  it("nine months are blank in the data (ambiguous inverse)", () => {
    expect(blank).toHaveLength(9);
  });

  it("--csv marks each derived value in a column and rounds it to 4 decimals", async () => {
    const r = await korus(["rates", "EUR", "--monthly", "--all", "--csv"]);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("month,usd_per_eur,usd_per_eur_derived");
    const derived = lines.filter((l) => l.endsWith(",true"));
    expect(derived.map((l) => l.split(",")[0])).toEqual(blank);
    for (const l of lines.slice(1)) expect(l.split(",")[1], l).toMatch(/^(\d+\.\d{1,4})?$/);
    const row = dataset.fxMonthly.find((x) => x.month === blank[0])!;
    expect(derived[0]).toBe(`${blank[0]},${(1 / row.eurPerUsd!).toFixed(4).replace(/0+$/, "")},true`);
  });

  it("--json lists the derived currencies of each row", async () => {
    const o = JSON.parse((await korus(["rates", "--monthly", "--all", "--json"])).stdout);
    const rows = o.rows as { period: string; derived: string[]; EUR: number | null }[];
    expect(rows.filter((x) => x.derived.includes("EUR")).map((x) => x.period)).toEqual(blank);
    for (const x of rows) if (x.EUR !== null) expect(String(x.EUR), x.period).toMatch(/^\d+(\.\d{1,4})?$/);
  });

  it("the core rounds to the precision the published values have", () => {
    const r = ratesReport(dataset, { currencies: ["EUR", "KRW"], monthly: true, from: blank[0], to: blank[0] });
    expect(r.rows[0]!.derived).toEqual(["EUR"]);
    expect(r.notes.join(" ")).toMatch(/is derived: the inverse of the published EUR per USD, rounded to 4 decimals/);
  });
});
