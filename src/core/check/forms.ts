/**
 * Stage 4 of the claim reader: a declared, ordered list of claim forms. Each form has a name and examples
 * (the help text, the README table and CAN_READ are made from this list) and reads the mentions of one
 * clause into typed checks, marking every mention it used. The first form that reads a clause wins; what
 * it did not use is reported as not read, and then the clause is not judged.
 */
import { namesCountry } from "../countries";
import type { KorusDates } from "../korus";
import { FRACTIONS } from "./lexicon";
import { isShareWords, type Mention, type MentionKind } from "./mentions";
import type { Check, Metric, Period, Perspective, Qualifier, Stated } from "./types";

export interface ReadContext {
  /** the bundled partners (from the data), and the one the goods files describe */
  partners: readonly string[];
  subject: string;
  /** the countries whose trade with the subject the subject's own statistics give (Korea's file, by name) */
  subjectPartners: readonly string[];
  korus: KorusDates;
  /** timeline anchors → dates, for events named in a claim */
  anchors: Readonly<Record<string, string>>;
}

/** What a clause inherits from the rest of its sentence when it does not say it itself. */
export interface Inherited {
  metric: { metric: Metric; perspective: Perspective } | null;
  partner: string | null;
  time: Time | null;
}

export interface Time {
  /** a single period: "in 2016", "last year", "now" */
  at: Period | null;
  /** an explicit span: "between 2011 and 2016", "since KORUS", "over the past five years" */
  span: { from: Period; to: Period } | null;
  /** the base a change is measured from when the clause names one: "a year earlier", "the previous month" */
  base: "year-earlier" | "previous-month" | "previous-year" | null;
  /** "before the FTA": the last full year before an event */
  before: Period | null;
  /** "by 2014": the end of a span whose start is not said */
  by?: Period;
  /** "compared to the last quarter of 2015": the base a change is measured from */
  compared?: Period;
  /** "the lowest since January 2010": a record counted among the periods after this one */
  since?: Period;
  /** "compared to the same period in 2016": the same months of that year are the base */
  sameIn?: number;
  /** the span is two periods named side by side ("in 2011 and 2015", "2016 … from 2011"), not a from-to */
  pair?: boolean;
  /** the pair is joined by "and" ("shrank in 2016 and 2019"): each period, or from one to the other? */
  joined?: Mention;
  /** years listed with "and" ("fell in 2016, 2017 and 2018"): a change in each of them */
  each?: Period[];
  /** "from 2011", "from $13.2 billion in 2011", "from 2011's $13.2 billion": the start of a change, its end elsewhere */
  from?: Period;
  rules: string[];
}

export interface FormResult {
  checks: Check[];
  rules: string[];
}

export interface Form {
  name: string;
  /** what the form reads, in words, for help and README */
  reads: string;
  examples: readonly string[];
  read(s: Scope): FormResult | null;
}

const LATEST: Period = { kind: "latest", back: 0 };

export function periodLabel(p: Period): string {
  switch (p.kind) {
    case "year":
      return String(p.year);
    case "month":
      return `${p.year}-${String(p.month).padStart(2, "0")}`;
    case "quarter":
      return `${p.year} Q${p.quarter}`;
    case "half":
      return `${p.year} H${p.half}`;
    case "months":
      return p.from === p.to
        ? `${p.year}-${String(p.from).padStart(2, "0")}`
        : `${p.year}-${String(p.from).padStart(2, "0")} to ${p.year}-${String(p.to).padStart(2, "0")}`;
    case "latest":
      return p.back === 0 ? "the latest full year" : `${p.back} years before the latest full year`;
    case "relative": {
      const months = p.from === p.to ? MONTH_NAMES[p.from - 1]! : `${MONTH_NAMES[p.from - 1]}-${MONTH_NAMES[p.to - 1]}`;
      // years before the claim's year: 0 for "this year", 1 for "last year", one more for each year earlier
      const before = (p.anchor === "last" ? 1 : 0) + p.back;
      const year =
        p.anchor === "recent"
          ? null
          : before === 0
            ? "the claim's year"
            : before === 1
              ? "the year before the claim"
              : `${before} years before the claim`;
      if (year !== null) return wholeYear(p) ? year : `${months} of ${year}`;
      return `the latest ${months} before the claim's date${p.back ? `, ${p.back} year${p.back > 1 ? "s" : ""} earlier` : ""}`;
    }
  }
}

/** "last year": the calendar year before the claim's date, published or not */
const LAST_YEAR: Period = { kind: "relative", anchor: "last", back: 0, from: 1, to: 12 };

/** A period's place in time (its last month), for periods with a year; null for relative ones. */
function orderKey(p: Period): number | null {
  switch (p.kind) {
    case "year":
      return p.year * 12 + 12;
    case "month":
      return p.year * 12 + p.month;
    case "quarter":
      return p.year * 12 + p.quarter * 3;
    case "half":
      return p.year * 12 + p.half * 6;
    case "months":
      return p.year * 12 + p.to;
    default:
      return null;
  }
}

/** A part of a year named without its year ("Q1" in "between Q1 and Q3 2025"), placed in that year. */
function inYear(p: Period, year: number): Period {
  if (p.kind !== "relative" || p.anchor !== "recent") return p;
  if (p.from === p.to) return { kind: "month", year, month: p.from };
  if (p.to - p.from === 2 && p.from % 3 === 1) return { kind: "quarter", year, quarter: (p.from + 2) / 3 };
  if (p.to - p.from === 5 && p.from % 6 === 1) return { kind: "half", year, half: (p.from + 5) / 6 };
  return { kind: "months", year, from: p.from, to: p.to };
}

export function wholeYear(p: Period): boolean {
  return p.kind === "year" || p.kind === "latest" || (p.kind === "relative" && p.from === 1 && p.to === 12);
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The same stretch of the year one year earlier ("compared with a year earlier"). */
export function yearEarlier(p: Period): Period {
  return p.kind === "latest" || p.kind === "relative" ? { ...p, back: p.back + 1 } : { ...p, year: p.year - 1 };
}

/** The period just before: the previous year, month, quarter or half. */
export function previousOf(p: Period): Period {
  switch (p.kind) {
    case "month":
      return p.month === 1 ? { kind: "month", year: p.year - 1, month: 12 } : { ...p, month: p.month - 1 };
    case "quarter":
      return p.quarter === 1 ? { kind: "quarter", year: p.year - 1, quarter: 4 } : { ...p, quarter: p.quarter - 1 };
    case "half":
      return p.half === 1 ? { kind: "half", year: p.year - 1, half: 2 } : { ...p, half: 1 };
    case "relative":
      // the run of months just before ("from the previous month"), within the same year, else a year earlier
      return p.from === p.to && p.from > 1 ? { ...p, from: p.from - 1, to: p.to - 1 } : { ...p, back: p.back + 1 };
    default:
      return yearEarlier(p);
  }
}

/** The same stretch of another year: "the same period in 2016". */
export function samePeriodIn(p: Period, year: number): Period {
  switch (p.kind) {
    case "latest":
      return { kind: "year", year };
    case "relative":
      return { kind: "months", year, from: p.from, to: p.to };
    default:
      return { ...p, year };
  }
}

/** The period just after, where there is one: the next year, month, quarter or half. */
export function nextOf(p: Period): Period | null {
  switch (p.kind) {
    case "year":
      return { kind: "year", year: p.year + 1 };
    case "month":
      return p.month === 12 ? { kind: "month", year: p.year + 1, month: 1 } : { ...p, month: p.month + 1 };
    case "quarter":
      return p.quarter === 4 ? { kind: "quarter", year: p.year + 1, quarter: 1 } : { ...p, quarter: p.quarter + 1 };
    case "half":
      return p.half === 2 ? { kind: "half", year: p.year + 1, half: 1 } : { ...p, half: 2 };
    default:
      return null;
  }
}

function sameKind(a: Period, b: Period): boolean {
  return wholeYear(a) === wholeYear(b);
}

/** A clause's mentions with the bookkeeping the forms share: what was used, and helpers to find things. */
export class Scope {
  readonly used = new Set<Mention>();
  readonly rules: string[] = [];

  constructor(
    readonly ms: readonly Mention[],
    readonly ctx: ReadContext,
    readonly inherited: Inherited,
    readonly sentence: readonly Mention[],
  ) {}

  use(...ms: (Mention | null | undefined)[]): void {
    for (const m of ms) if (m) this.used.add(m);
  }

  all<K extends MentionKind>(kind: K, from = 0, to = this.ms.length): Extract<Mention, { kind: K }>[] {
    return this.ms.slice(from, to).filter((m): m is Extract<Mention, { kind: K }> => m.kind === kind);
  }

  first<K extends MentionKind>(kind: K): Extract<Mention, { kind: K }> | undefined {
    return this.all(kind)[0];
  }

  has(kind: MentionKind): boolean {
    return this.ms.some((m) => m.kind === kind);
  }

  index(m: Mention): number {
    return this.ms.indexOf(m);
  }

  at(i: number): Mention | undefined {
    return this.ms[i];
  }

  isWord(m: Mention | undefined, ...words: string[]): boolean {
    return m?.kind === "connective" && words.includes(m.word);
  }

  /** the qualifier right before mention i ("about $28 billion", "more than doubled"), used */
  qualifierBefore(i: number): Qualifier {
    let j = i - 1;
    if (this.isWord(this.ms[j], "by")) j--;
    const q = this.ms[j];
    if (q?.kind === "qualifier") {
      this.use(q);
      return q.qualifier;
    }
    const crossing = this.ms[j];
    if (crossing?.kind === "comparative" && crossing.crossing) {
      this.use(crossing);
      return "more-than";
    }
    return "exact";
  }

  /** The figure the clause is about: its own metric word, else the sentence's. */
  metric(near?: number): { metric: Metric; perspective: Perspective } | null {
    const own = this.all("metric");
    const before = near === undefined ? [] : own.filter((m) => this.index(m) < near);
    const m = before.at(-1) ?? own[0];
    if (m) {
      this.use(m);
      for (const o of own) if (o.metric === m.metric) this.use(o);
      return { metric: m.metric, perspective: m.perspective };
    }
    const surplus = this.first("surplus");
    if (surplus && this.koreaSubject(surplus)) {
      this.use(surplus);
      return { metric: "deficit", perspective: "korea" };
    }
    // "the US ran a $1.2 billion surplus with Korea": the US balance, stated as a positive amount
    if (surplus && this.usSubject(surplus)) {
      this.use(surplus);
      this.rules.push("a US surplus is read as the US balance (exports minus imports), positive for a surplus");
      return { metric: "balance", perspective: "us" };
    }
    if (this.inherited.metric) this.rules.push("the figure named earlier in the sentence applies to this clause too");
    return this.inherited.metric;
  }

  /** "Korea ran a surplus", "Korea's surplus": the partner stands before "surplus" with no "us" between. */
  koreaSubject(m: Mention): boolean {
    const i = this.index(m);
    const before = this.ms.slice(0, i);
    const p = before.filter((x) => x.kind === "partner").at(-1);
    const us = before.filter((x) => x.kind === "us").at(-1);
    return p !== undefined && (us === undefined || this.index(us) < this.index(p));
  }

  /** "The US ran a surplus", "the US trade surplus": the US right before "surplus". */
  usSubject(m: Mention): boolean {
    const i = this.index(m);
    const us = this.ms
      .slice(0, i)
      .map((x) => x.kind)
      .lastIndexOf("us");
    // only a verb, an amount or a qualifier between: "the US ran a $1.2 billion surplus", not "the US Commerce
    // Ministry said the country's surplus"
    return (
      us >= 0 &&
      m.start - this.ms[us]!.end <= 30 &&
      this.ms.slice(us + 1, i).every((x) => x.kind === "sign-verb" || x.kind === "money" || x.kind === "qualifier")
    );
  }

  /** Bundled partners named in this clause (in order, distinct); throws Unbundled for another country. */
  partners(): { name: string; mention: Mention }[] {
    const out: { name: string; mention: Mention }[] = [];
    for (const m of this.all("partner")) {
      // a country only Korea's own statistics hold ("Korea's imports from Vietnam") is read with Korea's figure names
      const theirs =
        this.all("metric").some(
          (x) => x.perspective === "korea" && (x.owner === this.ctx.subject || namesCountry(this.ctx.subject, x.text)),
        ) && this.ctx.subjectPartners.includes(m.name);
      if (!this.ctx.partners.includes(m.name) && !theirs) throw new Unbundled(m.name, m.text);
      this.use(m);
      if (!out.some((o) => o.name === m.name)) out.push({ name: m.name, mention: m });
    }
    return out;
  }

  /** The one partner of the clause, else the sentence's, else the subject (a default the rules state). */
  partner(): string {
    const own = this.partners();
    if (own.length > 1) throw new NotRead("two partners named without a comparison between them", own[1]!.mention);
    if (own[0]) return own[0].name;
    // "Korea's imports from Japan fell 30%, while those from the US fell 3%": said from Seoul's side, the US named
    // in this clause is its counterpart, not the country of another clause
    const metric = this.metric() ?? this.inherited.metric;
    if (
      metric?.perspective === "korea" &&
      this.has("us") &&
      this.inherited.partner &&
      this.inherited.partner !== this.ctx.subject
    )
      return this.ctx.subject;
    if (this.inherited.partner) return this.inherited.partner;
    const named = this.all("metric").find((m) => m.perspective === "korea" && namesCountry(this.ctx.subject, m.text));
    this.rules.push(
      named
        ? `'${named.text.trim()}' is ${this.ctx.subject}'s trade with the US`
        : `no partner named: read as US goods trade with ${this.ctx.subject}`,
    );
    return this.ctx.subject;
  }

  /** An amount as stated; a minus sign is read only where a form says a signed figure fits (a balance). */
  stated(m: Extract<Mention, { kind: "money" }>, qualifier: Qualifier, signed = false): Stated {
    if (m.negative && !signed) throw new NotRead("a negative amount where a size is expected", m);
    // "$27.6 in 2016": no trade figure is a few dollars; the scale ("billion") was left out or lost
    const small = m.currency === "KRW" || m.currency === "JPY" ? 1e8 : 1e5;
    if (Math.abs(m.value) < small) throw new NotRead("an amount without its scale (million? billion?)", m);
    this.use(m);
    return {
      text: m.text.trim(),
      value: m.negative ? -m.value : m.value,
      currency: m.currency,
      precision: m.precision,
      qualifier,
      currencyImplicit: m.implicit,
    };
  }

  /**
   * The period written right after an amount ("$13.2 billion in 2011", "$27.6 billion last year", "$28.3bn (2015)"),
   * or right before it ("2016 $27.6B", "in 2011 ($43.5 billion)").
   */
  attachedPeriod(i: number): Period | null {
    const before = this.isWord(this.ms[i - 1], "open") ? this.ms[i - 2] : this.ms[i - 1];
    const after = this.ms[i + 1];
    const next = this.isWord(after, "in", "of", "for", "open") ? this.ms[i + 2] : after;
    if (before?.kind === "period" && !this.used.has(before) && next?.kind !== "period" && next?.kind !== "last-year") {
      const closed = this.isWord(this.ms[i - 1], "open") ? this.isWord(after, "close") : true;
      if (closed) {
        this.use(before, this.isWord(this.ms[i - 1], "open") ? this.ms[i - 1] : null, this.isWord(after, "close") ? after : null);
        return before.period;
      }
    }
    let j = i + 1;
    if (this.isWord(this.ms[j], "in", "of", "for", "open")) j++;
    const p = this.ms[j];
    if (!p) return null;
    if (p.kind === "period") {
      const close = this.isWord(this.ms[i + 1], "open") && this.isWord(this.ms[j + 1], "close") ? this.ms[j + 1] : null;
      if (this.isWord(this.ms[i + 1], "open") && !close) return null;
      this.use(p, this.ms[i + 1], close);
      return p.period;
    }
    if (p.kind === "last-year") {
      this.use(p, this.ms[i + 1]);
      this.rules.push(`"${p.text.trim()}" = the calendar year before the claim's date`);
      return LAST_YEAR;
    }
    return null;
  }

  /** The event named, resolved to the last full year before it (the baseline of "since"/"before" it). */
  eventYear(anchor: string): number | null {
    const date = this.anchorDate(anchor);
    return date ? Number(date.slice(0, 4)) - 1 : null;
  }

  /** An anchor's date; "@2012" (an agreement named by its year) is the anchor of that year, entry into force first. */
  anchorDate(anchor: string): string | null {
    if (!anchor.startsWith("@")) return this.ctx.anchors[anchor] ?? null;
    const year = anchor.slice(1);
    const order = ["in-force", "amended-in-force", "signed", "amendment-signed"];
    const found = order.map((a) => this.ctx.anchors[a]).find((d) => d?.startsWith(year));
    return found ?? null;
  }

  /**
   * The time the clause speaks of, from the mentions not used yet: a span ("between 2011 and 2016", "since
   * 2012", "since KORUS", "over the past five years"), a single period, a base for a change.
   */
  time(): Time {
    const t: Time = { at: null, span: null, base: null, before: null, rules: [] };
    const free = this.ms.filter((m) => !this.used.has(m));
    const periods: { p: Period; m: Mention }[] = [];
    for (let k = 0; k < free.length; k++) {
      const m = free[k]!;
      const prev = free[k - 1];
      switch (m.kind) {
        case "range":
          t.span = { from: { kind: "year", year: m.from }, to: { kind: "year", year: m.to } };
          this.use(m, this.isWord(prev, "between", "from", "in") ? prev : null);
          break;
        case "event": {
          const base = this.eventYear(m.anchor);
          if (base === null) break;
          const date = this.anchorDate(m.anchor);
          const name = date === this.ctx.anchors["in-force"] ? "KORUS" : `the event "${m.anchor}"`;
          if (m.role === "since") {
            const to: Period = m.firstYears !== null ? { kind: "year", year: base + m.firstYears } : LATEST;
            t.span = { from: { kind: "year", year: base }, to };
            t.rules.push(
              m.firstYears !== null
                ? `"${m.text.trim()}" = from ${base}, the last full year before ${name} (${date}), to ${base + m.firstYears}`
                : `"${m.text.trim()}" = from ${base}, the last full year before ${name} (${date}), to the latest full year published at the claim's date`,
            );
            this.use(m);
          } else if (m.role === "before") {
            t.before = { kind: "year", year: base };
            t.rules.push(`"${m.text.trim()}" = ${base}, the last full year before ${name} (${date})`);
            this.use(m);
          } else if (prev?.kind !== "previous-year" && prev?.kind !== "year-earlier" && !this.isWord(prev, "when")) {
            this.use(m); // the agreement named, not a time: "criticisms of the agreement", "(KORUS)"
          }
          // "when KORUS took effect", "the year before KORUS": a time named by the event, which no form reads (left unread)
          // a year right after the event ("KORUS … in 2012") dates the event, it is no period of its own
          let j = k + 1;
          while (j < free.length && j <= k + 3 && free[j]!.kind === "connective") j++;
          const next = free[j];
          if (next?.kind === "period" && next.period.kind === "year" && next.period.year === base + 1) {
            this.use(next, ...free.slice(k + 1, j));
            k = j;
          }
          break;
        }
        case "past-years":
          t.span = { from: { kind: "latest", back: m.years }, to: LATEST };
          t.rules.push(`"${m.text.trim()}" = from ${m.years} years before the latest full year to the latest full year`);
          this.use(m);
          break;
        case "last-year":
          t.at = LAST_YEAR;
          t.rules.push(`"${m.text.trim()}" = the calendar year before the claim's date`);
          this.use(m);
          break;
        case "year-earlier":
          t.base = "year-earlier";
          this.use(m);
          break;
        case "same-period":
          t.sameIn = m.year;
          this.use(m);
          break;
        case "connective":
          if (m.word === "now") {
            t.at ??= LATEST;
            this.use(m);
          }
          if (m.word === "compared" && free[k + 1]?.kind === "period") {
            // "compared to the last quarter of 2015": the base of the change
            const p = free[k + 1] as Extract<Mention, { kind: "period" }>;
            t.compared = p.period;
            this.use(m, p);
            k++;
          }
          break;
        case "previous-month":
          t.base = "previous-month";
          this.use(m);
          break;
        case "previous-year":
          t.base = "previous-year";
          this.use(m);
          break;
        case "period":
          periods.push({ p: m.period, m });
          break;
      }
    }
    const free2 = periods.filter((x) => !this.used.has(x.m));
    // "between 2011 and 2016", "from 2011 to 2016", "since 2012"
    for (let k = 0; k < free2.length; k++) {
      const { p, m } = free2[k]!;
      const i = this.index(m);
      const before = this.ms[i - 1];
      if (this.isWord(before, "since") && (p.kind === "year" || p.kind === "month")) {
        // "since 2012": a span to now for a change; for a record, the periods it is counted among
        t.since = p;
        if (p.kind === "year" && !this.has("superlative")) {
          t.span = { from: p, to: LATEST };
          t.rules.push(`"since ${p.year}" = from ${p.year} to the latest full year published at the claim's date`);
        }
        this.use(m, before);
        continue;
      }
      const next = free2[k + 1];
      if (next && this.isWord(before, "between", "from") && sameKind(p, next.p)) {
        const mid = this.ms[this.index(next.m) - 1];
        if (this.isWord(mid, "and", "to") && this.index(next.m) - i === 2) {
          // "between Q1 and Q3 2025": the year written once belongs to both
          t.span = { from: "year" in next.p ? inYear(p, next.p.year) : p, to: next.p };
          this.use(m, before, mid, next.m);
          k++;
          continue;
        }
      }
      // "from 2011", "from $13.2 billion in 2011": where a change starts
      const viaMoney = this.isWord(before, "in", "of") && this.ms[i - 2]?.kind === "money" && this.isWord(this.ms[i - 3], "from");
      const single = p.kind === "year" || p.kind === "month" || p.kind === "quarter" || p.kind === "half";
      if (!t.from && single && (this.isWord(before, "from") || viaMoney)) {
        t.from = p;
        this.use(m, before, viaMoney ? this.ms[i - 3] : null);
      }
    }
    const rest = free2.filter((x) => !this.used.has(x.m));
    if (rest.length === 1 && this.isWord(this.ms[this.index(rest[0]!.m) - 1], "by") && !t.span) {
      // "by 2014, exports had grown 29 percent": grown since when is not said
      t.by = rest[0]!.p;
      this.use(rest[0]!.m, this.ms[this.index(rest[0]!.m) - 1]);
    } else if (rest.length === 1) {
      t.at = rest[0]!.p;
      this.use(
        rest[0]!.m,
        this.isWord(this.ms[this.index(rest[0]!.m) - 1], "in", "for", "of") ? this.ms[this.index(rest[0]!.m) - 1] : null,
      );
    } else if (rest.length === 2 && !t.span && rest[0]!.p.kind === rest[1]!.p.kind && rest[0]!.p.kind !== "relative") {
      // "in 2011 and 2016", "2016 … from 2011": two periods and a change read as a span, earlier first
      const [a, b] =
        rest[0]!.p.kind === "year" && rest[1]!.p.kind === "year" && rest[0]!.p.year > rest[1]!.p.year
          ? [rest[1]!, rest[0]!]
          : [rest[0]!, rest[1]!];
      t.span = { from: a.p, to: b.p };
      t.pair = true;
      const [i, j] = [this.index(rest[0]!.m), this.index(rest[1]!.m)];
      t.joined = this.ms.slice(i + 1, j).find((x) => this.isWord(x, "and"));
      if (t.joined && a.p.kind === "year") t.each = [a.p, b.p];
      this.use(a.m, b.m);
    } else if (rest.length > 2 && !t.span && rest.every((x) => x.p.kind === "year")) {
      // "fell in 2016, 2017 and 2018": a list of years, each one of them
      const between = this.ms.slice(this.index(rest[0]!.m) + 1, this.index(rest.at(-1)!.m));
      const joined = between.find((x) => this.isWord(x, "and"));
      if (joined && between.every((x) => x.kind === "period" || this.isWord(x, "and", "in"))) {
        t.joined = joined;
        t.each = rest.map((x) => x.p).sort((x, y) => (x as { year: number }).year - (y as { year: number }).year);
        this.use(...rest.map((x) => x.m), ...between);
      }
    }
    this.rules.push(...t.rules);
    return t;
  }

  /** The clause's own time, else what the sentence said. */
  timeOrInherited(): Time {
    const own = this.time();
    // "In 2011 the deficit was $13.2 billion; by 2016 it had doubled": from the year said before to "by"
    const earlier = this.inherited.time?.at;
    if (own.by && !own.at && !own.span && !own.from && earlier) {
      this.rules.push(`"by ${periodLabel(own.by)}" after ${periodLabel(earlier)}: the change from ${periodLabel(earlier)}`);
      return { ...own, from: earlier };
    }
    if (own.at || own.span || own.before || !this.inherited.time) return own;
    this.rules.push("the period named elsewhere in the sentence applies to this clause too");
    // what a record is counted among belongs to its own clause
    const { since: _since, ...inherited } = this.inherited.time;
    return { ...inherited, base: own.base ?? inherited.base, since: own.since };
  }

  /** A single period for a level, rank or record: the clause's, else the latest full year (stated). */
  periodOf(t: Time): Period {
    if (t.at) return t.at;
    if (t.by) return t.by;
    // "ran surpluses from 1994 to 1997", "was $27.6 billion in 2016-17": each year, a sum, or the last one?
    if (t.span) throw new NotRead("a span of time where the claim needs one period (say which year or month)");
    if (t.before) return t.before;
    // "the deficit is $56 billion", "we have a big deficit": the present is the latest full year; a past
    // tense without a period ("stood at $9.9 billion") leans on a period said elsewhere, so it is not read
    if (!this.present()) throw new NotRead("the period (say which year or month)");
    this.rules.push(
      "no period named: read as the latest full year published at the claim's date (the claim is in the present tense)",
    );
    return LATEST;
  }

  /** The claim speaks in the present: "is", "are", "now", "has/have". */
  present(): boolean {
    return this.sentence.some(
      (m) =>
        (m.kind === "connective" && (m.word === "is" || m.word === "now")) ||
        (m.kind === "sign-verb" && /^(has|have)$/i.test(m.text.trim())),
    );
  }

  /**
   * The span of a change: a named span; a single period against the one before it ("in 2017" = 2016 → 2017;
   * a month or quarter against the same one a year earlier, as the data are not seasonally adjusted).
   */
  changeSpan(t: Time): { from: Period; to: Period } | null {
    if (t.joined) throw new NotRead("two periods joined by 'and' (a change in each, or from one to the other?)", t.joined);
    if (t.span && t.base === "year-earlier")
      throw new NotRead("a change 'year on year' over a span of months (say the two periods compared)");
    if (t.span) return t.span;
    if (t.from) {
      const to = t.at ?? t.by ?? (this.present() ? LATEST : null);
      if (to && to !== LATEST) return { from: t.from, to };
      if (to) {
        this.rules.push("a change from a year with no end named: to the latest full year published at the claim's date");
        return { from: t.from, to };
      }
      return null;
    }
    if (t.before && t.at) return { from: t.before, to: t.at };
    if (t.compared && t.at) return { from: t.compared, to: t.at };
    if (t.sameIn !== undefined && t.at) return { from: samePeriodIn(t.at, t.sameIn), to: t.at };
    const at = t.at;
    if (!at) return null;
    if (t.base === "previous-month") return { from: previousOf(at), to: at };
    if (t.base === "year-earlier" || wholeYear(at) || t.base === "previous-year") {
      if (!wholeYear(at) && t.base !== "year-earlier") {
        this.rules.push(
          `a change in ${periodLabel(at)} is measured against the same period a year earlier (the data are not seasonally adjusted)`,
        );
      }
      return { from: yearEarlier(at), to: at };
    }
    this.rules.push(
      `a change in ${periodLabel(at)} is measured against the same period a year earlier (the data are not seasonally adjusted)`,
    );
    return { from: yearEarlier(at), to: at };
  }
}

/** A clause that names a country korus holds no data for. */
export class Unbundled extends Error {
  constructor(
    readonly country: string,
    readonly text: string,
  ) {
    super(country);
  }
}

/** A clause whose meaning hangs on something the forms cannot read. */
export class NotRead extends Error {
  constructor(
    readonly why: string,
    readonly mention?: Mention,
  ) {
    super(why);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The forms, in the order they are tried.

const up = (d: "up" | "down", factor?: number) => (factor !== undefined ? (factor >= 1 ? "up" : "down") : d);

function directionOf(s: Scope): Extract<Mention, { kind: "direction" }> | undefined {
  return s.all("direction").find((m) => !s.used.has(m));
}

const age: Form = {
  name: "age",
  reads: "the agreement's age",
  examples: [
    "KORUS went into effect five years ago",
    "the 14-year-old KORUS deal",
    "KORUS has been in force for nearly 15 years",
  ],
  read(s) {
    const ago = s.first("ago");
    const old = s.first("age");
    const m = ago ?? old;
    if (!m) return null;
    const event = s.first("event");
    // "which went into effect five years ago" leans on the agreement named earlier in the sentence
    const named = event ?? (ago?.kind === "ago" && ago.tookEffect ? s.sentence.find((x) => x.kind === "event") : undefined);
    if (!named) return null;
    s.use(event, m);
    for (const c of s.all("connective")) s.use(c);
    return {
      checks: [
        {
          type: "age",
          years: m.years,
          qualifier: m.kind === "age" && m.qualifier !== "exact" ? m.qualifier : s.qualifierBefore(s.index(m)),
          how: m.kind === "ago" ? "ago" : "old",
        },
      ],
      rules: [],
    };
  },
};

const fx: Form = {
  name: "currency",
  reads: "an amount in another currency",
  examples: ["$27.6 billion is about 32 trillion won in 2016", "$13.2 billion is 11.6 billion euros"],
  read(s) {
    const money = s.all("money");
    if (money.length !== 2 || money[0]!.currency === money[1]!.currency) return null;
    if (s.has("metric") || s.has("direction") || s.has("multiple") || s.has("surplus")) return null;
    const [a, b] = money as [Extract<Mention, { kind: "money" }>, Extract<Mention, { kind: "money" }>];
    const t = s.time();
    const date =
      t.at?.kind === "year"
        ? String(t.at.year)
        : t.at?.kind === "month"
          ? `${t.at.year}-${String(t.at.month).padStart(2, "0")}`
          : null;
    for (const c of s.all("connective")) s.use(c);
    return {
      checks: [{ type: "fx", amount: s.stated(a, "exact"), result: s.stated(b, s.qualifierBefore(s.index(b))), date }],
      rules: [],
    };
  },
};

const everyYear: Form = {
  name: "every year",
  reads: "a deficit or surplus every year since a year",
  examples: ["The US has run a deficit with Korea every year since 1998", "a deficit every year since 2012"],
  read(s) {
    const every = s.first("every-year");
    if (!every) return null;
    const since = s.ms[s.index(every) + 1];
    const year = s.ms[s.index(every) + 2];
    if (!s.isWord(since, "since") || year?.kind !== "period" || year.period.kind !== "year") return null;
    const sign = signWord(s);
    if (!sign) return null;
    s.use(every, since, year);
    return {
      checks: [{ type: "sign", partner: s.partner(), sign, period: year.period, everyYearTo: LATEST, word: every.text.trim() }],
      rules: [],
    };
  },
};

/** "a deficit", "a surplus", "in the black": the sign the clause states, from the US's side. */
function signWord(s: Scope): "surplus" | "deficit" | null {
  const br = s.first("black-red");
  if (br) {
    s.use(br);
    return br.sign;
  }
  const surplus = s.first("surplus");
  if (surplus) {
    s.use(surplus);
    return s.koreaSubject(surplus) ? "deficit" : "surplus";
  }
  const deficit = s.all("metric").find((m) => m.metric === "deficit");
  if (deficit) {
    s.use(deficit);
    return deficit.perspective === "korea" ? "deficit" : "deficit";
  }
  return null;
}

const sign: Form = {
  name: "sign",
  reads: "a deficit or a surplus in a period",
  examples: ["The US ran a surplus with Korea in 1990", "the us actually ran a small surplus with korea in march 2010"],
  read(s) {
    if (
      s.has("money") ||
      s.has("percent") ||
      s.has("direction") ||
      s.has("multiple") ||
      s.has("comparative") ||
      s.has("superlative")
    )
      return null;
    const verb = s.first("sign-verb");
    const br = s.first("black-red");
    if (!verb && !br) return null;
    if (!br && !s.has("surplus") && !s.all("metric").some((m) => m.metric === "deficit")) return null;
    const sign = signWord(s);
    if (!sign) return null;
    s.use(verb);
    for (const c of s.all("connective").filter((c) => c.word === "with" || c.word === "in" || c.word === "was")) s.use(c);
    const t = s.timeOrInherited();
    const word = (verb ?? br)!.text.trim();
    // "ran surpluses with Korea from 1994 to 1997": every year of the span
    if (t.span && !t.at && !t.joined && t.span.from.kind === "year" && t.span.to.kind === "year") {
      s.rules.push(`a surplus or deficit over a span of years is read as one in every year of it`);
      return {
        checks: [{ type: "sign", partner: s.partner(), sign, period: t.span.from, everyYearTo: t.span.to, word }],
        rules: [],
      };
    }
    return {
      checks: [{ type: "sign", partner: s.partner(), sign, period: s.periodOf(t), everyYearTo: null, word }],
      rules: [],
    };
  },
};

const rank: Form = {
  name: "rank",
  reads: "Korea's place among the partners",
  examples: [
    "Korea is among the five biggest US deficit partners",
    "Korea was the eighth largest source of the US deficit in 2016",
  ],
  read(s) {
    const among = s.first("among");
    const ranked = s.first("ranked");
    const sup = s.first("superlative");
    const noun = s.first("rank-noun");
    if (!among && !ranked && !(sup && noun)) return null;
    if (!noun && !ranked) return null;
    if (s.has("comparative") && s.all("partner").length > 1) return null;
    // "the sixth-largest trading partner" ranks total trade; "the eighth largest source of the deficit", the deficit
    const trading = noun !== undefined && /^trad/i.test(noun.text.trim());
    const metric = s.metric() ?? { metric: (trading ? "total" : "deficit") as Metric, perspective: "us" as Perspective };
    const own = s.partners();
    // "the largest after China", "the smallest of China, Japan, … and Korea": not read
    if (own.length > 1) throw new NotRead("a ranking that names several partners", own[1]!.mention);
    const partner = own[0]?.name ?? s.partner();
    const extreme = sup?.extreme ?? "max";
    s.use(among, ranked, sup, noun);
    const t = s.timeOrInherited();
    for (const c of s.all("connective")) s.use(c);
    const position = among?.n ?? ranked?.n ?? sup!.position;
    return {
      checks: [
        {
          type: "rank",
          metric: metric.metric,
          perspective: metric.perspective,
          partner,
          period: s.periodOf(t),
          extreme,
          position,
          among: among ? "top" : "exact",
          word: [among, ranked, sup]
            .filter(Boolean)
            .map((m) => m!.text.trim())
            .join(" "),
        },
      ],
      rules: [],
    };
  },
};

const record: Form = {
  name: "record",
  reads: "records and ranks among years",
  examples: [
    "The US goods deficit with Korea hit a record in 2024",
    "2025 was the second largest deficit with korea on record",
    "the october 2025 deficit with korea was the smallest since november 2021",
    "the deficit in 2010 was the lowest in a decade",
  ],
  read(s) {
    const sup = s.first("superlative");
    if (!sup || s.has("comparative")) return null;
    const metric = s.metric(s.index(sup));
    if (!metric) return null;
    // "$56.5 billion, down from a record $65.7 billion a year earlier": the record belongs to another period
    const from = s.all("connective").find((c) => c.word === "from" || c.word === "up-from" || c.word === "down-from");
    if (from) throw new NotRead("a record and a change in one clause", from);
    s.use(sup, ...s.all("on-record"));
    const partner = s.partner();
    let since: string | null = null;
    let window: number | null = null;
    const i = s.index(sup);
    const past = s.all("past-years").find((m) => s.index(m) > i);
    if (past) {
      window = past.years;
      s.use(past);
      s.rules.push(
        `"${sup.text.trim()} ${past.text.trim()}" = among the ${past.years} years (or ${past.years * 12} months) up to and including the one named`,
      );
    }
    const monthly = s.all("frequency").find((f) => f.frequency === "monthly");
    s.use(monthly);
    const money = s.all("money");
    const t = s.timeOrInherited();
    // "the eighth largest in 2024": among years, or among partners?
    if (!sup.record && !s.has("on-record") && !past && !t.since)
      throw new NotRead(
        "a superlative without what it is counted among (say 'on record', 'since 2012' or 'among partners')",
        sup,
      );
    if (t.since) {
      since =
        t.since.kind === "year"
          ? String(t.since.year)
          : t.since.kind === "month"
            ? `${t.since.year}-${String(t.since.month).padStart(2, "0")}`
            : null;
    }
    const period = s.periodOf(t);
    const frequency = monthly || !wholeYear(period) ? "monthly" : "annual";
    const oneMonth = period.kind === "month" || (period.kind === "relative" && period.from === period.to);
    if (frequency === "monthly" && !oneMonth) throw new NotRead("a monthly record without a single month", monthly);
    for (const c of s.all("connective")) s.use(c);
    const checks: Check[] = [
      {
        type: "record",
        metric: metric.metric,
        perspective: metric.perspective,
        partner,
        period,
        extreme: sup.extreme,
        position: sup.position,
        since,
        window,
        frequency,
        word: sup.text.trim(),
      },
    ];
    // "hit a record $66 billion": the level is a claim too
    for (const m of money) {
      checks.push({
        type: "level",
        metric: metric.metric,
        perspective: metric.perspective,
        partner,
        period,
        stated: s.stated(m, s.qualifierBefore(s.index(m))),
      });
    }
    return { checks, rules: [] };
  },
};

const compare: Form = {
  name: "comparison",
  reads: "comparisons between partners",
  examples: [
    "The US deficit with Japan was bigger than with Korea in 2016",
    "the deficit with Korea surpassed the one with Canada in 2024",
    "in 2016 the deficit with china was 12 times the one with korea",
    "in 2025 the deficit with korea was bigger than with canada but smaller than with japan",
  ],
  read(s) {
    const comps = s.all("comparative");
    const times = s.all("multiple").find((m) => m.via === "times");
    const qual = s.all("qualifier").find((q) => {
      const next = s.at(s.index(q) + 1);
      return (q.qualifier === "more-than" || q.qualifier === "less-than") && (next?.kind === "partner" || s.isWord(next, "with"));
    });
    const own = s.partners();
    const inheritedSubject =
      own.length === 1 &&
      s.inherited.partner &&
      s.inherited.partner !== own[0]!.name &&
      comps.length > 0 &&
      s.index(comps[0]!) < s.index(own[0]!.mention);
    if (own.length < 2 && !inheritedSubject) return null;
    if (comps.length === 0 && !times && !qual) return null;
    const metric = s.metric() ?? { metric: "deficit" as Metric, perspective: "us" as Perspective };
    const pivots: Mention[] = [...comps, ...(qual ? [qual] : []), ...(times && comps.length === 0 ? [times] : [])].sort(
      (a, b) => s.index(a) - s.index(b),
    );
    const first = pivots[0]!;
    const subject = own.find((p) => s.index(p.mention) < s.index(first))?.name ?? s.inherited.partner!;
    const checks: Check[] = [];
    const t = s.timeOrInherited();
    // "Korea overtook Germany", with no year: it is ahead in the latest full year, and was not at some point before
    const isCrossing = (p: Mention) =>
      (p.kind === "comparative" && p.crossing) ||
      (p.kind === "qualifier" && /^(surpass|overt|outstrip|outpac|eclips)/.test(p.text.trim().toLowerCase()));
    const crossingOnly = pivots.every(isCrossing);
    const undated = !t.at && !t.span && !t.before && !t.by;
    if (crossingOnly && undated)
      s.rules.push("overtook, with no year: ahead in the latest full year, and behind in some earlier year");
    const period = crossingOnly && undated ? LATEST : s.periodOf(t);
    pivots.forEach((pivot, k) => {
      const end = pivots[k + 1] ? s.index(pivots[k + 1]!) : s.ms.length;
      const objects = own.filter((p) => s.index(p.mention) > s.index(pivot) && s.index(p.mention) < end && p.name !== subject);
      if (objects.length === 0) throw new NotRead("a comparison without the partner it compares with", pivot);
      const relation =
        pivot.kind === "comparative"
          ? pivot.relation
          : pivot.kind === "qualifier" && pivot.qualifier === "less-than"
            ? "less"
            : "greater";
      const factor =
        times && s.index(times) < end && s.index(times) > (k === 0 ? -1 : s.index(pivots[k - 1]!)) ? times.factor : null;
      s.use(pivot, factor !== null ? times : null);
      const qualifier = factor !== null ? s.qualifierBefore(s.index(times!)) : "exact";
      for (const o of objects) {
        checks.push({
          type: "compare",
          metric: metric.metric,
          subject,
          object: o.name,
          period,
          relation,
          factor,
          qualifier,
          crossing: isCrossing(pivot),
          word: pivot.text.trim(),
        });
      }
    });
    for (const c of s.all("connective")) s.use(c);
    return { checks, rules: [] };
  },
};

/** "three times the 2010 level", "2.5 times higher in 2024 than in 2010", "2.5x what it was in 2016" */
const multipleOf: Form = {
  name: "multiple",
  reads: "multiples of an earlier level",
  examples: ["the deficit is now three times the 2010 level", "imports from korea were 2.5 times higher in 2024 than in 2010"],
  read(s) {
    const times = s.all("multiple").find((m) => m.via === "times");
    if (!times) return null;
    const metric = s.metric();
    if (!metric) return null;
    const partner = s.partner();
    s.use(times, ...s.all("comparative"), ...s.all("direction").filter((d) => d.direction === "up"));
    const t = s.timeOrInherited();
    const span =
      t.span ?? (t.at && t.before ? { from: t.before, to: t.at } : t.at && t.compared ? { from: t.compared, to: t.at } : null);
    let from: Period | null = span?.from ?? t.before;
    let to: Period | null = span?.to ?? null;
    if (!span) {
      // the period after "times" (or "than") is the base; the other one, or now, is the level compared
      const periods = s.all("period").filter((p) => s.used.has(p));
      const base = periods.find((p) => s.index(p) > s.index(times));
      // "rose 1.2-fold in 2024": the year of the change, not the base ("three times the 2010 level")
      if (base && s.index(base) === s.index(times) + 2 && s.isWord(s.at(s.index(base) - 1), "in"))
        throw new NotRead("a multiple in one year (from which year?)", times);
      const other = periods.find((p) => p !== base);
      if (base?.kind === "period") from = base.period;
      to = other?.kind === "period" ? other.period : t.at && from && t.at !== from ? t.at : LATEST;
      if (!from && t.at) from = t.at;
    }
    if (!from || !to) throw new NotRead("the level it is a multiple of", times);
    for (const c of s.all("connective")) s.use(c);
    return {
      checks: [
        {
          type: "ratio",
          metric: metric.metric,
          perspective: metric.perspective,
          partner,
          from,
          to,
          factor: times.factor,
          qualifier: s.qualifierBefore(s.index(times)),
          word: times.text.trim(),
        },
      ],
      rules: [],
    };
  },
};

/** "30 percent higher than before the FTA", "40 percent lower than in 2011" */
const percentOf: Form = {
  name: "compared with before",
  reads: "higher or lower than before, by a percent or not",
  examples: [
    "exports to Korea in 2018 were 30 percent higher than before the FTA",
    "the deficit is 40 percent higher than before KORUS",
    "us exports to korea are lower now than before the free trade pact",
  ],
  read(s) {
    const comp = s.all("comparative").find((c) => !c.crossing);
    if (!comp || s.all("partner").filter((p) => s.ctx.partners.includes(p.name)).length > 1) return null;
    const pct = s.first("percent");
    if (pct && s.index(comp) !== s.index(pct) + 1) return null;
    if (!pct && (s.has("money") || s.has("multiple"))) return null;
    const metric = s.metric();
    if (!metric) return null;
    const partner = s.partner();
    s.use(pct, comp);
    const t = s.timeOrInherited();
    let from = t.before ?? t.span?.from ?? t.compared;
    let to = t.span?.to ?? t.at ?? (s.present() ? LATEST : null);
    let sign = comp.relation === "greater" ? 1 : -1;
    // "higher in 2023 than in 2025": the period after "than" is the base, whichever comes first in time
    const than = /than$/.test(comp.text.trim())
      ? s.index(comp)
      : s.ms.findIndex((m, i) => i > s.index(comp) && s.isWord(m, "than"));
    const named = s.all("period").filter((p) => s.used.has(p));
    const base = named.find((p) => than >= 0 && s.index(p) > than);
    const other = named.find((p) => p !== base);
    if (base && other && base.kind === "period" && other.kind === "period") {
      const [b, o] = [orderKey(base.period), orderKey(other.period)];
      if (b === null || o === null) throw new NotRead("a comparison between two periods korus cannot order", base);
      if (b < o) [from, to] = [base.period, other.period];
      else {
        // "2023 was higher than 2025" is a fall from 2023 to 2025
        if (pct) throw new NotRead("a percent against a later period", pct);
        [from, to] = [other.period, base.period];
        sign = -sign;
      }
    }
    if (!from || !to) throw new NotRead("the level it is compared with", comp);
    for (const c of s.all("connective")) s.use(c);
    const subj = { metric: metric.metric, perspective: metric.perspective, partner, from, to };
    const check: Check = pct
      ? {
          ...subj,
          type: "percent",
          percent: sign * pct.value,
          precision: pct.precision,
          qualifier: s.qualifierBefore(s.index(pct)),
        }
      : { ...subj, type: "direction", direction: sign > 0 ? "up" : "down", word: comp.text.trim() };
    return { checks: [check], rules: [] };
  },
};

/**
 * Changes stated with both levels: "from $13.2 billion in 2011 to $27.6 billion in 2016", "$28.3 billion in
 * 2015, up from $13.2 billion in 2011", "fell to $23.1 billion in 2017, down $4.6 billion from $27.6 billion
 * in 2016", "rose to $20.7 billion in 2013, up $4.1 billion from 2012".
 */
const levelsChange: Form = {
  name: "change with levels",
  reads: "a change with its levels",
  examples: [
    "The deficit with Korea rose from $13.2 billion in 2011 to $27.6 billion in 2016",
    "The deficit was $28.3 billion in 2015, up from $13.2 billion in 2011",
    "the deficit fell to $23.1 billion in 2017, down $4.6 billion from $27.6 billion in 2016",
    "the deficit rose to $20.7 billion in 2013, up $4.1 billion from 2012",
  ],
  read(s) {
    type Money = Extract<Mention, { kind: "money" }>;
    const after = (m: Mention) => {
      const n = s.at(s.index(m) + 1);
      return n?.kind === "qualifier" ? s.at(s.index(m) + 2) : n;
    };
    // the base: "from $A", "up from $A", "down from $A", or "up $D from 2012"
    const fromWord = s
      .all("connective")
      .find(
        (c) =>
          ((c.word === "from" || c.word === "up-from" || c.word === "down-from") &&
            (after(c)?.kind === "money" || (c.word !== "from" && after(c)?.kind === "period"))) ||
          (c.word === "from" &&
            after(c)?.kind === "period" &&
            s.all("money").some((m) => s.index(m) < s.index(c) && isDelta(s, m))),
      );
    if (!fromWord) return null;
    const base = after(fromWord);
    const fromMoney = base?.kind === "money" ? (base as Money) : null;
    const fromPeriod = base?.kind === "period" ? base : null;
    const money = s.all("money").filter((m) => !s.used.has(m) && m !== fromMoney);
    const deltas = money.filter((m) => isDelta(s, m));
    const levels = money.filter((m) => !deltas.includes(m));
    const toWord = s.all("connective").find((c) => c.word === "to" && after(c)?.kind === "money");
    const toMoney = (toWord ? after(toWord) : levels[0]) as Money | undefined;
    if (toMoney?.kind !== "money") return null;
    if (!fromMoney && deltas.length === 0) return null;
    const metric = s.metric(s.index(toMoney));
    if (!metric) return null;
    const partner = s.partner();
    const dirWord = s.all("direction")[0];
    s.use(fromWord, toWord, ...s.all("direction"));
    const toAt = s.attachedPeriod(s.index(toMoney));
    let fromAt: Period | null = null;
    if (fromMoney) fromAt = s.attachedPeriod(s.index(fromMoney));
    else if (fromPeriod?.kind === "period") {
      s.use(fromPeriod);
      fromAt = fromPeriod.period;
    }
    const extra = levels.filter((m) => m !== toMoney).map((m) => ({ m, period: s.attachedPeriod(s.index(m)) }));
    const t = s.timeOrInherited();
    let to: Period | null = toAt ?? t.span?.to ?? t.at ?? t.by ?? null;
    let from: Period | null =
      fromAt ?? t.span?.from ?? (t.base === "year-earlier" && to ? yearEarlier(to) : null) ?? t.before ?? null;
    if (to && !from && fromMoney) {
      // "rose to $48.4 billion in 2017 from $42.3 billion": the earlier level is the period before
      from = previousOf(to);
      s.rules.push(`the earlier level has no period of its own: read as the period before ${periodLabel(to)}`);
    }
    if (!to && fromAt && fromMoney) {
      to = nextOf(fromAt);
      if (to) s.rules.push(`the later level has no period of its own: read as the period after ${periodLabel(fromAt)}`);
    }
    if (!to && from && s.present()) {
      to = LATEST;
      s.rules.push("no period named for the later level: read as the latest full year published at the claim's date");
    }
    if (!from && to && (t.base === "previous-year" || t.base === "previous-month")) from = previousOf(to);
    if (!from || !to) throw new NotRead("the periods of the two levels", fromWord);
    const subj = { metric: metric.metric, perspective: metric.perspective, partner };
    const checks: Check[] = [];
    if (fromMoney)
      checks.push({ ...subj, type: "level", period: from, stated: s.stated(fromMoney, s.qualifierBefore(s.index(fromMoney))) });
    checks.push({ ...subj, type: "level", period: to, stated: s.stated(toMoney, s.qualifierBefore(s.index(toMoney))) });
    for (const x of extra) {
      if (!x.period) throw new NotRead("the period of an amount", x.m);
      checks.push({ ...subj, type: "level", period: x.period, stated: s.stated(x.m, s.qualifierBefore(s.index(x.m))) });
    }
    const said: "up" | "down" | null =
      fromWord.kind === "connective" && fromWord.word === "down-from"
        ? "down"
        : fromWord.kind === "connective" && fromWord.word === "up-from"
          ? "up"
          : (dirWord?.direction ?? null);
    for (const d of deltas) {
      const prev = s.at(s.index(d) - 1);
      const prev2 = s.at(s.index(d) - 2);
      const dir = prev?.kind === "direction" ? prev.direction : prev2?.kind === "direction" ? prev2.direction : (said ?? "up");
      checks.push({ ...subj, type: "delta", from, to, stated: s.stated(d, s.qualifierBefore(s.index(d))), direction: dir });
    }
    for (const m of s.all("multiple").filter((x) => x.via === "verb")) {
      checks.push({
        ...subj,
        type: "ratio",
        from,
        to,
        factor: m.factor,
        qualifier: s.qualifierBefore(s.index(m)),
        word: m.text.trim(),
      });
      s.use(m);
    }
    for (const p of s.all("percent")) {
      checks.push({
        ...subj,
        type: "percent",
        from,
        to,
        percent: (said === "down" ? -1 : 1) * p.value,
        precision: p.precision,
        qualifier: s.qualifierBefore(s.index(p)),
      });
      s.use(p);
    }
    // "down from $56.3bn": the direction is a claim too, when no amount of change states it
    if (said && !checks.some((c) => c.type === "delta" || c.type === "ratio" || c.type === "percent")) {
      checks.push({ ...subj, type: "direction", from, to, direction: said, word: (dirWord ?? fromWord).text.trim() });
    }
    for (const c of s.all("connective")) s.use(c);
    return { checks, rules: [] };
  },
};

/** "up $4.1 billion", "by $14 billion", "down by about $5 billion": an amount that is a change, not a level. */
function isDelta(s: Scope, m: Mention): boolean {
  const i = s.index(m);
  const prev = s.at(i - 1);
  const prev2 = s.at(i - 2);
  if (s.isWord(prev, "by")) return true;
  // "surged 18 percent, or $10.6 billion": the same change in dollars
  if (prev?.kind === "connective" && prev.word === "equals" && /^or$/i.test(prev.text.trim()) && prev2?.kind === "percent")
    return true;
  // "fell below $50 billion", "rose above $60 billion": a bound on the level reached, not on the change
  if (
    prev?.kind === "qualifier" &&
    prev2?.kind === "direction" &&
    /^(below|under|above|over|past|beyond)$/i.test(prev.text.trim())
  )
    return false;
  if (prev?.kind === "qualifier" && (prev2?.kind === "direction" || s.isWord(prev2, "by"))) return true;
  if (prev?.kind === "direction") return !s.isWord(s.at(i + 1), "to");
  return false;
}

/** Changes over a span: doubled, by X%, by $X, went up/down; "rose to $X in 2018" adds the level reached. */
const change: Form = {
  name: "change",
  reads: "changes over a period",
  examples: [
    "The deficit doubled between 2011 and 2016",
    "exports fell by 3% in 2016",
    "the deficit grew by $14.3 billion in 2024",
    "Since KORUS went into effect, US goods exports to Korea have gone down",
    "under the 2012 agreement us exports to korea have grown by more than half",
  ],
  read(s) {
    const mult = s.all("multiple").find((m) => m.via !== "times" && !s.used.has(m));
    const dir = directionOf(s);
    if (!mult && !dir) return null;
    // "exports, which had fallen in 2023, rose in 2024", "which had doubled …, rose in 2017": two changes in one
    // clause, each with its own period
    const other = s.all("direction").find((d) => dir && d.direction !== dir.direction);
    if (other) throw new NotRead("two changes of opposite sense in one clause", other);
    const metric = s.metric(s.index((mult ?? dir)!));
    if (!metric) return null;
    const partner = s.partner();
    const t = s.timeOrInherited();
    // "which had doubled between 2011 and 2016, rose in 2017": two changes with periods of their own; "increased
    // $15.1 billion between 2011 and 2015, more than doubling" is one change said twice
    const twice = mult?.via === "verb" && dir && !/^(up|down)$/i.test(dir.text.trim());
    if (twice && (dir.direction !== up("up", mult.factor) || !t.span || t.pair || t.at))
      throw new NotRead("two changes in one clause", dir);
    // "grew in 2015 and 2016", "fell in 2016, 2017 and 2018": went up or down in each year, against the year before
    if (t.each && dir && !mult && !s.all("percent").length && !s.all("money").length) {
      s.use(...s.all("direction"));
      for (const c of s.all("connective")) s.use(c);
      s.rules.push(`"${dir.text.trim()}" in each of several years: each year against the year before`);
      const word = dir.text.trim();
      return {
        checks: t.each.map((p) => ({
          ...metric,
          partner,
          type: "direction" as const,
          from: yearEarlier(p),
          to: p,
          direction: dir.direction,
          word,
        })),
        rules: [],
      };
    }
    const span = s.changeSpan(t);
    if (!span) throw new NotRead("the period of the change (say between which years)", mult ?? dir);
    const subj = { metric: metric.metric, perspective: metric.perspective, partner, from: span.from, to: span.to };
    const checks: Check[] = [];
    const pct = s.all("percent").filter((p) => !s.used.has(p));
    const money = s.all("money").filter((m) => !s.used.has(m));
    if (pct.length > 1) throw new NotRead("several percents in one clause, each against its own base", pct[1]);
    const direction = dir?.direction ?? (mult ? up("up", mult.factor) : "up");
    s.use(dir, ...s.all("direction"));
    if (mult && mult.via === "verb") {
      checks.push({
        ...subj,
        type: "ratio",
        factor: mult.factor,
        qualifier: s.qualifierBefore(s.index(mult)),
        word: mult.text.trim(),
      });
      s.use(mult);
    } else if (mult && mult.via === "fraction") {
      const q = s.qualifierBefore(s.index(mult));
      checks.push({
        ...subj,
        type: "percent",
        percent: (direction === "down" ? -100 : 100) * mult.factor,
        precision: 0.5,
        qualifier: q,
      });
      s.use(mult);
    }
    for (const p of pct) {
      checks.push({
        ...subj,
        type: "percent",
        percent: (direction === "down" ? -1 : 1) * p.value,
        precision: p.precision,
        qualifier: s.qualifierBefore(s.index(p)),
      });
      s.use(p);
    }
    for (const m of money) {
      // "from $13.2 billion in 2011", "from 2011's $13.2 billion": the level it started from
      const i = s.index(m);
      // "at $43.5 billion in 2011, fell to …", "($125.5bn in 2025, vs $131.5bn in 2024)": a level with its own period
      const own = s.at(i + (s.isWord(s.at(i + 1), "in", "of", "for") ? 2 : 1));
      if (own?.kind === "period" && !isDelta(s, m)) {
        checks.push({
          type: "level",
          metric: metric.metric,
          perspective: metric.perspective,
          partner,
          period: own.period,
          stated: s.stated(m, s.qualifierBefore(i)),
        });
        continue;
      }
      if (s.isWord(s.at(i - 1), "from") || (s.at(i - 1)?.kind === "period" && s.isWord(s.at(i - 2), "from"))) {
        checks.push({
          type: "level",
          metric: metric.metric,
          perspective: metric.perspective,
          partner,
          period: span.from,
          stated: s.stated(m, "exact"),
        });
        continue;
      }
      // "rose to $X", "imported $X … an increase of 5%": the level reached; "by $X", "up $X": the change
      if (!isDelta(s, m)) {
        checks.push({
          type: "level",
          metric: metric.metric,
          perspective: metric.perspective,
          partner,
          period: span.to,
          stated: s.stated(m, s.qualifierBefore(s.index(m))),
        });
      } else {
        checks.push({ ...subj, type: "delta", stated: s.stated(m, s.qualifierBefore(s.index(m))), direction });
      }
    }
    if (checks.filter((c) => c.type !== "level").length === 0 && dir) {
      checks.unshift({ ...subj, type: "direction", direction: dir.direction, word: dir.text.trim() });
    }
    for (const c of s.all("connective")) s.use(c);
    return { checks, rules: [] };
  },
};

const level: Form = {
  name: "level",
  reads: "levels for a year, month, quarter, half or the first months of a year",
  examples: [
    "The US goods deficit with Korea was $16.6 billion in 2012",
    "the deficit with korea in June 2023 was $5.6 billion",
    "In the first half of 2017 the US deficit with Korea was $10.8 billion",
    "in the first five months of 2019 the deficit with korea was $10.1 billion",
    "Korea's trade surplus with the US was about $23 billion in 2017",
  ],
  read(s) {
    const money = s.all("money").filter((m) => !s.used.has(m));
    if (money.length === 0) return null;
    if (s.has("percent") || s.has("multiple")) return null;
    const checks: Check[] = [];
    const attached = money.map((m) => ({ m, period: s.attachedPeriod(s.index(m)) }));
    // "about $28bn in 2015 and 2017": a period no amount is attached to would go unchecked
    const stray = attached.every((a) => a.period) && s.all("period").find((p) => !s.used.has(p));
    if (stray) throw new NotRead("a period with no amount of its own", stray);
    // "$13.2bn and $27.6bn in 2016 and 2011", "2025: $56.5B (2024: $65.7B)": which amount goes with which period
    // is not read from the order
    const figureOf = (m: (typeof money)[number]) => `${s.metric(s.index(m))?.metric}:${m.currency}`;
    // "the larger deficit ($28 billion in 2016 versus $17 billion in 2012)": the amounts state the comparison
    if (money.length > 1 && attached.every((a) => a.period))
      s.use(...s.all("comparative").filter((c) => !/than$/.test(c.text.trim())));
    const loose = attached.find((a) => !a.period && money.some((o) => o !== a.m && figureOf(o) === figureOf(a.m)));
    if (loose) throw new NotRead("several amounts of one figure, not each with its own period", loose.m);
    const t = s.timeOrInherited();
    const partner = s.partner();
    for (const { m, period } of attached) {
      const metric = s.metric(s.index(m));
      if (!metric) return null;
      // "in 2011 and 2015, exports were $43.5 billion": the level is said of both
      if (!period && t.pair && t.span && money.length === 1) {
        const q = s.qualifierBefore(s.index(m));
        for (const p of [t.span.from, t.span.to]) {
          checks.push({
            type: "level",
            metric: metric.metric,
            perspective: metric.perspective,
            partner,
            period: p,
            stated: s.stated(m, q),
          });
        }
        continue;
      }
      const p = period ?? s.periodOf(t);
      checks.push({
        type: "level",
        metric: metric.metric,
        perspective: metric.perspective,
        partner,
        period: p,
        stated: s.stated(m, s.qualifierBefore(s.index(m)), metric.metric === "balance"),
      });
    }
    for (const c of s.all("connective")) s.use(c);
    return { checks, rules: [] };
  },
};

/** The forms, in the order they are tried: the first that reads a clause wins. */
/** "35% of" (±half a unit of the last digit), "half of", "a third of" (±3 points): the share a mention says, if it says one. */
function shareOf(m: Mention): { mention: Mention; low: number; high: number } | null {
  const t = m.text.trim().toLowerCase();
  const pct = /^(\d+(?:\.(\d+))?)\s*(?:%|percent|per\s+cent|pct|pc)\s+of$/.exec(t);
  if (pct) {
    const half = 0.5 * 10 ** -(pct[2]?.length ?? 0);
    return { mention: m, low: (Number(pct[1]) - half) / 100, high: (Number(pct[1]) + half) / 100 };
  }
  const frac = /^(.+?)\s+of$/.exec(t);
  const f = frac ? FRACTIONS[frac[1]!] : undefined;
  return f === undefined ? null : { mention: m, low: f - 0.03, high: f + 0.03 };
}

/** "autos make up most of the deficit", "cars were about half of Korea's surplus in 2016" */
const share: Form = {
  name: "share",
  reads: "the auto part of the deficit or surplus: 'most of', 'half of', 'a third of' (words, not percents)",
  examples: [
    "Autos make up most of the US trade deficit with Korea",
    "In 2016 vehicles and parts accounted for the bulk of Korea's surplus with the US",
  ],
  read(s) {
    const product = s.first("product");
    if (!product) return null;
    const said = s.all("unreadable").filter(isShareWords);
    const inWords = s.first("share");
    const word = inWords ? { mention: inWords, low: inWords.low, high: inWords.high } : said.map(shareOf).find((x) => x !== null);
    if (!word) return null;
    if (s.has("money") || s.has("multiple") || s.all("percent").length) return null;
    const metric = s.metric(s.index(word.mention)) ?? s.inherited.metric;
    // "most of the US trade deficit": with every country, unless a partner is named
    if (metric?.perspective === "us" && s.has("us") && !s.has("partner"))
      throw new NotRead("whose deficit: the US deficit with every country, or with Korea? (say 'with Korea')", word.mention);
    if (metric?.metric !== "deficit")
      throw new NotRead(
        "which figure this is a share of (korus reads shares of the US deficit or Korea's surplus with the US)",
        word.mention,
      );
    const t = s.timeOrInherited();
    let period: Period;
    if (t.at || t.by || t.span || t.before) period = s.periodOf(t);
    else {
      // "autos make up most of the deficit": a share is said in the present; it is the latest full year's
      s.rules.push("no period named: the share is read for the latest full year published at the claim's date");
      period = LATEST;
    }
    s.use(word.mention, product, ...said, ...s.all("connective"), ...s.all("sign-verb"));
    return {
      checks: [
        {
          type: "share",
          metric: metric.metric,
          perspective: metric.perspective,
          partner: s.partner(),
          product: product.product,
          period,
          low: word.low,
          high: word.high,
          word: word.mention.text.trim(),
        },
      ],
      rules: [],
    };
  },
};

export const FORMS: readonly Form[] = [
  age,
  fx,
  share,
  everyYear,
  sign,
  rank,
  record,
  compare,
  multipleOf,
  percentOf,
  levelsChange,
  change,
  level,
];

/** "an amount in brackets after a dollar amount" is an equivalence to check too: "$13.2 billion (11.6 billion euros)" */
export function bracketedFx(s: Scope): Check[] {
  const checks: Check[] = [];
  const ms = s.ms;
  for (let i = 0; i + 2 < ms.length; i++) {
    const a = ms[i]!;
    const open = ms[i + 1]!;
    const b = ms[i + 2]!;
    if (a.kind === "money" && b.kind === "money" && s.isWord(open, "open") && a.currency !== b.currency) {
      checks.push({ type: "fx", amount: { ...s.stated(a, "exact") }, result: s.stated(b, "exact"), date: null });
      s.used.delete(a); // the dollar amount still states its level
      s.use(open, b, s.isWord(ms[i + 3], "close") ? ms[i + 3] : null);
    }
  }
  return checks;
}
