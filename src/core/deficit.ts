import type { Dataset } from "../data/schema";
import { UsageError } from "../errors";
import type { Currency } from "./amount";
import { periodLeg } from "./fx";
import { type Coverage, resolveRange } from "./periods";
import { KORUS_IN_FORCE } from "./korus";
import { cagrOf, ratioOf, subTenths } from "./num";
import { type SourceRef, sourceRef } from "./sources";

export const SCHEMA_VERSION = 1;

import { DEFAULT_FIRST_YEAR, DEFAULT_MONTHS } from "./korus";

export { DEFAULT_FIRST_YEAR, DEFAULT_MONTHS };

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

export interface Marker {
  date: string;
  period: string;
  label: string;
  /** "korus": the entry into force; "event": another timeline event (--events) */
  kind: "korus" | "event";
}

export interface DeficitReport {
  schemaVersion: number;
  command: "deficit";
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
  /** compound annual growth of the balance's size over the range; null when ratio is null */
  cagr: number | null;
  /** last.balance - first.balance, $ millions */
  change: number;
  markers: Marker[];
  source: SourceRef;
  notes: string[];
  /** every dataset this result was computed from */
  meta: { sources: SourceRef[] };
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
  let prevBalance: number | null = null;
  const prevPeriod = usd.rows[0] && usd.rows[0].change !== null ? previousPeriod(periodOf(usd.rows[0])) : null;
  if (prevPeriod) {
    const leg = periodLeg(ds, currency, prevPeriod);
    const prevUsd = usd.rows[0]!.balance! - usd.rows[0]!.change!;
    prevBalance = leg ? prevUsd * leg.perUsd : null;
  }
  const rows = usd.rows.map((row) => {
    const leg = periodLeg(ds, currency, periodOf(row));
    const k = leg?.perUsd ?? null;
    const exports = k === null ? null : row.exports! * k;
    const imports = k === null ? null : row.imports! * k;
    const balance = exports === null || imports === null ? null : exports - imports;
    const change = balance === null || prevBalance === null ? null : balance - prevBalance;
    prevBalance = balance;
    return { ...row, exports, imports, balance, change, perUsd: k };
  });
  const valued = rows.filter((r) => r.balance !== null);
  if (valued.length === 0) {
    throw new UsageError(
      `no ${currency} exchange rates for ${usd.range.from} to ${usd.range.to}${currency === "EUR" ? " (the euro exists from 1999)" : ""}: choose a later --from`,
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
      `No ${currency} rate for ${missing[0]}${missing.length > 1 ? ` to ${missing[missing.length - 1]}` : ""}${currency === "EUR" ? " (the euro exists from 1999)" : ""}: shown as missing.`,
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
    cagr: cagrOf(ratio, years),
    change: last.balance! - first.balance!,
    notes,
  };
}

function previousPeriod(period: string): string {
  if (/^\d{4}$/.test(period)) return String(Number(period) - 1);
  const i = monthIndex(period) - 1;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}

function annualReport(ds: Dataset, params: DeficitParams): DeficitReport {
  const all = ds.goodsAnnual;
  const range = resolveRange(
    all.map((r) => String(r.year)),
    { ...params, monthly: false },
  );
  const [from, to, coverage] = [Number(range.from), Number(range.to), range.coverage];
  const rows: AnnualRow[] = [];
  all.forEach((r, i) => {
    if (r.year < from || r.year > to) return;
    const prev = all[i - 1];
    rows.push({
      year: r.year,
      exports: r.exports,
      imports: r.imports,
      balance: r.balance,
      change: prev && prev.year === r.year - 1 ? subTenths(r.balance, prev.balance) : null,
      sourceId: r.sourceId,
    });
  });
  const notes: string[] = [];
  if (to >= 2022)
    notes.push(
      "2022-2025 are the latest Census vintage (June 2026 revision); earlier years are from the June 2024 vintage and no longer revised.",
    );
  return finish(ds, "annual", rows, coverage, to - from, notes, params.events ?? false);
}

function monthlyReport(ds: Dataset, params: DeficitParams): DeficitReport {
  const all = ds.goodsMonthly;
  const { from, to, coverage } = resolveRange(
    all.map((r) => r.month),
    { ...params, monthly: true },
  );
  const rows: MonthlyRow[] = [];
  all.forEach((r, i) => {
    if (r.month < from || r.month > to) return;
    const prev = all[i - 1];
    rows.push({
      month: r.month,
      exports: r.exports,
      imports: r.imports,
      balance: r.balance,
      change: prev ? subTenths(r.balance, prev.balance) : null,
      sourceId: r.sourceId,
    });
  });
  const months = monthIndex(to) - monthIndex(from);
  const notes = ["Monthly figures are not seasonally adjusted: compare a month with the same month a year earlier."];
  if (to >= "2022-01" && from <= "2024-12")
    notes.push(
      "2022-2024 months come from older vintages than the annual totals; their sums differ slightly (see korus sources).",
    );
  if (to >= "2026-01")
    notes.push("2026 months are preliminary; 2026-03 and 2026-04 exports could not be corroborated by a second source.");
  return finish(ds, "monthly", rows, coverage, months / 12, notes, params.events ?? false);
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
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
  const info = sourceRef(ds, frequency === "annual" ? "goods_annual" : "goods_monthly");
  const korusPeriod = frequency === "annual" ? KORUS_IN_FORCE.slice(0, 4) : KORUS_IN_FORCE.slice(0, 7);
  const inRange = korusPeriod >= periodOf(firstRow) && korusPeriod <= periodOf(lastRow);
  return {
    schemaVersion: SCHEMA_VERSION,
    command: "deficit",
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
    cagr: cagrOf(ratio, years),
    change: subTenths(lastRow.balance, firstRow.balance),
    markers: events
      ? ds.timeline
          .map((e) => ({
            date: e.date,
            period: frequency === "annual" ? e.date.slice(0, 4) : e.date.slice(0, 7),
            label: e.event,
            kind: (e.date === KORUS_IN_FORCE ? "korus" : "event") as Marker["kind"],
          }))
          .filter((m) => m.period >= periodOf(firstRow) && m.period <= periodOf(lastRow))
      : inRange
        ? [{ date: KORUS_IN_FORCE, period: korusPeriod, label: "KORUS enters into force", kind: "korus" }]
        : [],
    source: info,
    notes,
    meta: { sources: [info] },
  };
}
