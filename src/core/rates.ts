import type { Dataset } from "../data/schema";
import { FOREIGN, type Foreign } from "./currencies";
import { euroNote } from "./fx";
import { korusDates } from "./korus";
import { type Coverage, resolveRange } from "./periods";
import { type ReportHeader, reportHeader } from "./report";
import { type SourceRef, sourceRef } from "./sources";

export { FOREIGN, type Foreign };

export interface RatesParams {
  currencies?: Foreign[];
  monthly?: boolean;
  all?: boolean;
  from?: string;
  to?: string;
}

export interface RatesReport extends ReportHeader<"rates"> {
  frequency: "annual" | "monthly";
  currencies: Foreign[];
  /** how each column is quoted, as published: "USD per EUR", "KRW per USD" */
  quotes: Record<string, string>;
  range: { from: string; to: string };
  coverage: Coverage;
  /**
   * one row per period; a currency without a rate for it is null. `derived`: the currencies whose rate in
   * this row is not published but computed (USD per EUR as the inverse of EUR per USD), rounded to the
   * published precision
   */
  rows: ({ period: string; derived: Foreign[] } & Partial<Record<Foreign, number | null>>)[];
  source: SourceRef;
  notes: string[];
}

/** Rates as published: US dollars per euro, units per US dollar for the others. */
export function ratesReport(ds: Dataset, p: RatesParams): RatesReport {
  const currencies = p.currencies?.length ? [...new Set(p.currencies)] : [...FOREIGN];
  const series = p.monthly
    ? ds.fxMonthly.map((r) => ({ period: r.month, r }))
    : ds.fxAnnual.map((r) => ({ period: String(r.year), r }));
  const { from, to, coverage } = resolveRange(
    series.map((s) => s.period),
    p,
    korusDates(ds.facts).talksYear,
  );
  // a derived USD per EUR carries no more digits than the published ones do
  const published = Math.max(0, ...series.map((s) => decimalsOf(s.r.usdPerEur)));
  const rows = series
    .filter((s) => s.period >= from && s.period <= to)
    .map(({ period, r }) => {
      const row: RatesReport["rows"][number] = { period, derived: [] };
      for (const c of currencies) {
        if (c === "EUR" && r.usdPerEur === null && r.eurPerUsd !== null) {
          row.EUR = Number((1 / r.eurPerUsd).toFixed(published));
          row.derived.push("EUR");
          continue;
        }
        row[c] = c === "EUR" ? r.usdPerEur : c === "KRW" ? r.krwPerUsd : c === "JPY" ? r.jpyPerUsd : r.cnyPerUsd;
      }
      return row;
    });
  const notes = ["Fed H.10 averages of daily noon buying rates in New York, via FRED."];
  const euroFrom = (p.monthly ? ds.facts.fx.EUR.monthly : ds.facts.fx.EUR.annual)?.from;
  if (currencies.includes("EUR") && euroFrom && from < euroFrom)
    notes.push(`No euro rate before ${euroFrom}${euroNote(ds, "EUR", "0000")}: shown as missing.`);
  const inverted = series
    .filter((s) => s.period >= from && s.period <= to && s.r.usdPerEur === null && s.r.eurPerUsd !== null)
    .map((s) => s.period);
  if (currencies.includes("EUR") && inverted.length) {
    notes.push(
      `USD per EUR for ${inverted.join(", ")} is derived: the inverse of the published EUR per USD, rounded to ${published} decimals (the raw value could not be recovered uniquely).`,
    );
  }
  return {
    ...reportHeader("rates", [sourceRef(ds, p.monthly ? "fx_monthly" : "fx_annual")]),
    frequency: p.monthly ? "monthly" : "annual",
    currencies,
    quotes: Object.fromEntries(currencies.map((c) => [c, c === "EUR" ? "USD per EUR" : `${c} per USD`])),
    range: { from: rows[0]!.period, to: rows[rows.length - 1]!.period },
    coverage,
    rows,
    source: sourceRef(ds, p.monthly ? "fx_monthly" : "fx_annual"),
    notes,
  };
}

/** Decimal places of a published value (as its shortest round-trip text shows them). */
function decimalsOf(v: number | null): number {
  if (v === null) return 0;
  const text = String(v);
  return text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
}
