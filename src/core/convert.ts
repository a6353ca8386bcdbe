import type { Dataset } from "../data/schema";
import { UsageError } from "../errors";
import { type Currency, parseAmount } from "./amount";
import { type DateQuery, dailySpan, type Leg, parseDateFlag, type RateSource, selectLeg } from "./fx";
import { type ReportHeader, reportHeader } from "./report";

export interface ConvertParams {
  amount: string;
  /** --from: the source currency when the amount names none */
  from?: Currency;
  to: Currency;
  date?: string;
  source?: RateSource;
}

export interface ConvertReport extends ReportHeader<"convert"> {
  input: { text: string; amount: number; currency: Currency };
  to: Currency;
  /** the converted amount, in units of `to` */
  result: number;
  /** the effective rate: 1 `from` = rate `to` */
  rate: { base: Currency; quote: Currency; rate: number };
  /** one leg for conversions to or from USD, two (same date, through USD) for cross rates */
  legs: Leg[];
  rateDate: string | null;
  kind: Leg["kind"] | null;
  source: string | null;
  notes: string[];
}

export function toUsd(amount: number, leg: Leg): number {
  return amount / leg.perUsd;
}

export function fromUsd(usd: number, leg: Leg): number {
  return usd * leg.perUsd;
}

export function convertAmount(ds: Dataset, p: ConvertParams): ConvertReport {
  const parsed = parseAmount(p.amount);
  if (parsed.currency && p.from && parsed.currency !== p.from) {
    throw new UsageError(
      `the amount ${JSON.stringify(p.amount)} is in ${parsed.currency} but --from says ${p.from}: drop one of them`,
    );
  }
  const from = parsed.currency ?? p.from ?? "USD";
  const query: DateQuery = p.date !== undefined ? parseDateFlag("--date", p.date) : { kind: "latest" };
  const legs: Leg[] = [];
  const notes: string[] = [];
  let usd = parsed.value;
  if (from !== "USD") {
    const leg = selectLeg(ds, from, query, p.source);
    legs.push(leg);
    usd = toUsd(parsed.value, leg);
  }
  let result = usd;
  if (p.to !== "USD" && p.to !== from) {
    // the second leg on the first leg's period, so a cross rate never mixes dates or kinds
    const q2: DateQuery = legs[0] ? periodQuery(legs[0]) : query;
    const leg = selectLeg(ds, p.to, q2, p.source);
    legs.push(leg);
    result = fromUsd(usd, leg);
  }
  if (from === p.to) {
    result = parsed.value;
    notes.push(`${from} to ${from}: no conversion`);
  }
  if (!Number.isFinite(result)) throw new UsageError(`${JSON.stringify(p.amount)} converts to a number too large to represent`);
  if (legs.length === 2) notes.push(`cross rate through USD: both legs are ${legs[0]!.kind} rates for ${legs[0]!.period}`);
  if (query.kind === "latest" && legs.length)
    notes.push(`no --date given: the latest annual average (${legs[0]?.period ?? "-"}) was used`);
  if (query.kind === "day" && legs.some((l) => l.kind !== "daily")) {
    notes.push(
      `no daily rate is bundled for ${query.date} (daily rates: ${dailySpan(ds)}): used the ${legs[0]!.kind} average for ${legs[0]!.period}`,
    );
  }
  for (const l of legs) if (l.derivation) notes.push(l.derivation);
  const first = legs[0];
  return {
    ...reportHeader("convert", [...new Map(legs.map((l) => [l.dataset.dataset, l.dataset])).values()]),
    input: { text: p.amount, amount: parsed.value, currency: from },
    to: p.to,
    result,
    rate: { base: from, quote: p.to, rate: parsed.value === 0 ? effectiveRate(legs, from) : result / parsed.value },
    legs,
    rateDate: first?.period ?? null,
    kind: first?.kind ?? null,
    source: first ? legs.map((l) => l.label).join("; ") : null,
    notes,
  };
}

function periodQuery(leg: Leg): DateQuery {
  if (leg.kind === "daily") return { kind: "day", date: leg.period };
  if (leg.kind === "monthly") return { kind: "month", month: leg.period };
  return { kind: "year", year: Number(leg.period) };
}

function effectiveRate(legs: Leg[], from: Currency): number {
  let r = 1;
  for (const l of legs) r = l.currency === from ? r / l.perUsd : r * l.perUsd;
  return r;
}
