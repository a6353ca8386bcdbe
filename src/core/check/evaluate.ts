import { ANNUAL_RELEASE_DAY, compactPeriods } from "../../data/facts";
import type { Dataset } from "../../data/schema";
import { UsageError } from "../../errors";
import { convertAmount } from "../convert";
import type { Currency } from "../currencies";
import { isCalendarDate, monthIndex, monthOf } from "../dates";
import { periodLeg } from "../fx";
import { korusDates } from "../korus";
import { type ReportHeader, reportHeader } from "../report";
import { knownBy, releasesOf, type SourceRef, sourceRef } from "../sources";
import { periodLabel } from "./forms";
import { CAN_READ, MAX_CLAIM_LENGTH, type ReadContext, readClaim } from "./read";
import type { Check, Metric, Period, Product, Qualifier, Reading, Stated, Verdict } from "./types";

/**
 * Checks a claim against the bundled data as published at --as-of. Tolerance rules (README "Verdicts",
 * `korus help verdicts`): a stated figure is true when it matches the data within the precision it is
 * written with ("$13.2 billion" ±0.05B; "about" adds 3% of the actual value); beyond that the verdict falls
 * with the relative excess: ≤5% mostly-true, ≤15% half-true, ≤30% mostly-false, more is false.
 */

/** A month's figures count from the 3rd of the second month after (Census's FT-900 comes out between the 2nd and the 8th). */
export const MONTH_RELEASE_DAY = "03";

export interface CheckParams {
  claim: string;
  /** YYYY-MM-DD: only data published by then counts; default: today */
  asOf?: string;
  /** today's date, YYYY-MM-DD (the caller's clock: core reads none) */
  today: string;
}

/** Whose statistics a figure is: the US Census Bureau's, or Korea's own (Korea Customs Service). */
export type Basis = "us" | "korea";

export interface Evidence {
  partner: string;
  metric: Metric;
  /** "korea": Korea's own customs figure for the same flow (metric still named from the US side) */
  basis: Basis;
  /** the figure of one product only (autos, passenger cars, parts); null: all goods */
  product: Product | null;
  /** "2016", "2023-06", "2019-01 to 2019-05" */
  period: string;
  /** $ millions */
  value: number | null;
  unit: string;
  sourceId: string | null;
  note: string | null;
}

export interface Arithmetic {
  op: "ratio" | "percent-change" | "difference" | "conversion" | "comparison" | "years-between" | "extreme" | "rank" | "sum";
  a: number;
  b: number;
  result: number;
  unit: string;
}

/** How a verdict was reached, for a reader to trust or dispute it. */
export interface Explanation {
  /** the periods the clause was resolved to: "2011 → 2016", "2023-06" */
  period: string | null;
  /** the band the stated value allows, in `unit`, before the grades beyond it */
  band: { low: number | null; high: number | null; unit: string } | null;
  /** whether the claim states more or less than the data show */
  error: "overstates" | "understates" | null;
  /** verdicts with either end of the window moved by one year, where one differs ("cherry-picking") */
  sensitivity: { from: string; to: string; verdict: Verdict }[];
}

export interface ClauseResult {
  check: Check;
  verdict: Verdict;
  /** whose figures the verdict rests on */
  basis: Basis;
  /** the verdict on the other capital's figures, where both were checked */
  otherBasis: { basis: Basis; verdict: Verdict; actual: number | null } | null;
  /** the data's figure for what the clause states: $M, a ratio, a percent, a rank or currency units */
  actual: number | null;
  /** why korus could not check the clause, or why the verdict is what it is; null when it is plain */
  reason: string | null;
  evidence: Evidence[];
  arithmetic: Arithmetic[];
  explanation: Explanation;
}

export interface CheckReport extends ReportHeader<"check"> {
  claim: string;
  /** the partner the goods files describe: evidence on basis "korea" is this country's own statistics */
  subject: string;
  asOf: string;
  latestFullYear: number;
  /** the latest month published at --as-of */
  latestMonth: string;
  verdict: Verdict;
  /** why the claim is unverifiable, or why a false verdict is false; null when true */
  reason: string | null;
  interpretation: Reading;
  clauses: ClauseResult[];
  caveats: string[];
  /** hints about how the claim was typed (a shell that ate "$1") */
  hints: string[];
  sources: SourceRef[];
  /** with an unverifiable claim: the forms korus reads */
  canRead: readonly string[] | null;
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

/** The band a stated figure allows around `actual`'s scale: [low, high]. */
export function levelBand(stated: number, precision: number, q: Qualifier, actual: number): [number, number] {
  const scale = Math.abs(actual) || 1;
  switch (q) {
    case "exact":
      return [stated - precision, stated + precision];
    case "about":
      return [stated - precision - 0.03 * scale, stated + precision + 0.03 * scale];
    case "nearly":
      return [stated * 0.9 - precision, stated + precision];
    case "more-than":
      return [stated, Number.POSITIVE_INFINITY];
    case "less-than":
      return [Number.NEGATIVE_INFINITY, stated];
  }
}

/** Distance of `actual` outside the band a stated figure allows, relative to |actual|. */
export function levelExcess(stated: number, precision: number, q: Qualifier, actual: number): number {
  const [lo, hi] = levelBand(stated, precision, q, actual);
  const dist = actual < lo ? lo - actual : actual > hi ? actual - hi : 0;
  return dist / (Math.abs(actual) || 1);
}

/** The band "×k" allows: doubled 1.8–2.3; "more than doubled" above 2; "nearly tripled" 2.55–3. */
export function ratioBand(k: number, q: Qualifier): [number, number] {
  switch (q) {
    case "more-than":
      return [k, Number.POSITIVE_INFINITY];
    case "less-than":
      return [0, k];
    case "nearly":
      return [0.85 * k, k];
    default:
      return [0.9 * k, 1.15 * k];
  }
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
      `--as-of ${v} is before any bundled full year was published: give a date from ${firstAsOf} to today (${today})`,
    );
  if (v > today) throw new UsageError(`--as-of ${v} is in the future: give a date from ${firstAsOf} to today (${today})`);
  return v;
}

interface Ctx {
  ds: Dataset;
  asOf: string;
  latest: number;
  latestMonth: string;
  sources: Map<string, SourceRef>;
  caveats: Set<string>;
  basis: Basis;
  /** figures of this product only (data/us_korea_autos_annual.csv) */
  product?: Product;
}

const MONTH_WORDS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function dayOfMonth(dd: string): string {
  const d = Number(dd);
  return `${d}${d === 1 || d === 21 ? "st" : d === 2 || d === 22 ? "nd" : d === 3 || d === 23 ? "rd" : "th"}`;
}

function annualRelease(year: number): string {
  return `${year + 1}-${ANNUAL_RELEASE_DAY}`;
}

function monthRelease(month: string): string {
  return `${monthOf(monthIndex(month) + 2)}-${MONTH_RELEASE_DAY}`;
}

/** A period made concrete: a year of the annual series, or a run of months of the monthly one. */
interface Resolved {
  label: string;
  year: number;
  /** null: the whole year from the annual series */
  months: { from: string; to: string } | null;
}

function resolve(c: Ctx, p: Period): Resolved {
  const mm = (y: number, m: number) => `${y}-${String(m).padStart(2, "0")}`;
  switch (p.kind) {
    case "latest": {
      const y = c.latest - p.back;
      return { label: String(y), year: y, months: null };
    }
    case "year":
      return { label: String(p.year), year: p.year, months: null };
    case "month":
      return { label: mm(p.year, p.month), year: p.year, months: { from: mm(p.year, p.month), to: mm(p.year, p.month) } };
    case "quarter":
      return {
        label: periodLabel(p),
        year: p.year,
        months: { from: mm(p.year, p.quarter * 3 - 2), to: mm(p.year, p.quarter * 3) },
      };
    case "half":
      return { label: periodLabel(p), year: p.year, months: { from: mm(p.year, p.half * 6 - 5), to: mm(p.year, p.half * 6) } };
    case "months":
      if (p.from === 1 && p.to === 12) return { label: String(p.year), year: p.year, months: null };
      return { label: periodLabel(p), year: p.year, months: { from: mm(p.year, p.from), to: mm(p.year, p.to) } };
    case "relative": {
      // "this year" is the year of --as-of; "in April" the latest April whose figures were out by then
      const asOfYear = Number(c.asOf.slice(0, 4));
      let year = p.anchor === "this" ? asOfYear : p.anchor === "last" ? asOfYear - 1 : asOfYear;
      // "in April", "the first quarter": the latest that had ended by --as-of, whether published or not
      if (p.anchor === "recent") while (mm(year, p.to) >= c.asOf.slice(0, 7)) year--;
      year -= p.back;
      const months = { kind: "months" as const, year, from: p.from, to: p.to };
      return resolve(c, months);
    }
  }
}

interface Figure {
  value: number | null;
  sourceId: string | null;
  note: string | null;
  basis?: Basis;
  product?: Product;
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

/** A partner's figure for a period as it was known at --as-of (the bundled vintages, where they exist). */
function figure(c: Ctx, metric: Metric, partner: string, r: Resolved): Figure {
  if (c.product) return productFigure(c, c.product, metric, partner, r);
  if (c.basis === "korea") return koreaFigure(c, metric, partner, r);
  if (r.months) return monthlyFigure(c, metric, partner, r);
  const year = r.year;
  const { from, to } = c.ds.facts.goodsAnnual;
  if (year < Number(from) || year > Number(to))
    return { value: null, sourceId: null, note: `no data for ${year}: the bundled annual series covers ${from}-${to}` };
  if (annualRelease(year) > c.asOf) {
    return {
      value: null,
      sourceId: null,
      note: `${year} full-year figures were first published in February ${year + 1}, after ${c.asOf}`,
    };
  }
  if (partner !== c.ds.facts.subject) {
    c.sources.set("partners_annual", sourceRef(c.ds, "partners_annual"));
    const row = c.ds.partnersAnnual.find((x) => x.partner === partner && x.year === year);
    if (!row) return { value: null, sourceId: null, note: `no ${partner} data bundled for ${year}` };
    return { value: metricOf(metric, row), sourceId: row.sourceId, note: null };
  }
  c.sources.set("goods_annual", sourceRef(c.ds, "goods_annual"));
  const row = c.ds.goodsAnnual.find((x) => x.year === year);
  if (!row) return { value: null, sourceId: null, note: `no data bundled for ${year}` };
  const sorted = releasesOf(c.ds, year);
  if (sorted.length > 0) {
    c.sources.set("goods_vintages", sourceRef(c.ds, "goods_vintages"));
    const known = (id: string) => knownBy(c.ds, id);
    const asKnown = sorted.filter((v) => known(v.sourceId) <= c.asOf).at(-1);
    if (asKnown) {
      const revised = asKnown.balance !== row.balance ? ` (later revised: balance ${row.balance})` : "";
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
    return { value: metricOf(metric, earliest), sourceId: earliest.sourceId, note: "earliest bundled release" };
  }
  return { value: metricOf(metric, row), sourceId: row.sourceId, note: null };
}

/** Which rows of the autos file hold a product, on each side's classification (the product column names it). */
const US_CLASS: Record<Product, RegExp> = { autos: /^End-use 3:/, cars: /^End-use 30000:/, parts: /^End-use 30110-30230:/ };
const PRODUCT_NOTE: Record<Basis, Record<Product, string>> = {
  us: {
    autos: "US imports, Census end-use 3 (automotive vehicles, parts and engines)",
    cars: "US imports, Census end-use 30000 (passenger cars)",
    parts: "US imports, Census end-use 30110-30230 (bodies, engines, parts, tires)",
  },
  korea: { autos: "Korea-reported HS 87 (vehicles and parts)", cars: "", parts: "" },
};

/**
 * A product's figure: on US figures only imports from Korea by end-use class (US auto exports by end-use were not
 * found: a gap, never a zero); on Korea's, HS 87 both ways, so Korea's auto surplus too.
 */
function productFigure(c: Ctx, product: Product, metric: Metric, partner: string, r: Resolved): Figure {
  const none = (note: string): Figure => ({ value: null, sourceId: null, note, basis: c.basis, product });
  const subject = c.ds.facts.subject;
  if (partner !== subject) return none(`auto trade is bundled for ${subject} only, not ${partner}`);
  if (r.months) return none("auto trade is bundled by year only");
  const year = r.year;
  if (annualRelease(year) > c.asOf) return none(`${year} full-year figures were not yet published at ${c.asOf}`);
  const found = (value: number, sourceId: string): Figure => {
    c.sources.set("autos_annual", sourceRef(c.ds, "autos_annual"));
    return { value, sourceId, note: PRODUCT_NOTE[c.basis][product], basis: c.basis, product };
  };
  if (c.basis === "us") {
    if (metric === "exports")
      return none("US auto exports to Korea by end-use class were not found (a gap in the bundled data, not a zero)");
    if (metric !== "imports")
      return none("the US balance in autos needs US auto exports to Korea by end-use class, which were not found");
    const rows = c.ds.autos.filter((x) => x.reporter === "US" && US_CLASS[product].test(x.product));
    const row = rows.find((x) => x.year === year);
    if (!row) return none(`US imports by end-use class cover ${compactYears(rows.map((x) => x.year))}, not ${year}`);
    return found(row.value, row.sourceId);
  }
  if (product !== "autos") return none(`Korea's figures are HS 87 (vehicles and parts together), not ${product} alone`);
  const kr = c.ds.autos.filter((x) => x.reporter === "KR");
  const ex = kr.find((x) => x.year === year && x.flow === "exports_to_us");
  const im = kr.find((x) => x.year === year && x.flow === "imports_from_us");
  if (!ex || !im)
    return none(`Korea's HS 87 trade with the US covers ${compactYears([...new Set(kr.map((x) => x.year))])}, not ${year}`);
  const value = {
    deficit: Math.round((ex.value - im.value) * 10) / 10,
    balance: Math.round((im.value - ex.value) * 10) / 10,
    imports: ex.value,
    exports: im.value,
    total: Math.round((ex.value + im.value) * 10) / 10,
  }[metric];
  return found(value, ex.sourceId);
}

/** The same flow in Korea's own statistics: Korea's surplus is the US deficit's counterpart, its exports US imports. */
function koreaFigure(c: Ctx, metric: Metric, partner: string, r: Resolved): Figure {
  const none = (note: string): Figure => ({ value: null, sourceId: null, note, basis: "korea" });
  const subject = c.ds.facts.subject;
  const other = partner === subject ? "the US" : partner;
  if (r.months) return none(`${subject}'s own figures are bundled by year only`);
  const year = r.year;
  const [dataset, rows] =
    partner === subject
      ? ([
          "korea_goods_annual",
          c.ds.koreaGoods.map((x) => ({ ...x, exports: x.exportsToUs, imports: x.importsFromUs })),
        ] as const)
      : (["korea_partners_annual", c.ds.koreaPartners.filter((x) => x.partner === partner)] as const);
  const row = rows.find((x) => x.year === year);
  const years = rows.map((x) => x.year);
  if (!row)
    return none(
      years.length
        ? `no ${subject}-reported figure for trade with ${other} in ${year}: they cover ${compactYears(years)}`
        : `${subject}'s own statistics for trade with ${other} are not bundled`,
    );
  if (annualRelease(year) > c.asOf) return none(`${year} full-year figures were not yet published at ${c.asOf}`);
  // named from the US side when the partner is the subject: Korea's surplus is the "deficit", its imports "exports"
  const own = {
    deficit: row.balance,
    balance: row.balance === null ? null : -row.balance,
    exports: row.imports,
    imports: row.exports,
    total: row.imports === null ? null : Math.round((row.exports + row.imports) * 10) / 10,
  };
  const value = own[metric];
  if (value === null)
    return none(
      `${subject}'s ${metric === "imports" ? "exports to" : metric === "exports" ? "imports from" : "balance with"} ${other} in ${year}: not found (a gap in the bundled data)`,
    );
  c.sources.set(dataset, sourceRef(c.ds, dataset));
  if (knownBy(c.ds, row.sourceId) > c.asOf)
    c.caveats.add(
      `Korea's figures are the values in the bundled copy (${row.sourceId.split(":")[0]}, ${knownBy(c.ds, row.sourceId)}); those first published for ${year} may differ slightly.`,
    );
  return { value, sourceId: row.sourceId, note: "Korea-reported (exports f.o.b., imports c.i.f.)", basis: "korea" };
}

function monthlyFigure(c: Ctx, metric: Metric, partner: string, r: Resolved): Figure {
  const { from, to } = r.months!;
  if (partner !== c.ds.facts.subject)
    return { value: null, sourceId: null, note: `monthly figures are bundled for ${c.ds.facts.subject} only, not ${partner}` };
  const cov = c.ds.facts.goodsMonthly;
  if (from < cov.from || to > cov.to)
    return {
      value: null,
      sourceId: null,
      note: `no monthly data for ${r.label}: the bundled months cover ${cov.from} to ${cov.to}`,
    };
  if (monthRelease(to) > c.asOf)
    return { value: null, sourceId: null, note: `${to} figures were first published on ${monthRelease(to)}, after ${c.asOf}` };
  c.sources.set("goods_monthly", sourceRef(c.ds, "goods_monthly"));
  const rows = c.ds.goodsMonthly.filter((m) => m.month >= from && m.month <= to);
  const sum = (k: "exports" | "imports" | "balance") => Math.round(rows.reduce((s, m) => s + m[k], 0) * 10) / 10;
  const total = { exports: sum("exports"), imports: sum("imports"), balance: sum("balance") };
  const ids = [...new Set(rows.map((m) => m.sourceId))];
  c.caveats.add(
    "Monthly figures are as revised in the bundled releases, which may postdate the claim; they are not seasonally adjusted.",
  );
  return {
    value: metricOf(metric, total),
    sourceId: ids.join(", "),
    note: rows.length > 1 ? `sum of ${rows.length} months` : null,
  };
}

function evidence(metric: Metric, partner: string, r: Resolved, f: Figure): Evidence {
  return {
    partner,
    metric,
    basis: f.basis ?? "us",
    period: r.label,
    value: f.value,
    unit: "$ millions",
    sourceId: f.sourceId,
    note: f.note,
    product: f.product ?? null,
  };
}

const NO_EXPLANATION: Explanation = { period: null, band: null, error: null, sensitivity: [] };

function result(check: Check, verdict: Verdict, actual: number | null, parts: Partial<ClauseResult> = {}): ClauseResult {
  return {
    check,
    verdict,
    basis: "us",
    otherBasis: null,
    actual,
    // a verdict short of TRUE always says why; the specific reasons are built where the figures are known
    reason: parts.reason ?? (verdict === "true" ? null : "the bundled data do not bear the claim out (see the evidence)"),
    evidence: parts.evidence ?? [],
    arithmetic: parts.arithmetic ?? [],
    explanation: parts.explanation ?? NO_EXPLANATION,
  };
}

function unverifiableClause(check: Check, reason: string, ev: Evidence[] = [], period: string | null = null): ClauseResult {
  return result(check, "unverifiable", null, { reason, evidence: ev, explanation: { ...NO_EXPLANATION, period } });
}

const millions = (s: Stated) => s.value / 1e6;

function evalLevel(c: Ctx, check: Extract<Check, { type: "level" }>): ClauseResult {
  const r = resolve(c, check.period);
  const f = figure(c, check.metric, check.partner, r);
  const ev = [evidence(check.metric, check.partner, r, f)];
  if (f.value === null) return unverifiableClause(check, f.note ?? "no data", ev, r.label);
  let actual = f.value;
  let stated = millions(check.stated);
  let precision = check.stated.precision / 1e6;
  let unit = "$ millions";
  const arithmetic: Arithmetic[] = [];
  if (check.stated.currency !== "USD") {
    const cur = check.stated.currency as Exclude<Currency, "USD">;
    const leg = r.months
      ? r.months.from === r.months.to
        ? periodLeg(c.ds, cur, r.months.from)
        : null
      : periodLeg(c.ds, cur, String(r.year));
    if (!leg) return unverifiableClause(check, `no ${cur} average rate bundled for ${r.label}`, ev, r.label);
    c.sources.set(leg.dataset.dataset, leg.dataset);
    arithmetic.push({ op: "conversion", a: f.value, b: leg.perUsd, result: f.value * leg.perUsd, unit: `millions of ${cur}` });
    actual = f.value * leg.perUsd;
    stated = check.stated.value / 1e6;
    precision = check.stated.precision / 1e6;
    unit = `millions of ${cur}`;
  }
  const [low, high] = levelBand(stated, precision, check.stated.qualifier, actual);
  const verdict = grade(levelExcess(stated, precision, check.stated.qualifier, actual));
  // "a surplus of $56.5 billion" where the data show a deficit: the sign is wrong, not the size
  const flipped = stated !== 0 && actual !== 0 && Math.sign(stated) !== Math.sign(actual);
  const error = verdict === "true" || flipped ? null : stated > actual ? "overstates" : "understates";
  const off = actual !== 0 ? Math.abs((stated - actual) / actual) * 100 : null;
  return result(check, verdict, actual, {
    reason: flipped
      ? signShown(c, check, actual, r.label)
      : verdict === "true"
        ? null
        : `${c.basis === "korea" ? `${figureName(c, check)} (${c.ds.facts.subject}'s own figures) was` : "the data show"} ${amountText(actual, unit)} ${c.basis === "korea" ? "in" : "for"} ${r.label}: the claim's ${amountText(stated, unit)} ${error ?? "misstates"} it${off === null ? "" : off < 0.05 ? " by less than 0.1%" : ` by ${off.toFixed(1)}%`}`,
    evidence: ev,
    arithmetic,
    explanation: { period: r.label, band: { low: finite(low), high: finite(high), unit }, error, sensitivity: [] },
  });
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

/** "the data show a US surplus with Korea in 1995", or on Korea's figures "a South Korea deficit with Japan" */
function signShown(c: Ctx, check: Extract<Check, { type: "level" }>, actual: number, label: string): string {
  if (c.basis === "korea") {
    const subject = c.ds.facts.subject;
    // on Korea's figures "deficit" is Korea's surplus and "balance" Korea's deficit (named from the US side)
    const koreaSurplus = check.metric === "deficit" ? actual > 0 : actual < 0;
    const other = check.partner === subject ? "the US" : check.partner;
    return `${subject}'s own figures show a ${subject} ${koreaSurplus ? "surplus" : "deficit"} with ${other} in ${label}`;
  }
  const usSurplus = check.metric === "deficit" ? actual < 0 : actual > 0;
  return `the data show a US ${usSurplus ? "surplus" : "deficit"} with ${check.partner} in ${label}`;
}

/** "$27.6 billion", "₩32.1 trillion"-free plain text for reasons: millions of `unit`'s currency, one decimal. */
function amountText(millionsValue: number, unit: string): string {
  const cur = unit === "$ millions" ? "$" : `${unit.replace(/^millions of /, "")} `;
  const abs = Math.abs(millionsValue);
  const sign = millionsValue < 0 ? "-" : "";
  if (abs >= 1e6) return `${sign}${cur}${(abs / 1e6).toFixed(1)} trillion`;
  if (abs >= 1e3) return `${sign}${cur}${(abs / 1e3).toFixed(1)} billion`;
  return `${sign}${cur}${abs.toFixed(1)} million`;
}

/** The figure a reason talks about: "the deficit", or on Korea's figures "South Korea's exports to Japan". */
function figureName(c: Ctx, check: { metric: Metric; partner: string }): string {
  if (c.basis !== "korea") return `the ${check.metric}`;
  const subject = c.ds.facts.subject;
  const other = check.partner === subject ? "the US" : check.partner;
  const own = {
    deficit: "surplus with",
    balance: "deficit with",
    exports: "imports from",
    imports: "exports to",
    total: "trade with",
  };
  return `${subject}'s ${own[check.metric]} ${other}`;
}

/** "-33.3" for a third, "2" for doubled: a number a claim implied, as a reason quotes it. */
function shortNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(2)));
}

/** Why a change was graded short of TRUE: what the data did, beside what the claim says. */
function changeReason(check: ChangeCheck, a: number, b: number, name: string): string {
  const moved = `${name} went from ${amountText(a, "$ millions")} to ${amountText(b, "$ millions")}`;
  const diff = b - a;
  switch (check.type) {
    case "ratio":
      return `${moved}: ×${(b / a).toFixed(2)}, not ×${shortNumber(check.factor)}`;
    case "percent":
      return `${moved}: ${diff >= 0 ? "+" : ""}${((diff / a) * 100).toFixed(1)}%, not ${check.percent >= 0 ? "+" : ""}${shortNumber(check.percent)}%`;
    case "delta":
      return `${moved}: a change of ${amountText(diff, "$ millions")}, not ${check.direction === "up" ? "+" : "-"}${amountText(millions(check.stated), "$ millions")}`;
    case "direction":
      return `${moved}: ${diff >= 0 ? "+" : ""}${((diff / Math.abs(a)) * 100).toFixed(1)}%, too small a move to call`;
  }
}

/** A percent change, only from a positive figure: from a surplus to a deficit, or from zero, it has no meaning. */
function percentChange(a: number, diff: number): number {
  return a > 0 ? (diff / a) * 100 : Number.NaN;
}

type ChangeCheck = Extract<Check, { type: "ratio" | "percent" | "delta" | "direction" }>;

function changeVerdict(
  check: ChangeCheck,
  a: number,
  b: number,
): { verdict: Verdict; actual: number | null; reason: string | null } {
  const diff = Math.round((b - a) * 10) / 10;
  const pct = percentChange(a, diff);
  switch (check.type) {
    case "ratio": {
      if (a <= 0 || b <= 0)
        return {
          verdict: "false",
          actual: null,
          reason: `a multiple needs a ${check.metric} at both ends; the sign of the figure changes`,
        };
      const r = b / a;
      const k = check.factor;
      const [lo, hi] = ratioBand(k, check.qualifier);
      const dist = r < lo ? lo - r : r > hi ? r - hi : 0;
      const wrongWay = k !== 1 && r > 1 !== k > 1;
      return {
        verdict: wrongWay ? "false" : grade(dist / k),
        actual: r,
        reason: wrongWay ? "the data move in the opposite direction" : null,
      };
    }
    case "percent": {
      const claimed = check.percent;
      if (!Number.isFinite(pct))
        return {
          verdict: "unverifiable",
          actual: null,
          reason: `a percent change needs a positive ${check.metric} to start from (it was ${a} $ millions)`,
        };
      if (Math.sign(pct) !== Math.sign(claimed) && Math.abs(pct) > check.precision) {
        return { verdict: "false", actual: pct, reason: "the data move in the opposite direction" };
      }
      const precision = check.precision + (check.qualifier === "about" ? 0.05 * Math.abs(claimed) : 0);
      const excess = levelExcess(
        Math.abs(claimed),
        precision,
        check.qualifier === "about" ? "exact" : check.qualifier,
        Math.abs(pct),
      );
      return { verdict: grade(excess), actual: pct, reason: null };
    }
    case "delta": {
      const claimed = (check.direction === "up" ? 1 : -1) * millions(check.stated);
      if (Math.sign(diff) !== Math.sign(claimed))
        return { verdict: "false", actual: diff, reason: "the data move in the opposite direction" };
      return {
        verdict: grade(levelExcess(Math.abs(claimed), check.stated.precision / 1e6, check.stated.qualifier, Math.abs(diff))),
        actual: diff,
        reason: null,
      };
    }
    case "direction": {
      const wantUp = check.direction === "up";
      const small = Math.abs(pct) < 0.5;
      const right = wantUp ? diff > 0 : diff < 0;
      return {
        verdict: right ? (small ? "mostly-true" : "true") : small ? "half-true" : "false",
        actual: Number.isFinite(pct) ? pct : null,
        reason: right ? null : "the data move in the opposite direction",
      };
    }
  }
}

function changeBand(check: ChangeCheck, actual: number | null): Explanation["band"] {
  switch (check.type) {
    case "ratio": {
      const [lo, hi] = ratioBand(check.factor, check.qualifier);
      return { low: finite(lo), high: finite(hi), unit: "×" };
    }
    case "percent": {
      const precision = check.precision + (check.qualifier === "about" ? 0.05 * Math.abs(check.percent) : 0);
      const q = check.qualifier === "about" ? "exact" : check.qualifier;
      const [lo, hi] = levelBand(Math.abs(check.percent), precision, q, Math.abs(actual ?? 0));
      return check.percent >= 0
        ? { low: finite(lo), high: finite(hi), unit: "%" }
        : { low: finite(-hi), high: finite(-lo), unit: "%" };
    }
    case "delta": {
      const st = millions(check.stated);
      const [lo, hi] = levelBand(st, check.stated.precision / 1e6, check.stated.qualifier, Math.abs(actual ?? st));
      const s = check.direction === "up" ? 1 : -1;
      return { low: s > 0 ? finite(lo) : finite(-hi), high: s > 0 ? finite(hi) : finite(-lo), unit: "$ millions" };
    }
    case "direction":
      return check.direction === "up" ? { low: 0, high: null, unit: "%" } : { low: null, high: 0, unit: "%" };
  }
}

function changeError(check: ChangeCheck, actual: number | null, verdict: Verdict): Explanation["error"] {
  if (actual === null || verdict === "true") return null;
  switch (check.type) {
    case "ratio":
      return check.factor > actual ? "overstates" : "understates";
    case "percent":
      return Math.abs(check.percent) > Math.abs(actual) ? "overstates" : "understates";
    case "delta":
      return millions(check.stated) > Math.abs(actual) ? "overstates" : "understates";
    default:
      return null;
  }
}

/**
 * When one end of a change had to come from a release later than --as-of (none bundled from then), the other end
 * comes from that same release: two releases would make a change no one published.
 */
function sameRelease(c: Ctx, check: ChangeCheck, r0: Resolved, f0: Figure, r1: Resolved, f1: Figure): [Figure, Figure] {
  if (r0.months || r1.months || check.partner !== c.ds.facts.subject || f0.sourceId === f1.sourceId) return [f0, f1];
  const late = f1.note === "earliest bundled release" ? f1 : f0.note === "earliest bundled release" ? f0 : null;
  if (!late?.sourceId) return [f0, f1];
  const other = late === f1 ? r0 : r1;
  const row = c.ds.goodsVintages.find((v) => v.sourceId === late.sourceId && v.year === other.year);
  if (!row) return [f0, f1];
  const fixed: Figure = {
    value: metricOf(check.metric, row),
    sourceId: row.sourceId,
    note: `from the same release as ${late === f1 ? r1.label : r0.label}`,
  };
  return late === f1 ? [fixed, f1] : [f0, fixed];
}

function evalChange(c: Ctx, check: ChangeCheck, sensitivity = true): ClauseResult {
  const r0 = resolve(c, check.from);
  const r1 = resolve(c, check.to);
  const label = `${r0.label} → ${r1.label}`;
  const [f0, f1] = sameRelease(
    c,
    check,
    r0,
    figure(c, check.metric, check.partner, r0),
    r1,
    figure(c, check.metric, check.partner, r1),
  );
  const ev = [evidence(check.metric, check.partner, r0, f0), evidence(check.metric, check.partner, r1, f1)];
  if (f0.value === null || f1.value === null)
    return unverifiableClause(check, (f0.value === null ? f0.note : f1.note) ?? "no data", ev, label);
  const order = (r: Resolved) => (r.months ? r.months.to : `${r.year}-12`);
  if (order(r0) >= order(r1))
    return unverifiableClause(
      check,
      `the claim's period runs from ${r0.label} to ${r1.label}: a change needs a later end`,
      ev,
      label,
    );
  const a = f0.value;
  const b = f1.value;
  const diff = Math.round((b - a) * 10) / 10;
  const pct = percentChange(a, diff);
  const arithmetic: Arithmetic[] = [{ op: "difference", a: b, b: a, result: diff, unit: "$ millions" }];
  if (Number.isFinite(pct)) arithmetic.push({ op: "percent-change", a: diff, b: a, result: pct, unit: "%" });
  if (check.type === "ratio" && a > 0 && b > 0) arithmetic.unshift({ op: "ratio", a: b, b: a, result: b / a, unit: "×" });
  const v = changeVerdict(check, a, b);
  return result(check, v.verdict, v.actual, {
    reason:
      v.reason ?? (v.verdict === "true" || v.verdict === "unverifiable" ? null : changeReason(check, a, b, figureName(c, check))),
    evidence: ev,
    arithmetic,
    explanation: {
      period: label,
      band: changeBand(check, v.actual),
      error: changeError(check, v.actual, v.verdict),
      sensitivity: sensitivity ? windowSensitivity(c, check, v.verdict) : [],
    },
  });
}

/** The verdicts with either end year moved by one, where they differ: a window chosen to make a point. */
function windowSensitivity(c: Ctx, check: ChangeCheck, verdict: Verdict): Explanation["sensitivity"] {
  const r0 = resolve(c, check.from);
  const r1 = resolve(c, check.to);
  // a change over one year ("in 2017") is not a window anyone chose
  if (r0.months || r1.months || r1.year - r0.year < 2) return [];
  const out: Explanation["sensitivity"] = [];
  const tries: [number, number][] = [
    [r0.year - 1, r1.year],
    [r0.year + 1, r1.year],
    [r0.year, r1.year - 1],
    [r0.year, r1.year + 1],
  ];
  for (const [y0, y1] of tries) {
    if (y0 >= y1) continue;
    const f0 = figure(c, check.metric, check.partner, resolve(c, { kind: "year", year: y0 }));
    const f1 = figure(c, check.metric, check.partner, resolve(c, { kind: "year", year: y1 }));
    if (f0.value === null || f1.value === null) continue;
    const v = changeVerdict(check, f0.value, f1.value).verdict;
    if (klass(v) !== klass(verdict)) out.push({ from: String(y0), to: String(y1), verdict: v });
  }
  return out;
}

function klass(v: Verdict): number {
  return v === "true" || v === "mostly-true" ? 1 : v === "unverifiable" ? 0 : v === "half-true" ? 2 : 3;
}

function evalCompare(c: Ctx, check: Extract<Check, { type: "compare" }>): ClauseResult {
  const r = resolve(c, check.period);
  const fs = figure(c, check.metric, check.subject, r);
  const fo = figure(c, check.metric, check.object, r);
  const ev = [evidence(check.metric, check.subject, r, fs), evidence(check.metric, check.object, r, fo)];
  if (fs.value === null || fo.value === null)
    return unverifiableClause(check, (fs.value === null ? fs.note : fo.note) ?? "no data", ev, r.label);
  const a = fs.value;
  const b = fo.value;
  if (check.factor !== null) {
    if (a <= 0 || b <= 0)
      return result(check, "false", null, { reason: "a multiple needs a deficit with both partners", evidence: ev });
    const ratio = a / b;
    const [lo, hi] = ratioBand(check.factor, check.qualifier);
    const dist = ratio < lo ? lo - ratio : ratio > hi ? ratio - hi : 0;
    const verdict = grade(dist / check.factor);
    return result(check, verdict, ratio, {
      evidence: ev,
      arithmetic: [{ op: "ratio", a, b, result: ratio, unit: "×" }],
      explanation: {
        period: r.label,
        band: { low: lo, high: finite(hi), unit: "×" },
        error: verdict === "true" ? null : check.factor > ratio ? "overstates" : "understates",
        sensitivity: [],
      },
    });
  }
  const holds = check.relation === "greater" ? a > b : a < b;
  const close = Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b));
  let verdict: Verdict = holds ? "true" : close ? "half-true" : "false";
  let reason: string | null = holds ? null : `it was the other way round in ${r.label}`;
  if (holds && check.crossing && !r.months && check.period.kind === "latest") {
    // no year said: it must have been behind in some earlier year
    let behind: Resolved | null = null;
    for (let y = r.year - 1; y >= Number(c.ds.facts.partnerYears.from) && !behind; y--) {
      const p = resolve(c, { kind: "year", year: y });
      const ps = figure(c, check.metric, check.subject, p);
      const po = figure(c, check.metric, check.object, p);
      if (ps.value !== null && po.value !== null && !(check.relation === "greater" ? ps.value > po.value : ps.value < po.value))
        behind = p;
    }
    if (!behind) {
      verdict = "mostly-true";
      reason = `it was ahead in every year bundled: nothing was overtaken`;
    } else reason = `behind in ${behind.label}, ahead in ${r.label}`;
  } else if (holds && check.crossing && !r.months) {
    const prev = resolve(c, { kind: "year", year: r.year - 1 });
    const ps = figure(c, check.metric, check.subject, prev);
    const po = figure(c, check.metric, check.object, prev);
    if (ps.value !== null && po.value !== null && (check.relation === "greater" ? ps.value > po.value : ps.value < po.value)) {
      verdict = "mostly-true";
      reason = `it already held in ${prev.label}: nothing was overtaken in ${r.label}`;
      ev.push(evidence(check.metric, check.subject, prev, ps), evidence(check.metric, check.object, prev, po));
    }
  }
  return result(check, verdict, a - b, {
    reason,
    evidence: ev,
    arithmetic: [{ op: "comparison", a, b, result: a - b, unit: "$ millions" }],
    explanation: { period: r.label, band: null, error: null, sensitivity: [] },
  });
}

function evalRecord(c: Ctx, check: Extract<Check, { type: "record" }>): ClauseResult {
  const r = resolve(c, check.period);
  const target = figure(c, check.metric, check.partner, r);
  if (target.value === null)
    return unverifiableClause(check, target.note ?? "no data", [evidence(check.metric, check.partner, r, target)], r.label);
  // "the smallest deficit on record" in a year of surplus: there was no deficit to rank
  if (check.metric === "deficit" && target.value <= 0)
    return result(check, "false", target.value, {
      reason: `the US ran a surplus with ${check.partner} in ${r.label}, not a deficit`,
      evidence: [evidence(check.metric, check.partner, r, target)],
      explanation: { period: r.label, band: null, error: null, sensitivity: [] },
    });
  // the periods it is ranked among: those since a date, or in a window before it, or all published
  const periods: Resolved[] = [];
  if (check.frequency === "monthly") {
    const to = r.months!.to;
    const first =
      check.since !== null
        ? check.since.length === 4
          ? `${Number(check.since) + 1}-01`
          : monthOf(monthIndex(check.since) + 1)
        : check.window !== null
          ? monthOf(monthIndex(to) - 12 * check.window + 1)
          : c.ds.facts.goodsMonthly.from;
    const last = check.position > 1 && check.since === null && check.window === null ? c.latestMonth : to;
    for (let i = Math.max(monthIndex(first), monthIndex(c.ds.facts.goodsMonthly.from)); i <= monthIndex(last); i++) {
      const m = monthOf(i);
      periods.push({ label: m, year: Number(m.slice(0, 4)), months: { from: m, to: m } });
    }
  } else {
    const first =
      check.since !== null
        ? Number(check.since.slice(0, 4)) + 1
        : check.window !== null
          ? r.year - check.window + 1
          : Number(c.ds.facts.goodsAnnual.from);
    const last = check.position > 1 && check.since === null && check.window === null ? c.latest : r.year;
    for (let y = Math.max(first, Number(c.ds.facts.goodsAnnual.from)); y <= last; y++)
      periods.push({ label: String(y), year: y, months: null });
  }
  const values = periods
    .map((p) => ({ p, f: p.label === r.label ? target : figure(c, check.metric, check.partner, p) }))
    .filter((x): x is { p: Resolved; f: Figure & { value: number } } => x.f.value !== null);
  if (!values.some((x) => x.p.label === r.label)) values.push({ p: r, f: target as Figure & { value: number } });
  const sorted = [...values].sort((x, y) => (check.extreme === "max" ? y.f.value - x.f.value : x.f.value - y.f.value));
  const place = sorted.findIndex((x) => x.p.label === r.label) + 1;
  const holds = place === check.position;
  const top = sorted[0]!;
  const ev = [evidence(check.metric, check.partner, r, target)];
  const rival = sorted.find((x) => x.p.label !== r.label);
  if (rival && (!holds || check.position > 1)) {
    const ahead = sorted[check.position - 1] ?? sorted[0]!;
    const shown = holds ? rival : ahead.p.label === r.label ? rival : ahead;
    ev.push(
      evidence(check.metric, check.partner, shown.p, {
        ...shown.f,
        note: `${check.extreme === "max" ? "highest" : "lowest"} ${holds ? "rival" : place === 1 ? "next" : "of the window"}`,
      }),
    );
  } else if (rival) {
    ev.push(
      evidence(check.metric, check.partner, rival.p, {
        ...rival.f,
        note: `the ${check.extreme === "max" ? "highest" : "lowest"} of the others`,
      }),
    );
  }
  const window =
    values.length > 1
      ? `${sorted.map((x) => x.p.label).sort()[0]} to ${sorted
          .map((x) => x.p.label)
          .sort()
          .at(-1)}`
      : r.label;
  // "the lowest since 2003" says 2003 was as low: when it was not, the claim undersells how far back it goes
  let loose: string | null = null;
  if (holds && check.position === 1 && check.since !== null) {
    // the year named, or for a monthly record its months, or the month named
    const sinceYear = Number(check.since.slice(0, 4));
    const candidates: Resolved[] =
      check.since.length === 7
        ? [{ label: check.since, year: sinceYear, months: { from: check.since, to: check.since } }]
        : check.frequency === "monthly"
          ? Array.from({ length: 12 }, (_, i) => {
              const m = `${sinceYear}-${String(i + 1).padStart(2, "0")}`;
              return { label: m, year: sinceYear, months: { from: m, to: m } };
            })
          : [{ label: check.since, year: sinceYear, months: null }];
    const known = candidates
      .map((p) => ({ p, f: figure(c, check.metric, check.partner, p) }))
      .filter((x): x is { p: Resolved; f: Figure & { value: number } } => x.f.value !== null)
      .sort((a, b) => (check.extreme === "max" ? b.f.value - a.f.value : a.f.value - b.f.value));
    const sinceP = known[0]?.p ?? candidates[0]!;
    const f = known[0]?.f ?? { value: null, sourceId: null, note: null };
    if (f.value !== null && (check.extreme === "max" ? f.value < target.value : f.value > target.value)) {
      loose = `${check.since} was ${check.extreme === "max" ? "lower" : "higher"} than ${r.label}: "since ${check.since}" says it was as ${check.extreme === "max" ? "high" : "low"}`;
      ev.push(evidence(check.metric, check.partner, sinceP, { ...f, note: `the year named after "since"` }));
    }
  }
  return result(check, loose ? "mostly-true" : holds ? "true" : "false", place, {
    reason: loose
      ? loose
      : holds
        ? null
        : `${r.label} ranks ${place} of ${values.length} (${window}); the ${check.extreme === "max" ? "highest" : "lowest"} is ${top.p.label}`,
    evidence: ev,
    arithmetic: [{ op: "rank", a: place, b: values.length, result: place, unit: "place" }],
    explanation: { period: `${r.label} among ${window}`, band: null, error: null, sensitivity: [] },
  });
}

function evalRank(c: Ctx, check: Extract<Check, { type: "rank" }>): ClauseResult {
  const r = resolve(c, check.period);
  const rows = c.ds.facts.partners.map((p) => ({ partner: p.name, f: figure(c, check.metric, p.name, r) }));
  const me = rows.find((x) => x.partner === check.partner);
  if (!me || me.f.value === null) return unverifiableClause(check, me?.f.note ?? "no data", [], r.label);
  const valued = rows.filter((x): x is { partner: string; f: Figure & { value: number } } => x.f.value !== null);
  const sorted = [...valued].sort((a, b) => (check.extreme === "max" ? b.f.value - a.f.value : a.f.value - b.f.value));
  const place = sorted.findIndex((x) => x.partner === check.partner) + 1;
  const ev = sorted.map((x) => evidence(check.metric, x.partner, r, x.f));
  const base = { evidence: ev, arithmetic: [{ op: "rank" as const, a: place, b: sorted.length, result: place, unit: "place" }] };
  const explanation = { period: r.label, band: null, error: null, sensitivity: [] };
  const n = sorted.length;
  if (place > check.position) {
    return result(check, "false", place, {
      ...base,
      explanation,
      reason: `${place - 1} of the ${n} bundled partners already rank above ${check.partner} in ${r.label}`,
    });
  }
  return unverifiableClause(
    check,
    `${check.partner} ranks ${place} of the ${n} bundled partners in ${r.label}; countries korus does not hold (Vietnam, Taiwan, Ireland, …) may rank above it`,
    ev,
    r.label,
  );
}

function evalSign(c: Ctx, check: Extract<Check, { type: "sign" }>): ClauseResult {
  const r = resolve(c, check.period);
  const wants = (balance: number) => (check.sign === "surplus" ? balance > 0 : balance < 0);
  if (check.everyYearTo === null) {
    const f = figure(c, "balance", check.partner, r);
    const ev = [evidence("balance", check.partner, r, f)];
    if (f.value === null) return unverifiableClause(check, f.note ?? "no data", ev, r.label);
    const holds = wants(f.value);
    return result(check, holds ? "true" : "false", f.value, {
      reason: holds ? null : `the US ran a ${f.value > 0 ? "surplus" : "deficit"} with ${check.partner} in ${r.label}`,
      evidence: ev,
      explanation: { period: r.label, band: null, error: null, sensitivity: [] },
    });
  }
  const to = resolve(c, check.everyYearTo);
  const years: { y: number; f: Figure }[] = [];
  for (let y = r.year; y <= to.year; y++)
    years.push({ y, f: figure(c, "balance", check.partner, resolve(c, { kind: "year", year: y })) });
  const known = years.filter((x) => x.f.value !== null);
  const against = known.filter((x) => !wants(x.f.value!));
  const label = `${r.year} to ${to.year}`;
  const missing = years.find((x) => x.f.value === null);
  // every year holds only if every year is known
  if (against.length === 0 && missing) return unverifiableClause(check, missing.f.note ?? "no data", [], label);
  const ev = (against.length ? against : known.slice(-1)).map((x) =>
    evidence("balance", check.partner, resolve(c, { kind: "year", year: x.y }), x.f),
  );
  if (known.length === 0) return unverifiableClause(check, years[0]?.f.note ?? "no data", [], label);
  return result(check, against.length === 0 ? "true" : "false", against.length, {
    reason: against.length ? `not in ${against.map((x) => x.y).join(", ")}` : null,
    evidence: ev,
    explanation: { period: label, band: null, error: null, sensitivity: [] },
  });
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
  const [low, high] = levelBand(check.result.value, check.result.precision, check.result.qualifier, report.result);
  const verdict = grade(levelExcess(check.result.value, check.result.precision, check.result.qualifier, report.result));
  return result(check, verdict, report.result, {
    arithmetic: [
      { op: "conversion", a: check.amount.value, b: report.rate.rate, result: report.result, unit: check.result.currency },
    ],
    explanation: {
      period: report.rateDate,
      band: { low: finite(low), high: finite(high), unit: check.result.currency },
      error: verdict === "true" ? null : check.result.value > report.result ? "overstates" : "understates",
      sensitivity: [],
    },
  });
}

function evalAge(c: Ctx, check: Extract<Check, { type: "age" }>): ClauseResult {
  const inForce = korusDates(c.ds.facts).inForce;
  const years = (Date.parse(c.asOf) - Date.parse(inForce)) / (365.2425 * 86400000);
  const n = check.years;
  // "five years ago" rounds; "a five-year-old deal", "in force for five years" count whole years completed
  const [lo, hi] =
    check.qualifier === "more-than"
      ? [n, Number.POSITIVE_INFINITY]
      : check.qualifier === "nearly"
        ? [n - 1, n]
        : check.how === "ago"
          ? check.qualifier === "about"
            ? [n - 1, n + 1]
            : [n - 0.5, n + 0.5]
          : check.qualifier === "about"
            ? [n - 0.5, n + 1]
            : [n, n + 1];
  const dist = years < lo ? lo - years : years > hi ? years - hi : 0;
  const verdict = years < 0 ? "false" : grade(dist / Math.max(years, 1));
  return result(check, verdict, years, {
    arithmetic: [
      { op: "years-between", a: Date.parse(c.asOf) / 86400000, b: Date.parse(inForce) / 86400000, result: years, unit: "years" },
    ],
    explanation: {
      period: `${inForce} → ${c.asOf}`,
      band: { low: lo, high: finite(hi), unit: "years" },
      error: verdict === "true" ? null : n > years ? "overstates" : "understates",
      sensitivity: [],
    },
  });
}

/** "2008-2017", "2016, 2018-2020": the years a file holds, in runs. */
function compactYears(years: number[]): string {
  return compactPeriods([...new Set(years)].sort((a, b) => a - b).map(String));
}

/** Check types that can be read on either capital's figures (annual levels and changes). */
const TWO_BASES: ReadonlySet<Check["type"]> = new Set(["level", "ratio", "percent", "delta", "direction"]);

const BASIS_NAME: Record<Basis, string> = { us: "US Census figures", korea: "Korea's own figures (Korea Customs Service)" };

/**
 * One check on the figures the claim calls for: a basis the claim names ("according to Korea Customs", "US data")
 * is the only one used; otherwise both capitals' where both publish the figure (twoBases).
 */
function evaluate(c0: Ctx, check: Check, named: Basis | null = null, cited = true): ClauseResult {
  const c: Ctx = "product" in check && check.product ? { ...c0, product: check.product } : c0;
  if (named) return onNamedBasis(c, check, named, cited);
  if (check.type === "share") return shareOnEitherSide(c, check);
  if ("reporter" in check && check.reporter === c.ds.facts.subject && check.partner !== c.ds.facts.subject) {
    // Korea's trade with a third country: only Korea's own statistics hold it
    const subject = c.ds.facts.subject;
    if (!TWO_BASES.has(check.type))
      return {
        ...unverifiableClause(
          check,
          `korus checks levels and changes of ${subject}'s trade with ${check.partner}, not ${check.type}s`,
        ),
        basis: "korea",
      };
    return { ...evaluateAsRead({ ...c, basis: "korea" }, check), basis: "korea" };
  }
  const r = evaluateAsRead(c, check);
  if (!("perspective" in check) || check.partner !== c.ds.facts.subject || !TWO_BASES.has(check.type))
    return "perspective" in check && check.perspective === "korea" ? fromSeoul(r) : r;
  const kc: Ctx = { ...c, basis: "korea", sources: new Map(), caveats: new Set() };
  const k = { ...evaluateAsRead(kc, check), basis: "korea" as const };
  return twoBases(c, kc, check, r, k);
}

const scoreOf = (v: Verdict) => (v === "unverifiable" ? 0 : SCORE[v]);

/** The claim cites one side's statistics: only those are checked, and a figure they do not hold is unverifiable. */
function onNamedBasis(c: Ctx, check: Check, basis: Basis, named: boolean): ClauseResult {
  const cited = named
    ? basis === "korea"
      ? "the claim cites Korea's own statistics"
      : "the claim cites US statistics"
    : "its clauses matched different capitals' figures best, so the claim is checked on one side's throughout";
  if (!("perspective" in check)) {
    if (check.type === "fx" || check.type === "age") return evaluateAsRead(c, check);
    return { ...unverifiableClause(check, `${cited}, and korus checks them for levels, changes and shares only`), basis };
  }
  if (basis === "us" && check.reporter === c.ds.facts.subject && check.partner !== c.ds.facts.subject)
    return {
      ...unverifiableClause(check, `${cited}, which do not hold ${c.ds.facts.subject}'s trade with ${check.partner}`),
      basis,
    };
  if (!TWO_BASES.has(check.type) && check.type !== "share")
    return basis === "us"
      ? evaluateAsRead(c, check)
      : { ...unverifiableClause(check, `${cited}, which korus holds for levels, changes and shares only`), basis };
  const r = { ...evaluateAsRead({ ...c, basis }, check), basis };
  const why = `${cited}: checked on ${BASIS_NAME[basis]} only`;
  return { ...r, reason: r.reason ? `${r.reason}; ${why}` : why };
}

/**
 * Both capitals publish the figure. Said from Seoul's side, the verdict follows the basis that matches better
 * (Korea's on a tie) and names the other; said from Washington's, it stays on US figures and mentions Korea's
 * where Korea's would give another verdict.
 */
function twoBases(c: Ctx, kc: Ctx, check: Check & { perspective: string }, us: ClauseResult, korea: ClauseResult): ClauseResult {
  const use = (ctx: Ctx) => {
    for (const [id, ref] of ctx.sources) c.sources.set(id, ref);
    for (const x of ctx.caveats) c.caveats.add(x);
  };
  const other = (r: ClauseResult) => ({ basis: r.basis, verdict: r.verdict, actual: r.actual });
  const said = (r: ClauseResult) =>
    `on ${BASIS_NAME[r.basis]} it is ${r.verdict.toUpperCase()}${r.actual === null ? "" : ` (${figureText(r)})`}`;
  if (check.perspective === "korea") {
    if (korea.verdict === "unverifiable") return { ...fromSeoul(us, korea), otherBasis: null };
    use(kc);
    const pick = scoreOf(us.verdict) > scoreOf(korea.verdict) ? us : korea;
    const rest = pick === us ? korea : us;
    const why = `said from Seoul's side: checked on both capitals' figures; the verdict is ${pick.verdict.toUpperCase()} ${pick === korea ? "on Korea's own figures (Korea Customs Service)" : "on US Census figures, which match better"}; ${said(rest)}`;
    return {
      ...pick,
      reason: pick.reason ? `${pick.reason}; ${why}` : why,
      evidence: [...pick.evidence, ...rest.evidence],
      otherBasis: other(rest),
    };
  }
  if (korea.verdict === "unverifiable" || korea.verdict === us.verdict || scoreOf(korea.verdict) < scoreOf(us.verdict))
    return { ...us, otherBasis: korea.verdict === "unverifiable" ? null : other(korea) };
  use(kc);
  const note = `${said(korea)}: the claim may quote Seoul's statistic; korus judges a figure said from the US side on US figures`;
  return {
    ...us,
    reason: us.reason ? `${us.reason}; ${note}` : note,
    evidence: [...us.evidence, ...korea.evidence],
    otherBasis: other(korea),
  };
}

/** The other basis's figure in a reason: "$27.6 billion", "×2.09", "-2.8%". */
function figureText(r: ClauseResult): string {
  const a = r.actual!;
  switch (r.check.type) {
    case "ratio":
      return `×${a.toFixed(2)}`;
    case "percent":
    case "direction":
    case "share":
      return `${a.toFixed(1)}%`;
    default:
      return amountText(a, r.explanation.band?.unit ?? "$ millions");
  }
}

/**
 * A figure said from Seoul's side ("Korea's surplus was $23.25 billion") may be Korea's own statistic, which differs
 * from the US figure by 10-20% (imports valued c.i.f., timing). Where Korea's figure is not bundled (a month, a year
 * it lacks, a rank), a claim that matches the US figure is judged; one that does not is not called false.
 */
function fromSeoul(r: ClauseResult, korea?: ClauseResult): ClauseResult {
  if (r.verdict === "unverifiable") return r;
  const why = korea?.reason
    ? `Korea's own figure cannot be checked here (${korea.reason})`
    : "korus holds Korea's own figures by year for levels and changes only";
  // it matches the US figure: said so, with why Korea's own was not checked
  if (r.verdict === "true" || r.verdict === "mostly-true") {
    const note = `said from Seoul's side and checked on US figures only: ${why}`;
    return { ...r, reason: r.reason ? `${r.reason}; ${note}` : note };
  }
  return {
    ...r,
    verdict: "unverifiable",
    reason: `said from Seoul's side, and it does not match the US figure (${r.verdict.toUpperCase()} on US data); it may be Korea's own statistic: ${why}`,
  };
}

/**
 * The auto part of the balance: US figures cannot give it (US auto exports by end-use were not found), so it is
 * read on Korea's own figures, HS 87 against Korea's whole surplus, and says so.
 */
function shareOnEitherSide(c: Ctx, check: Extract<Check, { type: "share" }>): ClauseResult {
  const us = evalShare({ ...c, basis: "us" }, check);
  const korea = { ...evalShare({ ...c, basis: "korea" }, check), basis: "korea" as const };
  const why = `${us.reason}; read on Korea's own figures (Korea Customs Service, HS 87 against the whole surplus)`;
  if (korea.verdict === "unverifiable") return { ...korea, reason: `${us.reason}; on Korea's own figures: ${korea.reason}` };
  return { ...korea, reason: korea.reason ? `${why}: ${korea.reason}` : why };
}

function evalShare(c: Ctx, check: Extract<Check, { type: "share" }>): ClauseResult {
  const r = resolve(c, check.period);
  if (c.basis === "us")
    return unverifiableClause(
      check,
      "US figures cannot give the auto part of the balance: US auto exports to Korea by end-use class were not found",
      [],
      r.label,
    );
  const part = figure({ ...c, product: check.product }, check.metric, check.partner, r);
  const whole = figure({ ...c, product: undefined }, check.metric, check.partner, r);
  const ev = [evidence(check.metric, check.partner, r, part), evidence(check.metric, check.partner, r, whole)];
  if (part.value === null || whole.value === null)
    return unverifiableClause(check, part.note ?? whole.note ?? "no data", ev, r.label);
  if (whole.value <= 0) return unverifiableClause(check, `there was no surplus in ${r.label} to take a share of`, ev, r.label);
  const share = part.value / whole.value;
  const high = check.high ?? Number.POSITIVE_INFINITY;
  const dist = share < check.low ? check.low - share : share > high ? share - high : 0;
  const verdict = grade(dist / Math.max(share, 1e-9));
  return result(check, verdict, share * 100, {
    evidence: ev,
    arithmetic: [{ op: "ratio", a: part.value, b: whole.value, result: share * 100, unit: "%" }],
    explanation: {
      period: r.label,
      band: { low: check.low * 100, high: check.high === null ? null : check.high * 100, unit: "%" },
      error: verdict === "true" ? null : share > high ? "understates" : "overstates",
      sensitivity: [],
    },
  });
}

function evaluateAsRead(c: Ctx, check: Check): ClauseResult {
  switch (check.type) {
    case "share":
      return evalShare(c, check);
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
    case "rank":
      return evalRank(c, check);
    case "sign":
      return evalSign(c, check);
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

/** "was 3.2 billion" where the data say 13.2: in double quotes the shell turned "$13.2" into "3.2". */
function shellHint(c: Ctx, r: ClauseResult): string | null {
  if (r.check.type !== "level" || !r.check.stated.currencyImplicit || r.verdict === "true" || r.actual === null) return null;
  const s = r.check.stated;
  const digits = /^[\d.,]+/.exec(s.text)?.[0];
  if (!digits) return null;
  const base = Number(digits.replace(/,/g, ""));
  if (!(base > 0)) return null;
  const unit = s.value / base;
  for (let d = 1; d <= 9; d++) {
    const v = Number(`${d}${digits.replace(/,/g, "")}`) * unit;
    if (grade(levelExcess(v / 1e6, s.precision / 1e6, s.qualifier, r.actual)) === "true") {
      return `"${s.text}" has no currency and the data show ${d}${digits}: in double quotes the shell turns "$${d}${digits}" into "${digits}"; put the claim in single quotes: korus check '…$${d}${digits}…'`;
    }
  }
  void c;
  return null;
}

/** What the reader needs from the data: the partners, the subject, the dates of the timeline's events. */
/** Countries in Korea's by-partner file: not the world total, not a sum of members, not the US (Korea's own file holds it). */
function koreaCountries(ds: Dataset): string[] {
  return ds.facts.koreaPartners.filter((p) => p.kind === "country" && p.code !== ds.facts.koreaUs).map((p) => p.name);
}

export function readContext(ds: Dataset): ReadContext {
  return {
    partners: ds.facts.partners.map((x) => x.name),
    subject: ds.facts.subject,
    subjectPartners: koreaCountries(ds),
    korus: korusDates(ds.facts),
    anchors: ds.facts.anchors,
  };
}

/**
 * Every clause of a claim said from Seoul's side rests on one capital's figures: when the better match differs
 * between clauses ("from $13.2 billion in 2011 to $23.2 billion in 2016"), the whole claim is checked on each side
 * and the better whole is kept (Korea's on a tie), never a mix.
 */
/**
 * The basis each check's claim names: its clause's own ("…, while US figures showed a $51.4 billion deficit"), or,
 * when no clause names one of its own, the claim's ("According to US data, …"); null: none named.
 */
function namedBases(reading: Reading): (Basis | null)[] {
  const own = reading.clauses.some((cl) => cl.checks.length > 0 && cl.basis);
  return reading.checks.map((ch) => {
    const clause = reading.clauses.find((cl) => cl.checks.includes(ch));
    return own ? (clause?.basis ?? null) : reading.basis;
  });
}

function oneBasis(c: Ctx, checks: Check[], named: (Basis | null)[]): ClauseResult[] {
  if (named.every((b) => b !== null)) return checks.map((ch, i) => evaluate(c, ch, named[i]));
  const free = checks.map((ch, i) => evaluate(c, ch, named[i]));
  // only the clauses said from Seoul's side choose a basis; one said from the US side is on US figures anyway
  const seoul = (ch: Check, i: number) => "perspective" in ch && ch.perspective === "korea" && named[i] === null;
  const bases = new Set(
    free.filter((r, i) => seoul(checks[i]!, i) && r.otherBasis !== null && r.verdict !== "unverifiable").map((r) => r.basis),
  );
  if (bases.size < 2) return free;
  const on = (b: Basis) => {
    const ctx: Ctx = { ...c, sources: new Map(), caveats: new Set() };
    return { ctx, results: checks.map((ch, i) => (seoul(ch, i) ? evaluate(ctx, ch, b, false) : free[i]!)) };
  };
  const us = on("us");
  const korea = on("korea");
  const pick =
    scoreOf(combine(us.results.map((r) => r.verdict))) > scoreOf(combine(korea.results.map((r) => r.verdict))) ? us : korea;
  for (const [id, ref] of pick.ctx.sources) c.sources.set(id, ref);
  for (const x of pick.ctx.caveats) c.caveats.add(x);
  c.caveats.add(
    "The clauses said from Seoul's side matched different capitals' figures best; they are checked on one side's figures throughout, the one that fits them better.",
  );
  return pick.results;
}

export function checkClaim(ds: Dataset, p: CheckParams): CheckReport {
  const claim = p.claim;
  if (claim.trim() === "") {
    throw new UsageError(
      `empty claim: give one sentence in quotes, e.g. korus check 'The deficit doubled between 2011 and 2016'`,
    );
  }
  if (claim.length > MAX_CLAIM_LENGTH) {
    throw new UsageError(
      `the claim is ${claim.length} characters long; one claim is at most ${MAX_CLAIM_LENGTH}: check a whole text with korus check --file FILE (or -) sentence by sentence`,
    );
  }
  const asOf = p.asOf !== undefined ? parseAsOf(p.asOf, p.today, ds.facts.firstAsOf) : p.today;
  let latest = Number(ds.facts.goodsAnnual.to);
  while (annualRelease(latest) > asOf) latest--;
  let latestMonth = ds.facts.goodsMonthly.to;
  while (monthRelease(latestMonth) > asOf && latestMonth > ds.facts.goodsMonthly.from)
    latestMonth = monthOf(monthIndex(latestMonth) - 1);
  const c: Ctx = { ds, asOf, latest, latestMonth, sources: new Map(), caveats: new Set(), basis: "us" };
  const korus = korusDates(ds.facts);
  const reading = readClaim(claim, readContext(ds));
  const clauses = oneBasis(c, reading.checks, namedBases(reading));
  // a clause that states something about a figure and could not be read leaves the claim unjudged: the verdict of
  // the rest is shown, never given as the claim's
  const unjudged = reading.clauses.find((cl) => cl.unverifiable && cl.states);
  const readPart = combine(clauses.map((r) => r.verdict));
  // likewise a check the data cannot answer ("… and again in 2026"): no verdict on the rest alone
  const unanswered = readPart !== "unverifiable" ? clauses.find((r) => r.verdict === "unverifiable") : undefined;
  // "Lighthizer said the deficit had doubled since 2011": measured to today, a statement made years ago is judged
  // against figures its speaker never saw; the claim's date says when it was made
  const undated =
    reading.reported &&
    p.asOf === undefined &&
    reading.checks.some((ch) =>
      ["period" in ch ? ch.period : null, "to" in ch ? ch.to : null, ch.type === "sign" ? ch.everyYearTo : null].some(
        (x) => x?.kind === "latest" || x?.kind === "relative",
      ),
    );
  const verdict = unjudged || unanswered || undated ? "unverifiable" : readPart;
  if (c.sources.has("korea_goods_annual"))
    c.caveats.add(
      "Korea-reported figures: Korea Customs Service (via KOSIS), Korea's exports f.o.b. and imports c.i.f.; they differ from the US figures for the same trade (see korus mirror).",
    );
  if (clauses.some((r) => r.evidence.some((e) => e.basis === "us"))) {
    c.caveats.add(
      "Basis: US Census Bureau goods trade (Census basis: exports f.a.s., general imports customs value), nominal US dollars, not seasonally adjusted; BEA's balance-of-payments basis differs.",
    );
    c.caveats.add(
      `Only data published by ${asOf} count: a year's total counts from ${dayOfMonth(ANNUAL_RELEASE_DAY.slice(3))} ${MONTH_WORDS[Number(ANNUAL_RELEASE_DAY.slice(0, 2)) - 1]} of the next year, a month's from the ${dayOfMonth(MONTH_RELEASE_DAY)} of the second month after; the latest full year then was ${latest}, the latest month ${latestMonth}.`,
    );
  }
  const subject = ds.facts.subject;
  const otherSide = new Set(
    reading.checks.flatMap((ch) =>
      "perspective" in ch && ch.perspective === "korea" ? [ch.reporter === subject ? ch.partner : `side:${ch.partner}`] : [],
    ),
  );
  for (const key of otherSide) {
    const p = key.replace(/^side:/, "");
    reading.rules.push(
      key.startsWith("side:")
        ? `read from ${p}'s side: ${p}'s surplus with the US is the US deficit, ${p}'s exports to the US are US imports; ${p === subject ? `checked on US-reported and ${p}-reported figures` : "US-reported figures"}`
        : `read as ${subject}'s trade with ${p}, on ${subject}'s own statistics`,
    );
  }
  if (reading.rules.some((r) => /korus/i.test(r) && /last full year before/.test(r))) {
    c.caveats.add(
      `"Since KORUS" compares ${korus.baseYear}, the last full year before entry into force on ${korus.inForce}, with the latest full year.`,
    );
  }
  const unread = reading.clauses.filter((cl) => cl.unverifiable).map((cl) => cl.unverifiable!);
  // the reason of the clause that set the verdict, else of the first clause that is wrong, else of a mostly-true one
  const explained = clauses.filter((r) => r.verdict !== "true" && r.reason);
  const because =
    explained.find((r) => r.verdict === verdict) ?? explained.find((r) => r.verdict !== "mostly-true") ?? explained[0];
  const reason =
    unjudged && clauses.length
      ? `part of the claim could not be read ('${unjudged.text.trim()}': ${unjudged.unverifiable}); the part that was read is ${readPart.toUpperCase()}`
      : undated
        ? `the claim reports what someone said, and "now" in it is when it was said: give that date with --as-of (measured to ${latest}, it is ${readPart.toUpperCase()})`
        : unanswered
          ? `part of the claim cannot be checked (${unanswered.reason}); the rest is ${readPart.toUpperCase()}`
          : verdict === "unverifiable"
            ? (reading.unverifiable ?? [...clauses.map((r) => r.reason).filter(Boolean), ...unread].join("; "))
            : verdict === "true"
              ? null
              : (because?.reason ?? null);
  if (verdict !== "unverifiable" && unread.length) c.caveats.add(`Part of the claim was not judged: ${unread.join("; ")}.`);
  const hints = clauses.map((r) => shellHint(c, r)).filter((h): h is string => h !== null);
  // "other countries have seen their exports to South Korea drop even more": a statement korus weighs against a
  // whole table, not as one claim
  const fold = (t: string) => t.toLowerCase().replace(/\s+/g, " ");
  for (const f of ds.article.facts)
    if (f.assess && fold(claim).includes(fold(f.quote)))
      hints.push(
        `This is the article's statement '${f.id}', which korus check --article weighs against a whole table (${f.assess === "imports-by-origin" ? "Korea's imports by origin: korus origins" : "the auto part of the trade: korus autos"}).`,
      );
  const sources = [...c.sources.values()];
  return {
    ...reportHeader("check", sources),
    claim,
    subject: ds.facts.subject,
    asOf,
    latestFullYear: latest,
    latestMonth,
    verdict,
    reason,
    interpretation: reading,
    clauses,
    caveats: [...c.caveats],
    hints,
    sources,
    canRead: verdict === "unverifiable" ? CAN_READ : null,
  };
}
