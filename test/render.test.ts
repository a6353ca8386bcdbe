import { describe, expect, it } from "vitest";
import { deficitReport } from "../src/core/deficit";
import dataset from "../src/data/dev-dataset";
import { columnMap, renderChart, resample, yTicks } from "../src/render/chart";
import { deficitCsv, deficitHeadline, renderDeficit } from "../src/render/deficit";
import { formatNumber, shortMoney } from "../src/render/format";
import { ANSI } from "./helpers/run";

const view = { units: "billions" as const, chart: true, width: 80, colorOn: false };

describe("format", () => {
  it.each([
    [-27624.6, 1, {}, "-27,624.6"],
    [666.7, 1, { sign: true }, "+666.7"],
    [-0.04, 1, { sign: true }, "0.0"],
    [1234567.891, 2, {}, "1,234,567.89"],
    [999.95, 1, {}, "1,000.0"],
  ])("formatNumber(%d, %d, %j) = %s", (v, d, o, s) => {
    expect(formatNumber(v, d, o)).toBe(s);
  });
  it("shortens money", () => {
    expect(shortMoney(-13199.7)).toBe("$13.2B");
    expect(shortMoney(32025000, "KRW")).toBe("₩32.0T");
  });
});

describe("deficit view", () => {
  const r = deficitReport(dataset, { from: "2011", to: "2016" });

  it("has the headline of the issue", () => {
    expect(deficitHeadline(r)).toBe(
      "US goods trade balance with South Korea, 2011 → 2016: deficit $13.2B → $27.6B, widened (×2.09, +15.9%/yr)",
    );
  });

  it("renders the table in billions or millions, without color, with the KORUS marker", () => {
    const text = renderDeficit(r, view);
    expect(text).not.toMatch(ANSI);
    expect(text).toMatch(/│ 2016 │\s+42\.3 │\s+69\.9 │\s+-27\.6 │\s+\+0\.7 │ deficit/);
    expect(text).toMatch(/│ 2012 │.*◆/);
    const millions = renderDeficit(r, { ...view, units: "millions", chart: false });
    expect(millions).toMatch(/│ 2011 │\s+43,461\.6 │\s+56,661\.4 │\s+-13,199\.7 │\s+-3,145\.2 │/);
    expect(millions).toContain("$ millions");
    expect(millions).not.toContain("└┬");
  });

  it("fits the chart to the width and labels the year axis without overlap", () => {
    for (const width of [40, 80, 120]) {
      const text = renderDeficit(deficitReport(dataset, { all: true }), { ...view, width });
      // the chart title (the last mention: the headline is the first) wraps at 40 columns
      const chart = text.slice(text.lastIndexOf("US goods trade balance with South Korea,"));
      const lines = chart.split("\n").slice(
        1,
        chart.split("\n").findIndex((l) => l.startsWith("Note:") || l === ""),
      );
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(width);
      const axisLabels = lines.find((l) => /^\s+1985/.test(l))!;
      const years = axisLabels.trim().split(/\s+/);
      expect(years.length).toBeGreaterThan(2);
      expect(years.every((y) => /^\d{4}$/.test(y))).toBe(true);
      expect(chart).toContain(width >= 60 ? "◆ 2012-03-15 KORUS enters into force" : "◆ 2012-03-15 KORUS enters into");
    }
  });

  it("colors deficits only when color is on", () => {
    const text = renderDeficit(r, { ...view, colorOn: true });
    expect(text).toMatch(ANSI);
    expect(text).toContain("\u001b[31m-27.6");
  });

  it("writes CSV with raw numbers", () => {
    const csv = deficitCsv(r).split("\n");
    expect(csv[0]).toBe("year,exports_musd,imports_musd,balance_musd,change_musd,source_id");
    expect(csv[6]).toBe("2016,42262.2,69886.8,-27624.6,666.7,census_country_xlsx_v2024");
  });
});

describe("chart parts", () => {
  it("picks round ticks that cover the data", () => {
    const t = yTicks(-65.7, -10.1, 12);
    expect(t.min).toBeLessThanOrEqual(-65.7);
    expect(t.max).toBeGreaterThanOrEqual(-10.1);
    expect(t.values).toContain(-50);
  });
  it("spreads few points over the width and buckets many", () => {
    expect(columnMap(3, 11)).toEqual([0, 5, 10]);
    expect(columnMap(6, 3)).toEqual([0, 0, 1, 1, 2, 2]);
  });
  it("splits a series at gaps instead of drawing through them", () => {
    const runs = resample([1, 2, null, 4, 5], [0, 2, 4, 6, 8], 9);
    expect(runs.map((r) => r.start)).toEqual([0, 6]);
    expect(runs[0]!.values).toEqual([1, 1.5, 2]);
  });
  it("draws a legend for several series and a zero line when values cross zero", () => {
    const text = renderChart({
      title: "t",
      labels: ["2001", "2002", "2003"],
      series: [
        { name: "a", values: [-1, 1, 2] },
        { name: "b", values: [2, null, 0] },
      ],
      width: 40,
      colorOn: false,
    });
    expect(text).toContain("── a   ══ b");
    expect(text).toContain("┈");
  });
});
