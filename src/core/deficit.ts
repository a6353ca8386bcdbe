import type { Dataset } from "../data/schema";
import { checkOrder, type Coverage, parseMonthFlag, parseYearFlag } from "./periods";
import { KORUS_IN_FORCE } from "./korus";
import { cagrOf, ratioOf, subTenths } from "./num";
import { type SourceRef, sourceRef } from "./sources";

export const SCHEMA_VERSION = 1;

/** Default annual view: from the launch of KORUS negotiations (2006) to the latest full year. */
export const DEFAULT_FIRST_YEAR = 2006;
/** Default monthly view: the latest 24 months. */
export const DEFAULT_MONTHS = 24;

export interface DeficitParams {
  monthly?: boolean;
  all?: boolean;
  from?: string;
  to?: string;
}

interface Figures {
  exports: number;
  imports: number;
  balance: number;
  /** balance minus the previous period's balance (previous year, or previous month); null at the start of the data */
  change: number | null;
  sourceId: string;
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
}

export interface DeficitReport {
  schemaVersion: number;
  command: "deficit";
  frequency: "annual" | "monthly";
  range: { from: string; to: string };
  coverage: Coverage;
  unit: string;
  currency: "USD";
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
}

export function periodOf(row: DeficitRow): string {
  return "year" in row ? String(row.year) : row.month;
}

export function deficitReport(ds: Dataset, params: DeficitParams): DeficitReport {
  return params.monthly ? monthlyReport(ds, params) : annualReport(ds, params);
}

function annualReport(ds: Dataset, params: DeficitParams): DeficitReport {
  const all = ds.goodsAnnual;
  const coverage = { from: String(all[0]!.year), to: String(all[all.length - 1]!.year) };
  const from = params.from !== undefined ? parseYearFlag("--from", params.from, coverage) : params.all ? Number(coverage.from) : Math.max(DEFAULT_FIRST_YEAR, Number(coverage.from));
  const to = params.to !== undefined ? parseYearFlag("--to", params.to, coverage) : Number(coverage.to);
  checkOrder(from, to);
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
  if (to >= 2022) notes.push("2022-2025 are the latest Census vintage (June 2026 revision); earlier years are from the June 2024 vintage and no longer revised.");
  return finish(ds, "annual", rows, coverage, to - from, notes);
}

function monthlyReport(ds: Dataset, params: DeficitParams): DeficitReport {
  const all = ds.goodsMonthly;
  const coverage = { from: all[0]!.month, to: all[all.length - 1]!.month };
  const to = params.to !== undefined ? parseMonthFlag("--to", params.to, coverage, "end") : coverage.to;
  const defaultFrom = all[Math.max(0, all.length - DEFAULT_MONTHS)]!.month;
  const from = params.from !== undefined ? parseMonthFlag("--from", params.from, coverage, "start") : params.all ? coverage.from : defaultFrom;
  checkOrder(from, to);
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
  if (to >= "2022-01" && from <= "2024-12") notes.push("2022-2024 months come from older vintages than the annual totals; their sums differ slightly (see korus sources).");
  if (to >= "2026-01") notes.push("2026 months are preliminary; 2026-03 and 2026-04 exports could not be corroborated by a second source.");
  return finish(ds, "monthly", rows, coverage, months / 12, notes);
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
): DeficitReport {
  const firstRow = rows[0]!;
  const lastRow = rows[rows.length - 1]!;
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
    markers: inRange ? [{ date: KORUS_IN_FORCE, period: korusPeriod, label: "KORUS enters into force" }] : [],
    source: info,
    notes,
  };
}
