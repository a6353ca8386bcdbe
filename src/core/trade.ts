import type { Dataset } from "../data/schema";
import { UsageError } from "../errors";
import { monthIndex, monthOf } from "./dates";
import { korusDates } from "./korus";
import { type Coverage, resolveRange } from "./periods";
import { type ReportHeader, reportHeader } from "./report";
import { parseSeries, parseTransform, SERIES, type Series, TRANSFORM_TEXT, TRANSFORMS, type Transform } from "./series";
import { type BalanceMove, balanceMove } from "./signs";
import { sourceRef } from "./sources";

export { parseSeries, parseTransform, SERIES, type Series, TRANSFORMS, type Transform };

export interface TradeParams {
  series?: string[];
  monthly?: boolean;
  all?: boolean;
  from?: string;
  to?: string;
  change?: Transform;
  /** constant dollars of this CPI-U year (true: the latest CPI year) */
  real?: string | true;
}

export interface TradeReport extends ReportHeader<"trade"> {
  frequency: "annual" | "monthly";
  series: Series[];
  range: { from: string; to: string };
  coverage: Coverage;
  /** "millions of US dollars", "millions of 2025 US dollars", "percent", … */
  unit: string;
  transform: Transform | null;
  /** how a transform is computed, in words */
  transformDefinition: string | null;
  real: { baseYear: number; deflator: string; baseIndex: number } | null;
  /**
   * with a transform of the balance: what the balance did over the same interval, in words ("deficit widened"),
   * because a signed change of a negative balance is easy to misread; null where it cannot be said
   */
  rows: ({ period: string; balanceMove?: BalanceMove | null } & Partial<Record<Series, number | null>>)[];
  notes: string[];
}

function seriesValue(s: Series, r: { exports: number; imports: number; balance: number }): number {
  return s === "total" ? Math.round((r.exports + r.imports) * 10) / 10 : r[s];
}

export function tradeReport(ds: Dataset, p: TradeParams): TradeReport {
  const series = parseSeries(p.series ?? []);
  const all = p.monthly
    ? ds.goodsMonthly.map((r) => ({ period: r.month, r }))
    : ds.goodsAnnual.map((r) => ({ period: String(r.year), r }));
  const { from, to, coverage } = resolveRange(
    all.map((a) => a.period),
    p,
    korusDates(ds.facts).talksYear,
  );

  const sources = [sourceRef(ds, p.monthly ? "goods_monthly" : "goods_annual")];
  const notes: string[] = [];
  let real: TradeReport["real"] = null;
  let deflate = (_period: string, v: number) => v;
  if (p.real !== undefined) {
    const cpiYears = ds.cpi.map((c) => c.year);
    const base = p.real === true ? cpiYears[cpiYears.length - 1]! : Number(p.real);
    if (p.real !== true && !/^\d{4}$/.test(p.real))
      throw new UsageError(
        `--real ${JSON.stringify(p.real)} is not a year: give a CPI-U base year, ${cpiYears[0]}-${cpiYears.at(-1)}`,
      );
    const baseRow = ds.cpi.find((c) => c.year === base);
    if (!baseRow) throw new UsageError(`--real ${base} is outside the CPI-U data: base years ${cpiYears[0]}-${cpiYears.at(-1)}`);
    real = {
      baseYear: base,
      deflator: "BLS CPI-U, US city average, all items, annual average (CUUR0000SA0)",
      baseIndex: baseRow.index,
    };
    deflate = (period, v) => {
      const row = ds.cpi.find((c) => c.year === Number(period.slice(0, 4)));
      return row ? (v * baseRow.index) / row.index : NaN;
    };
    sources.push(sourceRef(ds, "cpi_u_annual"));
    if (p.monthly) notes.push("Monthly values are deflated by their year's annual CPI-U average (no monthly CPI is bundled).");
    if (all.some((a) => a.period >= from && a.period <= to && !ds.cpi.some((c) => c.year === Number(a.period.slice(0, 4))))) {
      notes.push("Periods without a CPI-U average are shown as missing.");
    }
  }
  // by period, never by row position: a missing period gives a missing change, not its neighbour's
  const byPeriod = new Map(all.map((a) => [a.period, a.r]));
  const level = (period: string, s: Series): number | null => {
    const r = byPeriod.get(period);
    if (!r) return null;
    const v = deflate(period, seriesValue(s, r));
    return Number.isNaN(v) ? null : v;
  };
  const monthsOf = (period: string) => (p.monthly ? monthIndex(period) : Number(period) * 12);
  const shifted = (period: string, back: number) =>
    p.monthly ? monthOf(monthIndex(period) - back) : String(Number(period) - back / 12);
  const shown = all.filter((a) => a.period >= from && a.period <= to).sort((a, b) => (a.period < b.period ? -1 : 1));
  const first = shown[0]!.period;
  const lag = p.change === "yoy" || !p.monthly ? 12 : 1;
  const rows = shown.map(({ period }) => {
    const row: TradeReport["rows"][number] = { period };
    for (const s of series) {
      const v = level(period, s);
      if (!p.change || v === null) {
        row[s] = v;
        continue;
      }
      if (p.change === "cagr") {
        const v0 = level(first, s);
        const years = (monthsOf(period) - monthsOf(first)) / 12;
        row[s] = v0 !== null && years > 0 && v0 > 0 && v > 0 ? ((v / v0) ** (1 / years) - 1) * 100 : null;
        continue;
      }
      const prev = level(shifted(period, lag), s);
      if (prev === null) row[s] = null;
      else if (p.change === "abs") row[s] = v - prev;
      else row[s] = prev !== 0 ? ((v - prev) / Math.abs(prev)) * 100 : null;
    }
    return row;
  });
  if (p.change && series.includes("balance")) {
    // what the balance did over each row's interval (the same as its change's): words for a signed change
    for (const row of rows) {
      const back = p.change === "cagr" ? first : shifted(row.period, lag);
      const before = level(back, "balance");
      const after = level(row.period, "balance");
      row.balanceMove = before === null || after === null || back === row.period ? null : balanceMove(before, after);
    }
  }
  if (
    p.change === "cagr" &&
    series.includes("balance") &&
    rows.some((r) => r.balance === null && level(r.period, "balance") !== null)
  )
    notes.push(
      "A compound annual rate needs positive figures at both ends: the balance (a deficit, negative) has none, shown as n/a; korus deficit gives the deficit's rate in its headline.",
    );
  if (p.change && (p.change === "pct" || p.change === "yoy" || p.change === "cagr") && series.includes("balance")) {
    notes.push(
      "Percent changes of the balance are relative to its size (|previous|), signed as the balance: a widening deficit is a negative change (the words say which way).",
    );
  }
  const money = real ? `millions of ${real.baseYear} US dollars` : "millions of US dollars";
  return {
    ...reportHeader("trade", sources),
    frequency: p.monthly ? "monthly" : "annual",
    series,
    range: { from: rows[0]!.period, to: rows[rows.length - 1]!.period },
    coverage,
    unit: p.change === "abs" || !p.change ? money : "percent",
    transform: p.change ?? null,
    transformDefinition: p.change ? TRANSFORM_TEXT[p.change] : null,
    real,
    rows,
    notes,
  };
}
