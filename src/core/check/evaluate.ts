import type { Dataset } from "../../data/schema";
import { UsageError } from "../../errors";
import type { Currency } from "../amount";
import { convertAmount } from "../convert";
import { isCalendarDate } from "../dates";
import { periodLeg } from "../fx";
import { korusDates } from "../korus";
import { type ReportHeader, reportHeader } from "../report";
import { knownBy, releasesOf, type SourceRef, sourceRef } from "../sources";
import { CAN_READ, readClaim } from "./read";
import type { Check, Metric, PartnerName, Qualifier, Reading, Stated, Verdict, YearRef } from "./types";

/**
 * Checks a claim against the bundled data as published at --as-of. Tolerance rules (README "Verdicts"):
 * a stated figure is true when it matches the data within the precision it is written with ("$13.2 billion"
 * ±0.05B; "about" adds 3% of the actual value); beyond that the verdict falls with the relative excess:
 * ≤5% mostly-true, ≤15% half-true, ≤30% mostly-false, more is false. A wrong direction is false.
 */

/** A year's annual total counts once Census has published it: early February of the next year. */
export const ANNUAL_RELEASE = "02-07";

export interface CheckParams {
  claim: string;
  /** YYYY-MM-DD: only data published by then counts; default: today */
  asOf?: string;
  /** today's date, YYYY-MM-DD (the caller's clock: core reads none) */
  today: string;
}

export interface Evidence {
  partner: PartnerName;
  metric: Metric;
  period: string;
  /** $ millions (or units of `currency` for converted figures) */
  value: number | null;
  unit: string;
  sourceId: string | null;
  note: string | null;
}

export interface Arithmetic {
  op: "ratio" | "percent-change" | "difference" | "conversion" | "comparison" | "years-between" | "extreme";
  a: number;
  b: number;
  result: number;
  unit: string;
}

export interface ClauseResult {
  check: Check;
  verdict: Verdict;
  /** the data's figure for what the clause states: $M, a ratio, a percent, or currency units */
  actual: number | null;
  /** why korus could not check the clause, or why a change has no meaning; null when it was checked */
  reason: string | null;
  evidence: Evidence[];
  arithmetic: Arithmetic[];
}

export interface CheckReport extends ReportHeader<"check"> {
  claim: string;
  asOf: string;
  latestFullYear: number;
  verdict: Verdict;
  /** why the claim is unverifiable; null when a verdict was reached */
  reason: string | null;
  interpretation: Reading;
  clauses: ClauseResult[];
  caveats: string[];
  sources: SourceRef[];
  /** with an unreadable claim: the forms korus reads */
  canRead: string[] | null;
}

const SCORE: Record<Exclude<Verdict, "unverifiable">, number> = {
  true: 5,
  "mostly-true": 4,
  "half-true": 3,
  "mostly-false": 2,
  false: 1,
};
const BY_SCORE: Verdict[] = ["false", "false", "mostly-false", "half-true", "mostly-true", "true"];

/** The scale, from the excess beyond the tolerance band, relative to the actual value. */
export function grade(excess: number): Exclude<Verdict, "unverifiable"> {
  if (excess <= 1e-9) return "true";
  if (excess <= 0.05) return "mostly-true";
  if (excess <= 0.15) return "half-true";
  if (excess <= 0.3) return "mostly-false";
  return "false";
}

/** Distance of `actual` outside the band a stated figure allows, relative to |actual|. */
export function levelExcess(stated: number, precision: number, q: Qualifier, actual: number): number {
  const scale = Math.abs(actual) || 1;
  let lo: number;
  let hi: number;
  switch (q) {
    case "exact":
      lo = stated - precision;
      hi = stated + precision;
      break;
    case "about":
      lo = stated - precision - 0.03 * scale;
      hi = stated + precision + 0.03 * scale;
      break;
    case "nearly":
      lo = stated * 0.9 - precision;
      hi = stated + precision;
      break;
    case "more-than":
      lo = stated;
      hi = Infinity;
      break;
    case "less-than":
      lo = -Infinity;
      hi = stated;
      break;
  }
  const dist = actual < lo ? lo - actual : actual > hi ? actual - hi : 0;
  return dist / scale;
}

export function parseAsOf(value: string, today: string, firstAsOf: string): string {
  const v = value.trim();
  if (!isCalendarDate(v)) {
    throw new UsageError(
      `--as-of ${JSON.stringify(value)} is not a date: give YYYY-MM-DD, from ${firstAsOf} to today (${today})`,
    );
  }
  if (v < firstAsOf)
    throw new UsageError(
      `--as-of ${v} is before any bundled full year was published: give a date from ${firstAsOf} (the first full year published) to today (${today})`,
    );
  if (v > today) throw new UsageError(`--as-of ${v} is in the future: give a date from ${firstAsOf} to today (${today})`);
  return v;
}

interface Ctx {
  ds: Dataset;
  asOf: string;
  latest: number;
  sources: Map<string, SourceRef>;
  caveats: Set<string>;
}

function published(year: number): string {
  return `${year + 1}-${ANNUAL_RELEASE}`;
}

function resolveYear(c: Ctx, ref: YearRef): number {
  return "year" in ref ? ref.year : c.latest - (ref.back ?? 0);
}

interface Figure {
  value: number | null;
  sourceId: string | null;
  note: string | null;
}

function metricOf(m: Metric, r: { exports: number; imports: number; balance: number }): number {
  switch (m) {
    case "deficit":
      return -r.balance;
    case "balance":
      return r.balance;
    case "exports":
      return r.exports;
    case "imports":
      return r.imports;
    case "total":
      return Math.round((r.exports + r.imports) * 10) / 10;
  }
}

/** A partner's figure for a year as it was known at --as-of (from the bundled vintages where they exist). */
function figure(c: Ctx, metric: Metric, partner: PartnerName, year: number): Figure {
  const first = c.ds.goodsAnnual[0]!.year;
  const last = c.ds.goodsAnnual[c.ds.goodsAnnual.length - 1]!.year;
  if (year < first || year > last)
    return { value: null, sourceId: null, note: `no data for ${year}: the bundled annual series covers ${first}-${last}` };
  if (published(year) > c.asOf)
    return {
      value: null,
      sourceId: null,
      note: `${year} full-year figures were first published in February ${year + 1}, after ${c.asOf}`,
    };
  if (partner !== "South Korea") {
    c.sources.set("partners_annual", sourceRef(c.ds, "partners_annual"));
    const row = c.ds.partnersAnnual.find((r) => r.partner === partner && r.year === year);
    if (!row) return { value: null, sourceId: null, note: `no ${partner} data bundled for ${year}` };
    return { value: metricOf(metric, row), sourceId: row.sourceId, note: null };
  }
  c.sources.set("goods_annual", sourceRef(c.ds, "goods_annual"));
  const sorted = releasesOf(c.ds, year);
  if (sorted.length > 0) {
    c.sources.set("goods_vintages", sourceRef(c.ds, "goods_vintages"));
    const known = (id: string) => knownBy(c.ds, id);
    const asKnown = sorted.filter((v) => known(v.sourceId) <= c.asOf).at(-1);
    if (asKnown) {
      const latest = c.ds.goodsAnnual.find((r) => r.year === year)!;
      const revised = asKnown.balance !== latest.balance ? ` (later revised: balance ${latest.balance})` : "";
      return {
        value: metricOf(metric, asKnown),
        sourceId: asKnown.sourceId,
        note: `as known by ${known(asKnown.sourceId)}${revised}`,
      };
    }
    const earliest = sorted[0]!;
    c.caveats.add(
      `The earliest bundled release of ${year} (${earliest.sourceId}, ${known(earliest.sourceId)}) postdates ${c.asOf}; the figures first published in February ${year + 1} may differ slightly.`,
    );
    return { value: metricOf(metric, earliest), sourceId: earliest.sourceId, note: `earliest bundled release` };
  }
  const row = c.ds.goodsAnnual.find((r) => r.year === year)!;
  return { value: metricOf(metric, row), sourceId: row.sourceId, note: null };
}

function evidence(metric: Metric, partner: PartnerName, year: number, f: Figure): Evidence {
  return { partner, metric, period: String(year), value: f.value, unit: "$ millions", sourceId: f.sourceId, note: f.note };
}

function unverifiableClause(check: Check, reason: string, ev: Evidence[] = []): ClauseResult {
  return { check, verdict: "unverifiable", actual: null, reason, evidence: ev, arithmetic: [] };
}

function statedMillions(s: Stated): number {
  return s.value / 1e6;
}

function evalLevel(c: Ctx, check: Extract<Check, { type: "level" }>): ClauseResult {
  const year = resolveYear(c, check.year);
  const f = figure(c, check.metric, check.partner, year);
  const ev = [evidence(check.metric, check.partner, year, f)];
  if (f.value === null) return unverifiableClause(check, f.note ?? "no data", ev);
  let actual = f.value;
  let stated = statedMillions(check.stated);
  let precision = check.stated.precision / 1e6;
  const arithmetic: Arithmetic[] = [];
  if (check.stated.currency !== "USD") {
    const leg = periodLeg(c.ds, check.stated.currency as Exclude<Currency, "USD">, String(year));
    if (!leg) return unverifiableClause(check, `no ${check.stated.currency} rate bundled for ${year}`, ev);
    c.sources.set(leg.dataset.dataset, leg.dataset);
    arithmetic.push({
      op: "conversion",
      a: f.value,
      b: leg.perUsd,
      result: f.value * leg.perUsd,
      unit: `millions of ${check.stated.currency}`,
    });
    actual = f.value * leg.perUsd;
    stated = check.stated.value / 1e6;
    precision = check.stated.precision / 1e6;
  }
  const verdict = grade(levelExcess(stated, precision, check.stated.qualifier, actual));
  return { check, verdict, actual, reason: null, evidence: ev, arithmetic };
}

function endpoints(c: Ctx, check: { metric: Metric; partner: PartnerName; from: YearRef; to: YearRef }) {
  const y0 = resolveYear(c, check.from);
  const y1 = resolveYear(c, check.to);
  const f0 = figure(c, check.metric, check.partner, y0);
  const f1 = figure(c, check.metric, check.partner, y1);
  return { y0, y1, f0, f1, ev: [evidence(check.metric, check.partner, y0, f0), evidence(check.metric, check.partner, y1, f1)] };
}

function evalChange(c: Ctx, check: Extract<Check, { type: "ratio" | "percent" | "delta" | "direction" }>): ClauseResult {
  const { y0, y1, f0, f1, ev } = endpoints(c, check);
  if (f0.value === null || f1.value === null)
    return unverifiableClause(check, (f0.value === null ? f0.note : f1.note) ?? "no data", ev);
  if (y0 >= y1)
    return unverifiableClause(check, `the claim's period runs from ${y0} to ${y1}: a change needs a later end year`, ev);
  const a = f0.value;
  const b = f1.value;
  const diff = Math.round((b - a) * 10) / 10;
  const pct = a !== 0 ? (diff / Math.abs(a)) * 100 : NaN;
  const arithmetic: Arithmetic[] = [{ op: "difference", a: b, b: a, result: diff, unit: "$ millions" }];
  if (Number.isFinite(pct)) arithmetic.push({ op: "percent-change", a: diff, b: Math.abs(a), result: pct, unit: "%" });
  switch (check.type) {
    case "ratio": {
      if (a <= 0 || b <= 0) {
        return {
          check,
          verdict: "false",
          actual: null,
          reason: `a ratio needs a ${check.metric} at both ends; the sign of the figure changes`,
          evidence: ev,
          arithmetic,
        };
      }
      const r = b / a;
      arithmetic.unshift({ op: "ratio", a: b, b: a, result: r, unit: "×" });
      const k = check.factor;
      const [lo, hi] =
        check.mode === "more-than" ? [k, Infinity] : check.mode === "nearly" ? [0.85 * k, k * 1.0 + 1e-9] : [0.9 * k, 1.15 * k];
      const dist = r < lo ? lo - r : r > hi ? r - hi : 0;
      const verdict = r > 1 !== k > 1 ? "false" : grade(dist / k);
      return { check, verdict, actual: r, reason: null, evidence: ev, arithmetic };
    }
    case "percent": {
      const claimed = check.direction === "up" ? check.percent : -check.percent;
      if (Math.sign(pct) !== Math.sign(claimed) && Math.abs(pct) > check.precision) {
        return {
          check,
          verdict: "false",
          actual: pct,
          reason: "the data move in the opposite direction",
          evidence: ev,
          arithmetic,
        };
      }
      const excess = levelExcess(
        Math.abs(claimed),
        check.precision + (check.qualifier === "about" ? 0.05 * check.percent : 0),
        check.qualifier === "about" ? "exact" : check.qualifier,
        Math.abs(pct),
      );
      return { check, verdict: grade(excess), actual: pct, reason: null, evidence: ev, arithmetic };
    }
    case "delta": {
      const claimed = (check.direction === "up" ? 1 : -1) * statedMillions(check.stated);
      if (Math.sign(diff) !== Math.sign(claimed)) {
        return {
          check,
          verdict: "false",
          actual: diff,
          reason: "the data move in the opposite direction",
          evidence: ev,
          arithmetic,
        };
      }
      const verdict = grade(levelExcess(Math.abs(claimed), check.stated.precision / 1e6, check.stated.qualifier, Math.abs(diff)));
      return { check, verdict, actual: diff, reason: null, evidence: ev, arithmetic };
    }
    case "direction": {
      const wantUp = check.direction === "up";
      const small = Math.abs(pct) < 0.5;
      const right = wantUp ? diff > 0 : diff < 0;
      const verdict = right ? (small ? "mostly-true" : "true") : small ? "half-true" : "false";
      return { check, verdict, actual: pct, reason: null, evidence: ev, arithmetic };
    }
  }
}

function evalCompare(c: Ctx, check: Extract<Check, { type: "compare" }>): ClauseResult {
  const year = resolveYear(c, check.year);
  const fs = figure(c, check.metric, check.subject, year);
  const fo = figure(c, check.metric, check.object, year);
  const ev = [evidence(check.metric, check.subject, year, fs), evidence(check.metric, check.object, year, fo)];
  if (fs.value === null || fo.value === null)
    return unverifiableClause(check, (fs.value === null ? fs.note : fo.note) ?? "no data", ev);
  const holds = check.relation === "greater" ? fs.value > fo.value : fs.value < fo.value;
  const close = Math.abs(fs.value - fo.value) <= 0.02 * Math.max(Math.abs(fs.value), Math.abs(fo.value));
  return {
    check,
    verdict: holds ? "true" : close ? "half-true" : "false",
    actual: fs.value - fo.value,
    reason: null,
    evidence: ev,
    arithmetic: [{ op: "comparison", a: fs.value, b: fo.value, result: fs.value - fo.value, unit: "$ millions" }],
  };
}

function evalRecord(c: Ctx, check: Extract<Check, { type: "record" }>): ClauseResult {
  const year = resolveYear(c, check.year);
  const target = figure(c, check.metric, check.partner, year);
  if (target.value === null)
    return unverifiableClause(check, target.note ?? "no data", [evidence(check.metric, check.partner, year, target)]);
  const first = check.since !== null ? check.since + 1 : check.window !== null ? year - check.window : c.ds.goodsAnnual[0]!.year;
  const others: { year: number; value: number }[] = [];
  for (let y = Math.max(first, c.ds.goodsAnnual[0]!.year); y < year; y++) {
    const f = figure(c, check.metric, check.partner, y);
    if (f.value !== null) others.push({ year: y, value: f.value });
  }
  const rival = others.reduce<{ year: number; value: number } | null>(
    (best, o) => (!best || (check.extreme === "max" ? o.value > best.value : o.value < best.value) ? o : best),
    null,
  );
  const holds = !rival || (check.extreme === "max" ? target.value > rival.value : target.value < rival.value);
  const ev = [evidence(check.metric, check.partner, year, target)];
  if (rival)
    ev.push(
      evidence(check.metric, check.partner, rival.year, {
        value: rival.value,
        sourceId: null,
        note: `${check.extreme === "max" ? "highest" : "lowest"} of ${others[0]?.year}-${year - 1}`,
      }),
    );
  return {
    check,
    verdict: holds ? "true" : "false",
    actual: target.value,
    reason: rival ? null : `${year} is the first year bundled`,
    evidence: ev,
    arithmetic: rival
      ? [{ op: "extreme", a: target.value, b: rival.value, result: target.value - rival.value, unit: "$ millions" }]
      : [],
  };
}

function evalFx(c: Ctx, check: Extract<Check, { type: "fx" }>): ClauseResult {
  const amountText = `${check.amount.value} ${check.amount.currency}`;
  let report: ReturnType<typeof convertAmount>;
  try {
    report = convertAmount(c.ds, { amount: amountText, to: check.result.currency, date: check.date ?? c.asOf });
  } catch {
    report = convertAmount(c.ds, { amount: amountText, to: check.result.currency });
    c.caveats.add(`No exchange rate is bundled for ${check.date ?? c.asOf}; the latest annual average was used.`);
  }
  for (const leg of report.legs) c.sources.set(leg.dataset.dataset, leg.dataset);
  const verdict = grade(
    levelExcess(
      check.result.value,
      check.result.precision,
      check.result.qualifier === "exact" ? "exact" : check.result.qualifier,
      report.result,
    ),
  );
  return {
    check,
    verdict,
    actual: report.result,
    reason: null,
    evidence: [],
    arithmetic: [
      { op: "conversion", a: check.amount.value, b: report.rate.rate, result: report.result, unit: check.result.currency },
    ],
  };
}

function evalAge(c: Ctx, check: Extract<Check, { type: "age" }>): ClauseResult {
  const years = (Date.parse(c.asOf) - Date.parse(korusDates(c.ds.facts).inForce)) / (365.2425 * 86400000);
  const tol = 0.5 + (check.qualifier === "about" ? 0.5 : 0);
  const excess = Math.max(0, Math.abs(check.years - years) - tol) / Math.max(years, 1);
  const verdict = years < 0 ? "false" : grade(excess);
  return {
    check,
    verdict,
    actual: years,
    reason: null,
    evidence: [],
    arithmetic: [
      {
        op: "years-between",
        a: Date.parse(c.asOf) / 86400000,
        b: Date.parse(korusDates(c.ds.facts).inForce) / 86400000,
        result: years,
        unit: "years",
      },
    ],
  };
}

function evaluate(c: Ctx, check: Check): ClauseResult {
  switch (check.type) {
    case "level":
      return evalLevel(c, check);
    case "ratio":
    case "percent":
    case "delta":
    case "direction":
      return evalChange(c, check);
    case "compare":
      return evalCompare(c, check);
    case "record":
      return evalRecord(c, check);
    case "fx":
      return evalFx(c, check);
    case "age":
      return evalAge(c, check);
  }
}

/** One verdict for a claim of several clauses: the weakest part, but right-and-wrong parts make half-true. */
export function combine(verdicts: Verdict[]): Verdict {
  const scored = verdicts.filter((v): v is Exclude<Verdict, "unverifiable"> => v !== "unverifiable").map((v) => SCORE[v]);
  if (scored.length === 0) return "unverifiable";
  const min = Math.min(...scored);
  const max = Math.max(...scored);
  return BY_SCORE[min <= 2 && max >= 4 ? 3 : min]!;
}

export function checkClaim(ds: Dataset, p: CheckParams): CheckReport {
  if (p.claim.trim() === "")
    throw new UsageError(
      'empty claim: give one sentence in quotes, e.g. korus check "The deficit doubled between 2011 and 2016"',
    );
  const asOf = p.asOf !== undefined ? parseAsOf(p.asOf, p.today, ds.facts.firstAsOf) : p.today;
  const lastData = ds.goodsAnnual[ds.goodsAnnual.length - 1]!.year;
  let latest = lastData;
  while (published(latest) > asOf) latest--;
  const c: Ctx = { ds, asOf, latest, sources: new Map(), caveats: new Set() };
  const korus = korusDates(ds.facts);
  const reading = readClaim(p.claim, korus);
  const clauses = reading.checks.map((ch) => evaluate(c, ch));
  const verdict = reading.unverifiable ? "unverifiable" : combine(clauses.map((r) => r.verdict));
  const usesGoods = clauses.some((r) => r.evidence.length > 0);
  if (usesGoods) {
    c.caveats.add(
      "Basis: US Census Bureau goods trade (Census basis: exports f.a.s., general imports customs value), nominal US dollars, not seasonally adjusted; BEA's balance-of-payments basis differs.",
    );
    c.caveats.add(
      `Only data published by ${asOf} count: a year's total counts from 7 February of the next year (Census annual release); the latest full year then was ${latest}.`,
    );
  }
  if (
    reading.checks.some((ch) => "partner" in ch && ch.partner === "South Korea") &&
    reading.rules.some((r) => r.startsWith("read from Korea's side"))
  ) {
    c.caveats.add(
      "Korea's own customs figures (imports valued c.i.f.) show a smaller surplus than the US-reported deficit; see korus mirror.",
    );
  }
  if (reading.rules.some((r) => r.includes("since KORUS")))
    c.caveats.add(
      `"Since KORUS" compares ${korus.baseYear}, the last full year before entry into force on ${korus.inForce}, with the latest full year.`,
    );
  const reason =
    reading.unverifiable ??
    (verdict === "unverifiable"
      ? clauses
          .map((r) => r.reason)
          .filter(Boolean)
          .join("; ")
      : null);
  return {
    ...reportHeader("check", [...c.sources.values()]),
    claim: p.claim,
    asOf,
    latestFullYear: latest,
    verdict,
    reason,
    interpretation: reading,
    clauses,
    caveats: [...c.caveats],
    sources: [...c.sources.values()],
    canRead: verdict === "unverifiable" ? CAN_READ : null,
  };
}
