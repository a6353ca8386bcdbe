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
  /** one row per period; a currency without a rate for it is null */
  rows: ({ period: string } & Partial<Record<Foreign, number | null>>)[];
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
  const rows = series
    .filter((s) => s.period >= from && s.period <= to)
    .map(({ period, r }) => {
      const row: { period: string } & Partial<Record<Foreign, number | null>> = { period };
      for (const c of currencies) {
        row[c] =
          c === "EUR"
            ? (r.usdPerEur ?? (r.eurPerUsd !== null ? 1 / r.eurPerUsd : null))
            : c === "KRW"
              ? r.krwPerUsd
              : c === "JPY"
                ? r.jpyPerUsd
                : r.cnyPerUsd;
      }
      return row;
    });
  const notes = ["Fed H.10 averages of daily noon buying rates in New York, via FRED."];
  const euroFrom = (p.monthly ? ds.facts.fx.EUR.monthly : ds.facts.fx.EUR.annual)?.from;
  if (currencies.includes("EUR") && euroFrom && from < euroFrom)
    notes.push(`No euro rate before ${euroFrom}${euroNote(ds, "EUR")}: shown as missing.`);
  const inverted = series
    .filter((s) => s.period >= from && s.period <= to && s.r.usdPerEur === null && s.r.eurPerUsd !== null)
    .map((s) => s.period);
  if (currencies.includes("EUR") && inverted.length) {
    notes.push(
      `USD per EUR for ${inverted.join(", ")} is the inverse of the published EUR per USD (the raw value could not be recovered uniquely).`,
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
