import { spanText } from "../data/facts";
import type { Dataset, FxAnnualRow, FxMonthlyRow } from "../data/schema";
import { UsageError } from "../errors";
import type { Currency } from "./amount";
import { isCalendarDate } from "./dates";
import { type SourceRef, sourceRef } from "./sources";

/**
 * Exchange-rate selection. Every rate is a leg against the US dollar, quoted the way markets quote it:
 * 1 EUR = x USD for the euro, 1 USD = x KRW / JPY / CNY for the others.
 */
export type RateKind = "daily" | "monthly" | "annual";
export type RateSource = "ecb" | "fed";
export { RATE_SOURCES } from "./currencies";

export interface Leg {
  currency: Exclude<Currency, "USD">;
  base: Currency;
  quote: Currency;
  /** 1 base = rate quote */
  rate: number;
  /** units of `currency` per US dollar */
  perUsd: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY */
  period: string;
  kind: RateKind;
  source: RateSource;
  /** "ECB euro reference rate, 2017-07-13" */
  label: string;
  /** how the rate was obtained when not read directly (cross through EUR, inverse) */
  derivation: string | null;
  dataset: SourceRef;
}

export type DateQuery =
  | { kind: "day"; date: string }
  | { kind: "month"; month: string }
  | { kind: "year"; year: number }
  | { kind: "latest" };

export function parseDateFlag(flag: string, value: string): DateQuery {
  const v = value.trim();
  if (/^(\d{4})-(\d{2})-(\d{2})$/.test(v)) {
    if (!isCalendarDate(v)) {
      throw new UsageError(`${flag} ${value} is not a calendar date: give YYYY-MM-DD, YYYY-MM or YYYY`);
    }
    return { kind: "day", date: v };
  }
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) {
    const mm = Number(m[2]);
    if (mm < 1 || mm > 12)
      throw new UsageError(`${flag} ${value}: month ${m[2]} does not exist; give YYYY-MM-DD, YYYY-MM or YYYY`);
    return { kind: "month", month: v };
  }
  if (/^\d{4}$/.test(v)) return { kind: "year", year: Number(v) };
  throw new UsageError(`${flag} ${JSON.stringify(value)} is not a date: give YYYY-MM-DD, YYYY-MM or YYYY`);
}

function coverageText(ds: Dataset, c: Exclude<Currency, "USD">): string {
  const f = ds.facts.fx[c];
  const parts = [
    f.annual && `${spanText(f.annual)} (annual averages)`,
    f.monthly && `${spanText(f.monthly)} (monthly)`,
    f.daily && `${spanText(ds.facts.fxDaily)} (daily)`,
  ].filter(Boolean);
  return `${c} rates cover ${parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "no period")}`;
}

/**
 * Why a currency has no rate for `period` (YYYY, YYYY-MM or YYYY-MM-DD), from the data's own spans: " (the euro
 * exists from 1999)" only before the euro; after the data, where they end. Empty when neither explains it.
 */
export function euroNote(ds: Dataset, c: Currency, period?: string): string {
  if (c === "USD") return "";
  const f = ds.facts.fx[c];
  const first = ds.facts.fx.EUR.annual?.from;
  if (c === "EUR" && first && (period === undefined || period.slice(0, 4) < first)) return ` (the euro exists from ${first})`;
  if (period === undefined) return "";
  if (/^\d{4}$/.test(period) && f.annual && period > f.annual.to) {
    const months =
      f.monthly && f.monthly.to.slice(0, 4) >= period ? `; months of ${period} are bundled up to ${f.monthly.to}` : "";
    return ` (the annual averages end in ${f.annual.to}${months})`;
  }
  const lastMonth = f.monthly?.to;
  if (period.length >= 7 && lastMonth && period.slice(0, 7) > lastMonth) return ` (the bundled rates end in ${lastMonth})`;
  return "";
}

/** "2017-07-10 to 2017-07-14": the days with a daily rate. */
export function dailySpan(ds: Dataset): string {
  return spanText(ds.facts.fxDaily);
}

function annualPerUsd(r: FxAnnualRow | FxMonthlyRow, c: Exclude<Currency, "USD">): number | null {
  switch (c) {
    case "EUR":
      return r.usdPerEur !== null ? 1 / r.usdPerEur : r.eurPerUsd;
    case "KRW":
      return r.krwPerUsd;
    case "JPY":
      return r.jpyPerUsd;
    case "CNY":
      return r.cnyPerUsd;
  }
}

function averageLeg(
  ds: Dataset,
  c: Exclude<Currency, "USD">,
  row: FxAnnualRow | FxMonthlyRow,
  period: string,
  kind: "annual" | "monthly",
): Leg | null {
  const perUsd = annualPerUsd(row, c);
  if (perUsd === null) return null;
  const dataset = sourceRef(ds, kind === "annual" ? "fx_annual" : "fx_monthly");
  const what = kind === "annual" ? "annual average" : "monthly average";
  if (c === "EUR") {
    const direct = row.usdPerEur !== null;
    return {
      currency: c,
      base: "EUR",
      quote: "USD",
      rate: direct ? row.usdPerEur! : 1 / row.eurPerUsd!,
      perUsd,
      period,
      kind,
      source: "fed",
      label: `Fed H.10 ${what}, ${period}`,
      derivation: direct
        ? null
        : `the published USD per EUR was not recovered for ${period}; inverse of EUR per USD ${row.eurPerUsd}`,
      dataset,
    };
  }
  return {
    currency: c,
    base: "USD",
    quote: c,
    rate: perUsd,
    perUsd,
    period,
    kind,
    source: "fed",
    label: `Fed H.10 ${what}, ${period}`,
    derivation: null,
    dataset,
  };
}

function dailyLeg(ds: Dataset, c: Exclude<Currency, "USD">, date: string, wanted: RateSource | undefined): Leg | null {
  const row = ds.fxDaily.find((r) => r.date === date);
  if (!row) return null;
  const dataset = sourceRef(ds, "fx_daily");
  // Default: the ECB's own reference rate for the euro (the one European media quote); the Fed's
  // direct dollar quote for the others where bundled, else the ECB cross through the euro.
  const fedValue = c === "EUR" ? row.fedUsdPerEur : c === "KRW" ? row.fedKrwPerUsd : null;
  const source: RateSource = wanted ?? (c === "EUR" || fedValue === null ? "ecb" : "fed");
  if (source === "fed") {
    if (fedValue === null) return null;
    if (c === "EUR") {
      return {
        currency: c,
        base: "EUR",
        quote: "USD",
        rate: fedValue,
        perUsd: 1 / fedValue,
        period: date,
        kind: "daily",
        source,
        label: `Fed H.10 noon buying rate, ${date}`,
        derivation: null,
        dataset,
      };
    }
    return {
      currency: c,
      base: "USD",
      quote: c,
      rate: fedValue,
      perUsd: fedValue,
      period: date,
      kind: "daily",
      source,
      label: `Fed H.10 noon buying rate, ${date}`,
      derivation: null,
      dataset,
    };
  }
  if (c === "EUR") {
    return {
      currency: c,
      base: "EUR",
      quote: "USD",
      rate: row.ecbUsdPerEur,
      perUsd: 1 / row.ecbUsdPerEur,
      period: date,
      kind: "daily",
      source,
      label: `ECB euro reference rate, ${date}`,
      derivation: null,
      dataset,
    };
  }
  const perEur = c === "KRW" ? row.ecbKrwPerEur : c === "JPY" ? row.ecbJpyPerEur : row.ecbCnyPerEur;
  const perUsd = perEur / row.ecbUsdPerEur;
  return {
    currency: c,
    base: "USD",
    quote: c,
    rate: perUsd,
    perUsd,
    period: date,
    kind: "daily",
    source,
    label: `ECB euro reference rates, ${date}`,
    derivation: `ECB quotes against the euro: ${perEur} ${c} per EUR / ${row.ecbUsdPerEur} USD per EUR`,
    dataset,
  };
}

/**
 * The finest bundled rate for a date: a daily reference rate where bundled, else the monthly average,
 * else the annual average. No date: the latest annual average.
 */
export function selectLeg(ds: Dataset, c: Exclude<Currency, "USD">, q: DateQuery, source?: RateSource): Leg {
  const fail = (what: string): never => {
    throw new UsageError(
      `no ${c} rate for ${what}${euroNote(ds, c, /^\d/.test(what) ? what : undefined)}: ${coverageText(ds, c)}`,
    );
  };
  const annual = (year: number) => {
    const row = ds.fxAnnual.find((r) => r.year === year);
    return row ? averageLeg(ds, c, row, String(year), "annual") : null;
  };
  const monthly = (month: string) => {
    const row = ds.fxMonthly.find((r) => r.month === month);
    return row ? averageLeg(ds, c, row, month, "monthly") : null;
  };
  if (source === "ecb" && q.kind !== "day") {
    throw new UsageError(
      `--source ecb: ECB rates are bundled only as daily rates for ${dailySpan(ds)}; give --date in that range, or --source fed`,
    );
  }
  switch (q.kind) {
    case "latest": {
      const row = [...ds.fxAnnual].reverse().find((r) => annualPerUsd(r, c) !== null);
      return (row && averageLeg(ds, c, row, String(row.year), "annual")) ?? fail("any year");
    }
    case "year":
      return annual(q.year) ?? fail(String(q.year));
    case "month":
      return monthly(q.month) ?? annual(Number(q.month.slice(0, 4))) ?? fail(q.month);
    case "day": {
      const daily = dailyLeg(ds, c, q.date, source);
      if (daily) return daily;
      if (source === "ecb" || (source === "fed" && ds.fxDaily.some((r) => r.date === q.date))) {
        throw new UsageError(
          `no ${source === "ecb" ? "ECB" : "Fed H.10"} daily ${c} rate bundled for ${q.date}; ${source === "ecb" ? "ECB" : "Fed"} daily rates are bundled for ${dailySpan(ds)}${source === "fed" ? " (EUR and KRW only)" : ""}`,
        );
      }
      return monthly(q.date.slice(0, 7)) ?? annual(Number(q.date.slice(0, 4))) ?? fail(q.date);
    }
  }
}

/** The average rate for one period of a series (YYYY annual, YYYY-MM monthly), or null where none is bundled. */
export function periodLeg(ds: Dataset, c: Exclude<Currency, "USD">, period: string): Leg | null {
  if (/^\d{4}$/.test(period)) {
    const row = ds.fxAnnual.find((r) => r.year === Number(period));
    return row ? averageLeg(ds, c, row, period, "annual") : null;
  }
  const row = ds.fxMonthly.find((r) => r.month === period);
  return row ? averageLeg(ds, c, row, period, "monthly") : null;
}
