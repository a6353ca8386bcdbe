import { describe, expect, it } from "vitest";
import { deficitReport } from "../src/core/deficit";
import { cagrOf, ratioOf, subTenths, sumTenths } from "../src/core/num";
import { parseMonthFlag, parseYearFlag } from "../src/core/periods";
import dataset from "../src/data/dev-dataset";
import { UsageError } from "../src/errors";

describe("deficitReport (annual)", () => {
  it("computes the article's headline for 2011 → 2016", () => {
    const r = deficitReport(dataset, { from: "2011", to: "2016" });
    expect(r.range).toEqual({ from: "2011", to: "2016" });
    expect(r.first).toEqual({ period: "2011", balance: -13199.7 });
    expect(r.last).toEqual({ period: "2016", balance: -27624.6 });
    expect(r.ratio).toBeCloseTo(27624.6 / 13199.7, 10);
    expect(r.cagr).toBeCloseTo((27624.6 / 13199.7) ** (1 / 5) - 1, 10);
    expect(r.cagr).toBeCloseTo(0.159, 3);
    expect(r.change).toBe(-14424.9);
    expect(r.rows.map((x) => ("year" in x ? x.year : 0))).toEqual([2011, 2012, 2013, 2014, 2015, 2016]);
    expect(r.markers).toEqual([{ date: "2012-03-15", period: "2012", label: "KORUS enters into force", kind: "korus" }]);
    expect(r.unit).toBe("millions of US dollars");
    expect(r.source.publisher).toBe("U.S. Census Bureau");
  });

  it("computes change vs the previous year exactly, even for the first row of a range", () => {
    const r = deficitReport(dataset, { from: "2016", to: "2017" });
    expect(r.rows[0]!.change).toBe(666.7);
    expect(r.rows[1]!.change).toBe(4564.3);
    expect(deficitReport(dataset, { all: true }).rows[0]!.change).toBeNull();
  });

  it("defaults to 2006 → latest, and --all to 1985 → 2025", () => {
    expect(deficitReport(dataset, {}).range).toEqual({ from: "2006", to: "2025" });
    expect(deficitReport(dataset, { all: true }).range).toEqual({ from: "1985", to: "2025" });
    expect(deficitReport(dataset, { all: true }).rows).toHaveLength(41);
  });

  it("has no ratio or growth when the range has one year", () => {
    const r = deficitReport(dataset, { from: "2016", to: "2016" });
    expect(r.ratio).toBeNull();
    expect(r.cagr).toBeNull();
  });

  it("leaves out KORUS markers outside the range", () => {
    expect(deficitReport(dataset, { from: "2015", to: "2020" }).markers).toEqual([]);
  });

  it.each([
    [{ from: "1900" }, "--from 1900 is outside the data: it covers 1985-2025"],
    [{ from: "abc" }, '--from "abc" is not a year: give four digits, 1985-2025'],
    [{ to: "2026" }, "--to 2026 is outside the data: it covers 1985-2025"],
    [{ from: "2016", to: "2011" }, "--from 2016 is after --to 2011: the range must run forward"],
    [{ from: "2017-01" }, "--from 2017-01: a month needs --monthly; without it give a year (1985-2025)"],
  ])("refuses %j", (params, message) => {
    expect(() => deficitReport(dataset, params)).toThrow(new UsageError(message));
  });
});

describe("deficitReport (monthly)", () => {
  it("takes YYYY-MM bounds", () => {
    const r = deficitReport(dataset, { monthly: true, from: "2017-01", to: "2018-12" });
    expect(r.frequency).toBe("monthly");
    expect(r.rows).toHaveLength(24);
    expect(r.first.period).toBe("2017-01");
    expect(r.last.period).toBe("2018-12");
    expect(r.markers).toEqual([]);
  });

  it("reads a bare year as its first or last month, and defaults to the latest 24 months", () => {
    const r = deficitReport(dataset, { monthly: true, from: "2012", to: "2012" });
    expect(r.range).toEqual({ from: "2012-01", to: "2012-12" });
    expect(r.markers.map((m) => m.period)).toEqual(["2012-03"]);
    expect(deficitReport(dataset, { monthly: true }).range).toEqual({ from: "2024-05", to: "2026-04" });
    expect(deficitReport(dataset, { monthly: true, to: "2026" }).range.to).toBe("2026-04");
  });

  it.each([
    ["2017-13", "--from 2017-13: month 13 does not exist; give YYYY-MM with MM 01-12"],
    ["1984-12", "--from 1984-12 is outside the data: monthly figures cover 1985-01 to 2026-04"],
    ["May 2017", '--from "May 2017" is not a month: give YYYY-MM (or YYYY), 1985-01 to 2026-04'],
  ])("refuses --from %s", (from, message) => {
    expect(() => deficitReport(dataset, { monthly: true, from })).toThrow(new UsageError(message));
  });
});

describe("number helpers", () => {
  it("does differences and sums exactly in tenths", () => {
    expect(subTenths(-27624.6, -13199.7)).toBe(-14424.9);
    expect(sumTenths([0.1, 0.2, 0.3])).toBe(0.6);
  });
  it("has no ratio across a sign change and no growth without a ratio", () => {
    expect(ratioOf(-1, 2)).toBeNull();
    expect(ratioOf(0, 2)).toBeNull();
    expect(ratioOf(-2, -4)).toBe(2);
    expect(cagrOf(null, 5)).toBeNull();
    expect(cagrOf(4, 2)).toBe(1);
  });
  it("parses years and months", () => {
    expect(parseYearFlag("--from", " 2016 ", { from: "1985", to: "2025" })).toBe(2016);
    expect(parseMonthFlag("--to", "2017", { from: "1985-01", to: "2026-04" }, "end")).toBe("2017-12");
  });
});
