// Changes are computed by period, never by row position: a missing period gives a missing change (shown as
// missing), rows out of order give the same changes, and check says a missing year is missing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { deficitReport } from "../src/core/deficit";
import { tradeReport } from "../src/core/trade";
import dataset from "../src/data/dev-dataset";
import type { Dataset } from "../src/data/schema";
import { korus, ROOT } from "./helpers/run";

const without = (month: string): Dataset => ({ ...dataset, goodsMonthly: dataset.goodsMonthly.filter((r) => r.month !== month) });
const values = (rows: { period: string; balance?: number | null }[]) =>
  Object.fromEntries(rows.map((r) => [r.period, r.balance]));

describe("changes by period (core)", () => {
  it("a deleted 2016-06 leaves only 2017-06's year-on-year change missing, not twelve shifted ones", () => {
    const p = { monthly: true, from: "2016-07", to: "2017-12", change: "yoy" as const, series: ["balance"] };
    const whole = values(tradeReport(dataset, p).rows);
    const gap = values(tradeReport(without("2016-06"), p).rows);
    expect(gap["2017-06"]).toBeNull();
    for (const m of Object.keys(whole)) if (m !== "2017-06") expect(gap[m], m).toBe(whole[m]);
  });

  it("a deleted 2016-06 leaves 2016-07's month-on-month change missing, in trade and deficit", () => {
    const gap = without("2016-06");
    const pct = values(
      tradeReport(gap, { monthly: true, from: "2016-05", to: "2016-08", change: "abs", series: ["balance"] }).rows,
    );
    expect(pct["2016-07"]).toBeNull();
    expect(pct["2016-08"]).not.toBeNull();
    const d = deficitReport(gap, { monthly: true, from: "2016-05", to: "2016-08" });
    expect(d.rows.map((r) => ("month" in r ? [r.month, r.change === null] : []))).toEqual([
      ["2016-05", false],
      ["2016-07", true],
      ["2016-08", false],
    ]);
    const krw = deficitReport(gap, { monthly: true, from: "2016-05", to: "2016-08", currency: "KRW" });
    expect(krw.rows.map((r) => r.change === null)).toEqual([false, true, false]);
  });

  it("rows out of order give the same percent change: 2016 is -2.81% exports, not -5.35%", () => {
    const swapped = [...dataset.goodsAnnual];
    const i = swapped.findIndex((r) => r.year === 2015);
    [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
    const p = { from: "2014", to: "2017", change: "pct" as const, series: ["exports"] };
    const r = tradeReport({ ...dataset, goodsAnnual: swapped }, p);
    expect(r.rows.map((x) => x.period)).toEqual(["2014", "2015", "2016", "2017"]);
    expect(r.rows.find((x) => x.period === "2016")!.exports!.toFixed(2)).toBe("-2.81");
    expect(r).toEqual(tradeReport(dataset, p));
  });
});

describe("a gap declared in sources.json (KORUS_DATA_DIR)", () => {
  const dir = mkdtempSync(join(tmpdir(), "korus-gap-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(ROOT, "data"), dir, { recursive: true });
  const edit = (file: string, f: (t: string) => string) =>
    writeFileSync(join(dir, file), f(readFileSync(join(dir, file), "utf8")));
  edit("us_korea_goods_annual.csv", (t) => t.replace(/^2016,.*\n/m, ""));
  edit("us_partner_goods_annual.csv", (t) => t.replace(/^2016,South Korea,.*\n/m, ""));
  edit("sources.json", (t) =>
    t
      .replace('"id": "goods_annual",', '"id": "goods_annual", "gaps": [{ "from": "2016", "to": "2016", "note": "test" }],')
      .replace(
        '"id": "partners_annual",',
        '"id": "partners_annual", "gaps": [{ "from": "2016", "to": "2016", "group": "South Korea", "note": "test" }],',
      ),
  );
  const env = { KORUS_DATA_DIR: dir };

  it("is accepted, and the changes next to it are missing", async () => {
    const r = await korus(["trade", "--change", "pct", "--from", "2014", "--to", "2018", "--csv"], env);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const rows = r.stdout.trim().split("\n").slice(1);
    expect(rows.map((l) => l.split(",")[0])).toEqual(["2014", "2015", "2017", "2018"]);
    expect(rows[2]).toBe("2017,,,");
    const d = JSON.parse((await korus(["deficit", "--from", "2015", "--to", "2017", "--json"], env)).stdout);
    expect(d.rows.map((x: { year: number; change: number | null }) => [x.year, x.change])).toEqual([
      [2015, -3264],
      [2017, null],
    ]);
  });

  it("check says the year is missing (unverifiable), never an internal error", async () => {
    const r = await korus(["check", "The deficit doubled between 2011 and 2016", "--exit-status"], env);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(4);
    expect(r.stdout).toMatch(/2016/);
  });
});
