import { copiesText } from "../data/facts";
import type { Dataset } from "../data/schema";
import { UsageError } from "../errors";
import type { Currency } from "./amount";
import { monthIndex, monthOf } from "./dates";
import { euroNote, periodLeg } from "./fx";
import { korusDates } from "./korus";
import { cagrOf, ratioOf, subTenths } from "./num";
import { type Coverage, resolveRange } from "./periods";
import { type ReportHeader, reportHeader } from "./report";
import { periodNotes, type SourceRef, sourceRef } from "./sources";

export interface DeficitParams {
  monthly?: boolean;
  all?: boolean;
  from?: string;
  to?: string;
  /** mark every KORUS timeline event in the range, not only the entry into force */
  events?: boolean;
  /** convert each period at its own average rate (default USD: as published) */
  currency?: Currency;
}

interface Figures {
  /** millions of `currency`; null only where a converted period has no exchange rate */
  exports: number | null;
  imports: number | null;
  balance: number | null;
  /** balance minus the previous period's balance (previous year, or previous month); null at the start of the data */
  change: number | null;
  sourceId: string;
  /** with --currency: units of the currency per US dollar used for this period (null: no rate) */
  perUsd?: number | null;
}
export type AnnualRow = { year: number } & Figures;
export type MonthlyRow = { month: string } & Figures;
export type DeficitRow = AnnualRow | MonthlyRow;

export interface Endpoint {
  period: string;
  balance: number;
}

export interface YearEarlier {
  period: string;
  balance: number;
  /** last.balance / balance; null when the sign differs or balance is zero */
  ratio: number | null;
  /** last.balance − balance, in the report's unit */
  change: number;
}

export interface Marker {
  date: string;
  period: string;
  label: string;
  /** "korus": the entry into force; "event": another timeline event (--events) */
  kind: "korus" | "event";
}

export interface DeficitReport extends ReportHeader<"deficit"> {
  frequency: "annual" | "monthly";
  range: { from: string; to: string };
  coverage: Coverage;
  unit: string;
  currency: Currency;
  /** with --currency: the exchange-rate dataset used */
  rateSource?: SourceRef;
  basis: string;
  rows: DeficitRow[];
  first: Endpoint;
  last: Endpoint;
  /** last.balance / first.balance; null when the sign flips or first is zero */
  ratio: number | null;
  /**
   * compound annual growth of the balance's size over the range; null when ratio is null, and for monthly rows
   * when the first and last months are different calendar months (the series is not seasonally adjusted)
   */
  cagr: number | null;
  /**
   * monthly only: the last month beside the same month a year earlier (the series is not seasonally adjusted, so
   * that is the comparison the headline makes); null when the data hold no month a year earlier
   */
  yearEarlier?: YearEarlier | null;
  /** last.balance - first.balance, $ millions */
  change: number;
  markers: Marker[];
  source: SourceRef;
  notes: string[];
}

export function periodOf(row: DeficitRow): string {
  return "year" in row ? String(row.year) : row.month;
}

export function deficitReport(ds: Dataset, params: DeficitParams): DeficitReport {
  const usd = params.monthly ? monthlyReport(ds, params) : annualReport(ds, params);
  return params.currency && params.currency !== "USD" ? convertReport(ds, usd, params.currency) : usd;
}

/**
 * Each period at its own average rate (a series at one rate would misstate every other year); the
 * balance is recomputed from the converted parts. A period without a rate stays missing.
 */
function convertReport(ds: Dataset, usd: DeficitReport, currency: Exclude<Currency, "USD">): DeficitReport {
  // the previous period's balance at its own rate, looked up by period (never the previous row)
  const usdByPeriod = new Map(usd.rows.map((r) => [periodOf(r), r]));
  const converted = (period: string, row: DeficitRow | undefined) => {
    const k = periodLeg(ds, currency, period)?.perUsd ?? null;
    if (!row || k === null || row.exports === null || row.imports === null)
      return { k, exports: null, imports: null, balance: null };
    const exports = row.exports * k;
    const imports = row.imports * k;
    return { k, exports, imports, balance: exports - imports };
  };
  const previousBalance = (row: DeficitRow): number | null => {
    const prev = previousPeriod(periodOf(row));
    const shown = usdByPeriod.get(prev);
    if (shown) return converted(prev, shown).balance;
    // the period before the range: its USD balance is this row's minus the change (null: no such period)
    if (row.change === null || row.balance === null) return null;
    const k = periodLeg(ds, currency, prev)?.perUsd ?? null;
    return k === null ? null : (row.balance - row.change) * k;
  };
  const rows = usd.rows.map((row) => {
    const { k, exports, imports, balance } = converted(periodOf(row), row);
    const before = balance === null ? null : previousBalance(row);
    const change = balance === null || before === null ? null : balance - before;
    return { ...row, exports, imports, balance, change, perUsd: k };
  });
  const valued = rows.filter((r) => r.balance !== null);
  if (valued.length === 0) {
    throw new UsageError(
      `no ${currency} exchange rates for ${usd.range.from} to ${usd.range.to}${euroNote(ds, currency, usd.range.from)}: choose a later --from`,
    );
  }
  const first = valued[0]!;
  const last = valued[valued.length - 1]!;
  const ratio = valued.length > 1 ? ratioOf(first.balance!, last.balance!) : null;
  const years =
    usd.frequency === "annual"
      ? Number(periodOf(last)) - Number(periodOf(first))
      : (monthIndex(periodOf(last)) - monthIndex(periodOf(first))) / 12;
  const kind = usd.frequency === "annual" ? "annual" : "monthly";
  const notes = [
    `Converted at each ${usd.frequency === "annual" ? "year's" : "month's"} Fed H.10 ${kind} average rate (rates vary by period); balance = converted exports - converted imports.`,
    ...usd.notes,
  ];
  const missing = rows.filter((r) => r.balance === null).map(periodOf);
  if (missing.length)
    notes.unshift(
      `No ${currency} rate for ${missing[0]}${missing.length > 1 ? ` to ${missing[missing.length - 1]}` : ""}${euroNote(ds, currency, missing[0])}: shown as missing.`,
    );
  return {
    ...usd,
    unit: `millions of ${currency}`,
    currency,
    rateSource: sourceRef(ds, usd.frequency === "annual" ? "fx_annual" : "fx_monthly"),
    meta: { sources: [usd.source, sourceRef(ds, usd.frequency === "annual" ? "fx_annual" : "fx_monthly")] },
    rows,
    first: { period: periodOf(first), balance: first.balance! },
    last: { period: periodOf(last), balance: last.balance! },
    ratio,
    cagr: sameCalendarMonth(periodOf(first), periodOf(last)) ? cagrOf(ratio, years) : null,
    change: last.balance! - first.balance!,
    ...(usd.frequency === "monthly" ? { yearEarlier: yearEarlierOf(rows, periodOf(last), last.balance!) } : {}),
    notes,
  };
}

/** Annual periods, or two months of the same calendar month: a growth rate between them means something. */
function sameCalendarMonth(a: string, b: string): boolean {
  return a.length === 4 || a.slice(5, 7) === b.slice(5, 7);
}

/** The same month a year before `period`, from `rows` (which may reach before the range shown). */
function yearEarlierOf(rows: { month?: string; balance: number | null }[], period: string, balance: number): YearEarlier | null {
  const before = monthOf(monthIndex(period) - 12);
  const row = rows.find((r) => r.month === before);
  if (!row || row.balance === null) return null;
  return { period: before, balance: row.balance, ratio: ratioOf(row.balance, balance), change: balance - row.balance };
}

function previousPeriod(period: string): string {
  if (/^\d{4}$/.test(period)) return String(Number(period) - 1);
  return monthOf(monthIndex(period) - 1);
}

function annualReport(ds: Dataset, params: DeficitParams): DeficitReport {
  const all = ds.goodsAnnual;
  const range = resolveRange(
    all.map((r) => String(r.year)),
    { ...params, monthly: false },
    korusDates(ds.facts).talksYear,
  );
  const [from, to, coverage] = [Number(range.from), Number(range.to), range.coverage];
  const rows: AnnualRow[] = [];
  const byYear = new Map(all.map((r) => [r.year, r]));
  for (const r of all) {
    if (r.year < from || r.year > to) continue;
    const prev = byYear.get(r.year - 1);
    rows.push({
      year: r.year,
      exports: r.exports,
      imports: r.imports,
      balance: r.balance,
      change: prev ? subTenths(r.balance, prev.balance) : null,
      sourceId: r.sourceId,
    });
  }
  const notes = [
    ...releaseNote(rows.map((r) => ({ period: String(r.year), sourceId: r.sourceId }))),
    ...periodNotes(ds, "goods_annual", String(from), String(to)),
  ];
  return finish(ds, "annual", rows, coverage, to - from, notes, params.events ?? false);
}

function monthlyReport(ds: Dataset, params: DeficitParams): DeficitReport {
  const all = ds.goodsMonthly;
  const { from, to, coverage } = resolveRange(
    all.map((r) => r.month),
    { ...params, monthly: true },
    korusDates(ds.facts).talksYear,
  );
  const rows: MonthlyRow[] = [];
  const byMonth = new Map(all.map((r) => [r.month, r]));
  for (const r of all) {
    if (r.month < from || r.month > to) continue;
    const prev = byMonth.get(previousPeriod(r.month));
    rows.push({
      month: r.month,
      exports: r.exports,
      imports: r.imports,
      balance: r.balance,
      change: prev ? subTenths(r.balance, prev.balance) : null,
      sourceId: r.sourceId,
    });
  }
  const months = monthIndex(to) - monthIndex(from);
  const notes = ["Monthly figures are not seasonally adjusted: compare a month with the same month a year earlier."];
  const gaps = ds.facts.monthlyAnnualGaps.filter((g) => `${g.year}-12` >= from && `${g.year}-01` <= to);
  if (gaps.length) {
    const years = gaps.map((g) => g.year);
    const most = Math.max(...gaps.flatMap((g) => [Math.abs(g.exports), Math.abs(g.imports)]));
    notes.push(
      `The months of ${years.join(", ")} come from another Census release than the annual totals: their sums differ from them by up to $${most.toFixed(1)}M (see korus sources).`,
    );
  }
  const lastYear = ds.facts.goodsAnnual.to;
  if (to > `${lastYear}-12`)
    notes.push(`Months after ${lastYear} are preliminary: Census revises them with the next annual revision.`);
  notes.push(...releaseNote(rows.map((r) => ({ period: r.month, sourceId: r.sourceId }))));
  notes.push(...periodNotes(ds, "goods_monthly", from, to));
  return finish(ds, "monthly", rows, coverage, months / 12, notes, params.events ?? false);
}

/** Where the rows shown come from, when they mix Census releases. */
function releaseNote(rows: { period: string; sourceId: string }[]): string[] {
  const copies = new Set(rows.map((r) => r.sourceId.split(":")[0]));
  if (copies.size < 2) return [];
  return [`The rows come from ${copies.size} Census releases: ${copiesText(rows)} (korus sources describes each).`];
}

function finish(
  ds: Dataset,
  frequency: "annual" | "monthly",
  rows: DeficitRow[],
  coverage: Coverage,
  years: number,
  notes: string[],
  events: boolean,
): DeficitReport {
  const firstRow = rows[0]! as DeficitRow & { balance: number };
  const lastRow = rows[rows.length - 1]! as DeficitRow & { balance: number };
  const ratio = rows.length > 1 ? ratioOf(firstRow.balance, lastRow.balance) : null;
  const lastPeriod = periodOf(lastRow);
  const info = sourceRef(ds, frequency === "annual" ? "goods_annual" : "goods_monthly");
  const inForce = korusDates(ds.facts).inForce;
  const korusPeriod = frequency === "annual" ? inForce.slice(0, 4) : inForce.slice(0, 7);
  const inRange = korusPeriod >= periodOf(firstRow) && korusPeriod <= periodOf(lastRow);
  return {
    ...reportHeader("deficit", [info]),
    frequency,
    range: { from: periodOf(firstRow), to: periodOf(lastRow) },
    coverage,
    unit: "millions of US dollars",
    currency: "USD",
    basis: info.basis,
    rows,
    first: { period: periodOf(firstRow), balance: firstRow.balance },
    last: { period: periodOf(lastRow), balance: lastRow.balance },
    ratio,
    cagr: sameCalendarMonth(periodOf(firstRow), lastPeriod) ? cagrOf(ratio, years) : null,
    change: subTenths(lastRow.balance, firstRow.balance),
    ...(frequency === "monthly"
      ? {
          yearEarlier: yearEarlierOf(
            ds.goodsMonthly.map((m) => ({ month: m.month, balance: m.balance })),
            lastPeriod,
            lastRow.balance,
          ),
        }
      : {}),
    markers: events
      ? ds.timeline
          .map((e) => ({
            date: e.date,
            period: frequency === "annual" ? e.date.slice(0, 4) : e.date.slice(0, 7),
            label: e.event,
            kind: (e.date === inForce ? "korus" : "event") as Marker["kind"],
          }))
          .filter((m) => m.period >= periodOf(firstRow) && m.period <= periodOf(lastRow))
      : inRange
        ? [{ date: inForce, period: korusPeriod, label: "KORUS enters into force", kind: "korus" }]
        : [],
    source: info,
    notes,
  };
}
