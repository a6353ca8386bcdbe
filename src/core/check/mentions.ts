/**
 * Stage 2 of the claim reader: one pass over the claim that finds every meaningful token with its position
 * and value (amounts, percents, multiples, periods, events, partners, trade figures, change words,
 * comparatives, superlatives, qualifiers, connectives). A declared list of patterns, each anchored at the
 * current position and bounded, so the pass is linear in the length of the claim; the longest match wins.
 */
import { COUNTRIES } from "../countries";
import type { Currency } from "../currencies";
import { inRange, rangeWhy, readDecimal, scaleDecimal } from "../number";
import {
  CROSSING,
  DOWN_VERBS,
  EVENT_NAMES,
  FRACTIONS,
  GREATER,
  HEDGES,
  KOREAN_SOURCES,
  LESS,
  MAX_WORDS,
  METRIC_PHRASES,
  MIN_WORDS,
  MONTHS,
  MULTIPLIER_VERBS,
  NARROW_VERBS,
  NEGATIONS,
  NUMBER_WORDS,
  OFF_TOPIC,
  ORDINALS,
  PRODUCTS,
  QUALIFIERS,
  REBUTTALS,
  REPORTING,
  SHARE_WORDS,
  TIMES_WORDS,
  UNREADABLE,
  UP_VERBS,
  US_SOURCES,
  WIDEN_VERBS,
} from "./lexicon";
import type { Metric, Period, Perspective, Product, Qualifier } from "./types";

export type Connective =
  | "when"
  | "from"
  | "to"
  | "between"
  | "and"
  | "since"
  | "by"
  | "than"
  | "in"
  | "of"
  | "for"
  | "up-from"
  | "down-from"
  | "compared"
  | "equals"
  | "open"
  | "close"
  | "with"
  | "did"
  | "was"
  | "is"
  | "now";

export type MentionValue =
  | { kind: "money"; value: number; currency: Currency; precision: number; implicit: boolean; negative: boolean }
  | { kind: "percent"; value: number; precision: number }
  | { kind: "points" }
  | { kind: "multiple"; factor: number; via: "verb" | "times" | "fraction"; word: string }
  | { kind: "period"; period: Period }
  | { kind: "range"; from: number; to: number }
  | { kind: "this-year"; period: "year" | { from: number; to: number } | { quarter: number } | { half: number } }
  | { kind: "last-year" }
  | { kind: "past-years"; years: number }
  | { kind: "year-earlier" }
  | { kind: "same-period"; year: number }
  | { kind: "previous-month" }
  | { kind: "previous-year" }
  | { kind: "ago"; years: number; tookEffect: boolean }
  | { kind: "age"; years: number; qualifier: Qualifier }
  | { kind: "event"; anchor: string; role: "since" | "before" | "name"; firstYears: number | null }
  | { kind: "fiscal" }
  | { kind: "partner"; name: string }
  | { kind: "us" }
  /** owner: the country whose own figure it is, where a rewrite made it so ("Korea ran a deficit with Japan") */
  | { kind: "metric"; metric: Metric; perspective: Perspective; owner?: string }
  | { kind: "direction"; direction: "up" | "down"; gap: boolean }
  | { kind: "comparative"; relation: "greater" | "less"; crossing: boolean }
  | { kind: "superlative"; extreme: "max" | "min"; position: number; record: boolean }
  | { kind: "ordinal"; n: number }
  | { kind: "on-record" }
  | { kind: "among"; n: number }
  | { kind: "rank-noun" }
  | { kind: "ranked"; n: number }
  | { kind: "sign-verb" }
  | { kind: "black-red"; sign: "surplus" | "deficit" }
  | { kind: "surplus" }
  | { kind: "every-year" }
  | { kind: "frequency"; frequency: "monthly" | "annual" }
  | { kind: "qualifier"; qualifier: Qualifier }
  | { kind: "connective"; word: Connective }
  | { kind: "negation" }
  | { kind: "tie" }
  | { kind: "cumulative" }
  | { kind: "change-superlative" }
  | { kind: "hedge" }
  | { kind: "korean-source" }
  | { kind: "us-source" }
  | { kind: "off-topic" }
  | { kind: "product"; product: Product }
  | { kind: "share"; low: number; high: number | null }
  | { kind: "rebuttal" }
  /** "said", "according to": the claim reports a statement */
  | { kind: "reported" }
  | { kind: "unreadable"; what: string }
  /** "51 million people": a count of something that is not money, which no form reads or needs */
  | { kind: "quantity" }
  | { kind: "number"; value: number }
  | { kind: "clause-break" };

export type Mention = MentionValue & { start: number; end: number; text: string };
export type MentionKind = Mention["kind"];

/** The kinds that carry meaning: each must be used by a check or be reported as not read. */
export const MEANINGFUL: ReadonlySet<MentionKind> = new Set<MentionKind>([
  "product",
  "share",
  "money",
  "percent",
  "points",
  "multiple",
  "period",
  "range",
  "this-year",
  "last-year",
  "past-years",
  "year-earlier",
  "same-period",
  "previous-month",
  "previous-year",
  "ago",
  "age",
  "event",
  "fiscal",
  "direction",
  "comparative",
  "superlative",
  "ordinal",
  "among",
  "ranked",
  "every-year",
  "qualifier",
  "number",
  "negation",
  "hedge",
  "tie",
  "cumulative",
  "change-superlative",
  "unreadable",
  "frequency",
]);

/** "make up", "accounts for", "35% of", "half of": the words of a share of a total */
export function isShareWords(m: Mention): boolean {
  return m.kind === "unreadable" && m.what.startsWith("shares of a total");
}

/** Kinds whose meaning the forms never read: a clause with one is not judged (read.ts says why, per kind). */
export const BLOCKING: ReadonlySet<MentionKind> = new Set<MentionKind>([
  "negation",
  "hedge",
  "fiscal",
  "this-year",
  "points",
  "tie",
  "cumulative",
  "unreadable",
]);

/** Kinds that state something to check about a figure: an amount, a change, a comparison, a record, a rank. */
export const CLAIM_KINDS: ReadonlySet<MentionKind> = new Set<MentionKind>([
  "money",
  "percent",
  "multiple",
  "direction",
  "comparative",
  "superlative",
  "among",
]);

// ---------------------------------------------------------------------------------------------------------
// Folding: Unicode compatibility forms (fullwidth digits are digits), lower case, one apostrophe and dash, and
// the usual names of the US and Korea folded to "us" and "korea". Every replacement keeps the length (padded
// with spaces on the left), so positions in the folded text are positions in the claim.

const FOLDS: [RegExp, string][] = [
  [/\bthe united states of america\b/g, "us"],
  [/\bunited states of america\b/g, "us"],
  [/\bthe united states\b/g, "us"],
  [/\bunited states\b/g, "us"],
  [/\bu\.\s?s\.\s?a\.?(?![a-z])/g, "us"],
  [/\bu\.\s?s\.?(?![a-z])/g, "us"],
  [/\busa\b/g, "us"],
  [/\bamerica\b/g, "us"],
  [/\bamerican\b/g, "us"],
  [/\bwashington\b/g, "us"],
  // Korean and Chinese press name the US by its size
  [/\bthe world's (?:largest|biggest) economy\b/g, "us"],
  [/\bthe largest economy in the world\b/g, "us"],
  [/\bthe republic of korea\b/g, "korea"],
  [/\brepublic of korea\b/g, "korea"],
  [/\bsouth korea\b/g, "korea"],
  [/\bs\.\s?korea\b/g, "korea"],
  [/\bsouth korean\b/g, "korean"],
  [/\brok\b/g, "korea"],
  [/\bseoul\b/g, "korea"],
  [/\bu\.s\.-korea\b/g, "us-korea"],
];

function padLeft(s: string, length: number): string {
  return s.length >= length ? s.slice(0, length) : " ".repeat(length - s.length) + s;
}

export function fold(text: string): string {
  return foldWithNames(text).folded;
}

/** The folded text, and where each folded name stands ("the United States" → "us", padded to its length). */
function foldWithNames(text: string): { folded: string; names: [number, number][] } {
  // lower case in one call when it keeps every length (it only ever lengthens: İ → i̇), else character by character
  let out = text.toLowerCase();
  if (out.length !== text.length) {
    out = "";
    for (const ch of text) {
      const lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  out = out
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2212]/g, "-")
    .replace(/[\u2014\u2015]/g, ";")
    .replace(/\s/g, " ");
  const names: [number, number][] = [];
  for (const [re, to] of FOLDS)
    out = out.replace(re, (m, at: number) => {
      names.push([at, at + m.length]);
      return padLeft(to, m.length);
    });
  return { folded: out, names };
}

// ---------------------------------------------------------------------------------------------------------
// Pattern pieces. Spaces in a phrase match any run of whitespace; every pattern ends at a word boundary.

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const phrase = (s: string) => esc(s).replace(/ /g, "\\s+");
const oneOf = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(phrase)
    .join("|");

const NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:e[+-]?\\d+)?";
// Number words and month names are matched as plain words and checked in code (count, readNumber, MONTHS):
// long alternations make every pattern slow to compile, which is most of a claim's reading time.
const WORDNUM_INT = "(?:[a-z]+(?:-[a-z]+)?)";
/** "nine-point-nine", "36-point-five", "twenty-seven point six": how broadcast copy spells decimals */
// digits after "point" are words of 3-5 letters (zero … nine), checked in readNumber
const SPOKEN = "(?:[a-z]+(?:-[a-z]+)?|\\d+)[- ]point(?:[- ](?:[a-z]{3,5}|\\d+)(?![a-z]))+";
const ANYNUM = `(?:${SPOKEN}|${NUM}|${WORDNUM_INT})`;
const COUNT = `(?:\\d+|${WORDNUM_INT}|a|an)`;
const YEAR = "(?:19[5-9]\\d|20[0-4]\\d)";
const MONTH = "[a-z]{3,9}";
const ORD = `(?:${oneOf(Object.keys(ORDINALS))}|\\d+(?:st|nd|rd|th))`;
const END = "(?![a-z0-9])";
const SCALE =
  "k|m|mn|mln|mil|b|bn|bln|bil|t|tn|trn|thousand\\s+million|thousand|million|millions|billion|billions|trillion|trillions";
const CURRENCY_WORDS =
  "us dollars|us dollar|dollars|dollar|usd|euros|euro|eur|korean won|won|krw|japanese yen|yen|jpy|yuan|cny|renminbi|rmb";
const SYMBOL = "us\\$|\\$|€|₩|cn¥|¥|(?:usd|eur|krw|jpy|cny|rmb)(?=\\s?\\d)";
/** "-$56.5 billion", "minus $56.5 billion": a sign before an amount (not the dash of "$55-60 billion") */
const MINUS = "(?<![a-z0-9$])(?:-|minus\\s+)";

const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  "thousand million": 1e9,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  bil: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  tn: 1e12,
  trn: 1e12,
  trillion: 1e12,
  trillions: 1e12,
};

function currencyOf(symbol: string | undefined, word: string | undefined): Currency | null {
  const s = (symbol ?? "").trim();
  if (s === "$" || s === "us$") return "USD";
  if (s === "€") return "EUR";
  if (s === "₩") return "KRW";
  if (s === "¥") return "JPY";
  if (s === "cn¥") return "CNY";
  if (/^[a-z]+$/.test(s)) return currencyOf(undefined, s);
  const w = (word ?? "").replace(/\s+/g, " ");
  if (/dollar|usd/.test(w)) return "USD";
  if (/euro|eur/.test(w)) return "EUR";
  if (/won|krw/.test(w)) return "KRW";
  if (/yen|jpy/.test(w)) return "JPY";
  if (/yuan|cny|renminbi|rmb/.test(w)) return "CNY";
  return null;
}

/** A number as written, with the precision its last digit implies (half a unit of it). */
export function readNumber(text: string): { value: number; precision: number; scaled?: (power: number) => number } | null {
  const t = text.trim();
  const spoken = /^(.+?)-point((?:-[a-z0-9]+)+)$/.exec(t.replace(/\s+/g, "-"));
  if (spoken) {
    const whole = wordInt(spoken[1]!);
    // "21-point-67", "nine-point-nine", "36-point-five": digit words one by one, or a run of digits
    const digits = spoken[2]!
      .slice(1)
      .split("-")
      .flatMap((d) => (/^\d+$/.test(d) ? [...d].map(Number) : [NUMBER_WORDS[d] ?? Number.NaN]));
    if (whole === null || digits.some((d) => !(d >= 0 && d <= 9))) return null;
    return { value: Number(`${whole}.${digits.join("")}`), precision: 0.5 * 10 ** -digits.length };
  }
  const word = wordInt(t);
  if (word !== null) return { value: word, precision: 0.5 };
  if (!new RegExp(`^${NUM}$`).test(t)) return null;
  // the one number reader (core/number.ts): exact, or not read at all (findMentions says why)
  const r = readDecimal(t);
  return r.ok
    ? { value: r.reading.value, precision: r.reading.precision, scaled: (power) => scaleDecimal(r.reading, power) }
    : null;
}

/** The zeros a digit string ends with, counted (a pattern anchored at the end is quadratic on "1000…0001"). */
function trailingZeros(digits: string): number {
  let n = 0;
  while (n < digits.length && digits[digits.length - 1 - n] === "0") n++;
  return n;
}

function wordInt(w: string): number | null {
  if (/^\d+$/.test(w)) return Number(w);
  const parts = w.split("-");
  if (parts.length === 1) return NUMBER_WORDS[w] ?? null;
  if (parts.length === 2) {
    const tens = NUMBER_WORDS[parts[0]!];
    const unit = NUMBER_WORDS[parts[1]!];
    if (tens !== undefined && tens >= 20 && unit !== undefined && unit < 10) return tens + unit;
  }
  return null;
}

/** "'16" is 2016, "'98" 1998: the data run from 1985, so a two-digit year from 50 up is in the 1900s. */
function shortYear(yy: string): number {
  const n = Number(yy);
  return n >= 50 ? 1900 + n : 2000 + n;
}

function count(w: string | undefined): number | null {
  if (w === undefined) return null;
  if (w === "a" || w === "an") return 1;
  return wordInt(w.trim());
}

function ordinal(w: string): number | null {
  const d = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  return d ? Number(d[1]) : (ORDINALS[w] ?? null);
}

function fullYear(y: string, century: string): number {
  return y.length === 4 ? Number(y) : Number(century.slice(0, 2) + y);
}

/** "this year", "last year" or a year, after a part-year phrase ("the first half of …"). */
const YEAR_REF = `(?:\\s+of)?(?:\\s+(?:the\\s+)?(${YEAR}|this\\s+year|last\\s+year|(?:the\\s+)?current\\s+year))?`;

type Build = (m: RegExpExecArray) => MentionValue | null;

/** Qualifiers that are also prepositions ("under President Obama", "about the deal"): only before a figure. */
const PREPOSITIONS = /^(under|over|past|above|below|about|around|some|circa)$/;

interface Rule {
  name: string;
  /** the tokens a match can start with: words, "#" for a digit, or a symbol; only those rules are tried */
  first: readonly string[];
  /** the match at position i of the folded text: where it ends and what it means, or null */
  match(t: string, i: number): { end: number; value: MentionValue } | null;
}

/**
 * Words one of which any match of a rule contains (in the folded text): a claim without them never compiles that
 * rule's pattern. Only rules that digits or common words can start need one.
 */
const NEEDS: Readonly<Record<string, readonly string[]>> = {
  "percentage points": ["point"],
  percent: ["%", "per", "pc"],
  times: ["times", "x", "fold"],
  "year range": ["-", "to", "thru", "through"],
  "months run": ["-", "to", "thru", "through", "until"],
  "first months": ["month"],
  quarter: ["quarter", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"],
  half: ["half", "h1", "h2", "1h", "2h"],
  "bare quarter": ["q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "h1", "h2", "1h", "2h"],
  "short year": ["'", "1q", "2q", "3q", "4q", "1h", "2h"],
  "iso month": ["-"],
  "years ago": ["ago"],
  "n-year-old": ["old"],
  "fiscal year": ["fy", "fiscal"],
};

/** Where each needed word last occurs in the text being read: "occurs at or after i" in constant time, not a scan. */
let lastSeenIn = "";
const lastAt = new Map<string, number>();
function occursFrom(t: string, word: string, i: number): boolean {
  if (t !== lastSeenIn) {
    lastSeenIn = t;
    lastAt.clear();
  }
  let at = lastAt.get(word);
  if (at === undefined) {
    at = t.lastIndexOf(word);
    lastAt.set(word, at);
  }
  return at >= i;
}

/**
 * A rule from a pattern, compiled on first use: a claim touches a few of the patterns, and each costs time to
 * compile. `needs`: words one of which a match must contain, so a claim without them never compiles it.
 */
function rule(
  name: string,
  first: readonly string[],
  source: () => string,
  build: Build,
  end = END,
  needs: readonly string[] = NEEDS[name] ?? [],
): Rule {
  let re: RegExp | undefined;
  return {
    name,
    first,
    match(t, i) {
      if (needs.length && !needs.some((w) => occursFrom(t, w, i))) return null;
      re ??= new RegExp(`(?:${source()})${end}`, "y");
      re.lastIndex = i;
      const m = re.exec(t);
      if (!m || m[0].length === 0) return null;
      const value = build(m);
      return value ? { end: i + m[0].length, value } : null;
    },
  };
}

const TOKEN_AT = /\s*([a-z0-9]+|[^\sa-z0-9])/y;

/** Up to n tokens from position i: words and single symbols, spaces between them skipped ("us - korea" = "us-korea"). */
function tokensAt(t: string, i: number, n: number): { tok: string; end: number }[] {
  const out: { tok: string; end: number }[] = [];
  TOKEN_AT.lastIndex = i;
  for (let m = TOKEN_AT.exec(t); m && out.length < n; m = TOKEN_AT.exec(t)) out.push({ tok: m[1]!, end: TOKEN_AT.lastIndex });
  return out;
}

/**
 * A list of phrases matched token by token, longest first: the long word lists (countries, figures, events, off-topic
 * words) as lookups, not as alternations, which V8 takes milliseconds to compile.
 */
class Phrases<V> {
  /** the phrases by their first word, split into tokens when that word first occurs in a claim */
  private readonly byFirst = new Map<string, { phrase: string; toks: string[] | null; value: V }[]>();
  private readonly longest: number;

  constructor(entries: readonly (readonly [string, V])[]) {
    let longest = 0;
    for (const [phrase, value] of entries) {
      const first = /^[a-z0-9]+|^[^\sa-z0-9]/.exec(phrase)![0];
      longest = Math.max(longest, phrase.split(/[\s'-]+/).length * 2);
      const list = this.byFirst.get(first) ?? [];
      list.push({ phrase, toks: null, value });
      this.byFirst.set(first, list);
    }
    this.longest = longest;
  }

  get firsts(): string[] {
    return [...this.byFirst.keys()].map((k) => (/^\d/.test(k) ? "#" : k));
  }

  private candidates(first: string): { toks: string[]; value: V }[] {
    const list = this.byFirst.get(first) ?? [];
    if (list.some((c) => c.toks === null)) {
      for (const c of list) c.toks ??= tokensAt(c.phrase, 0, 99).map((x) => x.tok);
      list.sort((a, b) => b.toks!.length - a.toks!.length);
    }
    return list as { toks: string[]; value: V }[];
  }

  /** The longest phrase at i that ends at a word boundary. */
  match(t: string, i: number): { end: number; value: V } | null {
    // the first token picks the candidates; only when there are some are more tokens read
    const first = tokensAt(t, i, 1)[0]?.tok ?? "";
    if (!this.byFirst.has(first)) return null;
    const toks = tokensAt(t, i, this.longest);
    for (const c of this.candidates(first)) {
      if (c.toks.every((x, k) => toks[k]?.tok === x)) {
        const end = toks[c.toks.length - 1]!.end;
        if (!/[a-z0-9]/.test(t[end] ?? "") || !/[a-z0-9]$/.test(c.toks.at(-1)!)) return { end, value: c.value };
      }
    }
    return null;
  }
}

function phraseRule<V>(name: string, phrases: Phrases<V>, build: (v: V) => MentionValue | null): Rule {
  return {
    name,
    first: phrases.firsts,
    match(t, i) {
      const m = phrases.match(t, i);
      const value = m && build(m.value);
      return m && value ? { end: m.end, value } : null;
    },
  };
}

/** A rule made of pieces: each piece a sticky pattern or a phrase list, matched one after the other. */
function sequence(
  name: string,
  first: readonly string[],
  pieces: readonly (RegExp | { match(t: string, i: number): { end: number; value: unknown } | null })[],
  build: (parts: (RegExpExecArray | { value: unknown } | null)[]) => MentionValue | null,
): Rule {
  return {
    name,
    first,
    match(t, i) {
      const parts: (RegExpExecArray | { value: unknown } | null)[] = [];
      let j = i;
      for (const piece of pieces) {
        if (piece instanceof RegExp) {
          piece.lastIndex = j;
          const m = piece.exec(t);
          parts.push(m);
          if (m) j = piece.lastIndex;
        } else {
          const m = piece.match(t, j);
          if (!m) return null;
          parts.push(m);
          j = m.end;
        }
      }
      if (/[a-z0-9]/.test(t[j] ?? "") && /[a-z0-9]/.test(t[j - 1] ?? "")) return null;
      const value = build(parts);
      return value ? { end: j, value } : null;
    },
  };
}

/** The first word of each phrase ("more than" → "more", "korea's exports" → "korea"); "#" for a digit. */
function firstWords(...lists: readonly (string | readonly string[])[]): string[] {
  const words = lists.flat().map((p) => /^[a-z]+|^\d|^./.exec(p)![0]);
  return [...new Set(words.map((w) => (/^\d$/.test(w) ? "#" : w)))];
}

const NUMBERS = ["#", ...Object.keys(NUMBER_WORDS)];
const COUNTS = [...NUMBERS, "a", "an"];

function partOfYear(
  ref: string | undefined,
  part: { quarter: number } | { half: number } | { from: number; to: number },
): MentionValue | null {
  const r = (ref ?? "").replace(/\s+/g, " ").replace(/^the /, "");
  const months =
    "quarter" in part
      ? { from: part.quarter * 3 - 2, to: part.quarter * 3 }
      : "half" in part
        ? { from: part.half * 6 - 5, to: part.half * 6 }
        : part;
  if (r === "" || r === "this year" || r === "current year" || r === "last year") {
    const anchor = r === "" ? "recent" : r === "last year" ? "last" : "this";
    return { kind: "period", period: { kind: "relative", anchor, back: 0, ...months } };
  }
  const year = Number(r);
  if ("quarter" in part) return { kind: "period", period: { kind: "quarter", year, quarter: part.quarter } };
  if ("half" in part) return { kind: "period", period: { kind: "half", year, half: part.half } };
  return { kind: "period", period: { kind: "months", year, from: part.from, to: part.to } };
}

/**
 * "the 2012 agreement", "the 2018 revision": an agreement named by its year; the year is looked up among the
 * timeline's anchors when the clause is read (anchor "@2012"), never written here.
 */
const DATED_EVENT =
  /(?:the\s+)?((?:19|20)\d\d)\s+(?:free[\s-]+trade\s+|trade\s+)?(?:agreement|deal|fta|pact|accord|revision|amendments?|renegotiation)/y;

const EVENT_NAME = {
  match(t: string, i: number): { end: number; value: string } | null {
    const named = EVENT_PHRASES.match(t, i);
    if (named) return named;
    DATED_EVENT.lastIndex = i;
    const m = DATED_EVENT.exec(t);
    return m ? { end: DATED_EVENT.lastIndex, value: `@${m[1]}` } : null;
  },
};

const EVENT_PHRASES = new Phrases(
  EVENT_NAMES.flatMap(([name, anchor]) => [
    [name, anchor] as const,
    ...(name.startsWith("the ") ? [] : [[`the ${name}`, anchor] as const]),
  ]),
);
const METRIC = new Phrases(
  METRIC_PHRASES.map(([phrase, metric, perspective]) => [phrase, [metric, perspective] as const] as const),
);

/** Words that start a cause with a figure of its own. */
const CAUSES = [
  "thanks to",
  "on the back of",
  "driven by",
  "driven largely by",
  "due to",
  "because of",
  "as a result of",
  "amid",
  "led by",
  "helped by",
  "fueled by",
  "fuelled by",
  "owing to",
];

const RULES: Rule[] = [
  rule(
    "clause break",
    // a cause is a statement of its own: "narrowed thanks to a 15% rise in exports" puts the 15% on exports
    [";", ":", "-", "while", "whereas", "but", "meanwhile", "so", ...firstWords(CAUSES)],
    () =>
      `[;:]|(?<=\\s)-(?=\\s)|--|\\bwhile\\b|\\bwhereas\\b|\\bbut\\b|\\bmeanwhile\\b|\\bso(?=\\s+(?:it|it's|that|this|they|we|he|she|the)\\b)|${oneOf(CAUSES)}`,
    () => ({ kind: "clause-break" }),
  ),
  // amounts: a symbol, a scale or a currency word makes a number an amount
  rule(
    "amount",
    [...NUMBERS, "$", "€", "₩", "¥", "us", "cn", "usd", "eur", "krw", "jpy", "cny", "rmb", "-", "minus"],
    () => `(${MINUS})?(${SYMBOL})?\\s?(${ANYNUM})(?:(?:\\s{1,3}|-)?(${SCALE}))?(?:\\s+(?:in\\s+|of\\s+)?(${CURRENCY_WORDS}))?`,
    (m) => {
      const [, minus, symbol, num, scale, word] = m;
      if (!symbol && !scale && !word) return null;
      const n = readNumber(num!);
      if (!n) return null;
      const unit = scale ? SCALES[scale.replace(/\s+/g, " ")]! : 1;
      // in decimal, so "$27.6e3 million" is 27600000000 exactly
      const value = n.scaled ? n.scaled(Math.round(Math.log10(unit))) : n.value * unit;
      if (!inRange(value)) return { kind: "unreadable", what: `amounts ${rangeWhy()}` };
      const currency = currencyOf(symbol, word);
      let precision = n.precision * unit;
      // "65,700 million": trailing zeros of a number written in thousands are not significant
      if ((!scale || /^\d{1,3}(?:,\d{3})+$/.test(num!)) && !/[.e]/.test(num!))
        precision = 0.5 * 10 ** trailingZeros(num!.replace(/,/g, "")) * unit;
      return {
        kind: "money",
        value,
        currency: currency ?? "USD",
        precision,
        implicit: currency === null,
        negative: minus !== undefined,
      };
    },
  ),
  // "$55-60 billion", "between $55 and $60 billion": a range korus does not judge (both ends would be needed)
  rule(
    "amount range",
    [...NUMBERS, "$", "€", "₩", "¥", "us", "between"],
    // a loose shape checked in code: patterns built from the scale words take milliseconds to compile
    () =>
      "(between\\s+)?(?:us\\$|[$€₩¥])?\\s?\\d[\\d,.]*(?:\\s?([a-z]+))?\\s?(-|and)\\s?(?:us\\$|[$€₩¥])?\\s?\\d[\\d,.]*\\s?([a-z]+)",
    (m) => {
      const [, between, scale1, joint, scale2] = m;
      if ((between !== undefined) !== (joint === "and")) return null;
      if ((scale1 !== undefined && !(scale1 in SCALES)) || !(scale2! in SCALES)) return null;
      return { kind: "unreadable", what: "ranges of amounts ('$55-60 billion')" };
    },
    END,
    ["-", "between"],
  ),
  rule(
    "percentage points",
    NUMBERS,
    () => `(${ANYNUM})\\s?(?:percentage|percent)\\s+points?`,
    () => ({ kind: "points" }),
  ),
  rule(
    "percent",
    NUMBERS,
    () => `(${ANYNUM})[\\s-]?(?:%|percent|per\\s+cent|pct|pc)`,
    (m) => {
      const n = readNumber(m[1]!);
      return n ? { kind: "percent", value: n.value, precision: n.precision } : null;
    },
  ),
  rule(
    "times",
    NUMBERS,
    () => `(${NUM}|${WORDNUM_INT})\\s?(?:times|x|-fold|fold)`,
    (m) => {
      const n = readNumber(m[1]!);
      return n ? { kind: "multiple", factor: n.value, via: "times", word: m[0] } : null;
    },
  ),
  rule(
    "fold",
    Object.keys(NUMBER_WORDS).map((w) => `${w}fold`),
    () => "([a-z]+)fold",
    (m) => {
      const n = wordInt(m[1]!);
      return n === null ? null : { kind: "multiple", factor: n, via: "times", word: m[0] };
    },
  ),
  rule(
    "quantity",
    NUMBERS,
    () => "([a-z0-9][a-z0-9,.-]*)(?:\\s?([a-z]+))??\\s+(?:people|persons|residents|citizens|inhabitants)",
    (m) => (readNumber(m[1]!) && (m[2] === undefined || m[2] in SCALES) ? { kind: "quantity" } : null),
    END,
    ["people", "persons", "residents", "citizens", "inhabitants"],
  ),
  rule(
    "twice",
    firstWords(Object.keys(TIMES_WORDS)),
    () => oneOf(Object.keys(TIMES_WORDS)),
    (m) => ({
      kind: "multiple",
      factor: TIMES_WORDS[m[0]]!,
      via: "times",
      word: m[0],
    }),
  ),
  rule(
    "doubled",
    firstWords(Object.keys(MULTIPLIER_VERBS)),
    () => oneOf(Object.keys(MULTIPLIER_VERBS)),
    (m) => ({
      kind: "multiple",
      factor: MULTIPLIER_VERBS[m[0].replace(/\s+/g, " ")]!,
      via: "verb",
      word: m[0],
    }),
  ),
  rule(
    "by a fraction",
    ["by"],
    () => `by\\s+(${oneOf(Object.keys(FRACTIONS))})`,
    (m) => ({
      kind: "multiple",
      factor: FRACTIONS[m[1]!.replace(/\s+/g, " ")]!,
      via: "fraction",
      word: m[0],
    }),
  ),
  // "half what it was in 2024", "a third of the 2016 level": a multiple of an earlier level, not a change
  rule(
    "fraction of",
    firstWords(Object.keys(FRACTIONS)),
    () => `(${oneOf(Object.keys(FRACTIONS))})\\s+(?:of\\s+)?(?:what|the|that)(?=\\s)`,
    (m) => ({
      kind: "multiple",
      factor: FRACTIONS[m[1]!.replace(/\s+/g, " ")]!,
      via: "times",
      word: m[0],
    }),
  ),
  rule(
    "fraction",
    firstWords(Object.keys(FRACTIONS)),
    () => oneOf(Object.keys(FRACTIONS)),
    (m) => ({
      kind: "multiple",
      factor: FRACTIONS[m[0].replace(/\s+/g, " ")]!,
      via: "fraction",
      word: m[0],
    }),
  ),
  // periods
  rule(
    "fiscal year",
    ["fy", "fiscal"],
    () => `(?:fy\\s?'?\\d{2,4}|fiscal\\s+(?:year\\s+)?${YEAR})`,
    () => ({ kind: "fiscal" }),
  ),
  rule(
    "year range",
    ["#"],
    () => `(${YEAR})\\s?(?:-|to|through|thru)\\s?(\\d{2,4})`,
    (m) => {
      const a = Number(m[1]);
      const raw = m[2]!;
      if (raw.length === 3) return null;
      if (raw.length === 2 && /-/.test(m[0]) && Number(raw) >= 1 && Number(raw) <= 12 && raw.startsWith("0")) {
        return { kind: "period", period: { kind: "month", year: a, month: Number(raw) } };
      }
      if (raw.length === 2 && Number(raw) <= 12) return { kind: "number", value: Number.NaN };
      const b = fullYear(raw, m[1]!);
      return b > a ? { kind: "range", from: a, to: b } : null;
    },
  ),
  rule(
    "month of year",
    firstWords(Object.keys(MONTHS)),
    () => `(${MONTH})\\.?(?:'s)?(?:\\s+(?:of|in))?\\s*,?\\s+(${YEAR}|'\\d\\d|last\\s+year|this\\s+year)(?:'s)?`,
    (m) => {
      const month = MONTHS[m[1]!];
      if (month === undefined) return null;
      const y = m[2]!;
      // "April last year": that month of the calendar year before the claim's date
      if (/year$/.test(y)) return partOfYear(y.replace(/\s+/g, " "), { from: month, to: month });
      const year = y.startsWith("'") ? shortYear(y.slice(1)) : Number(y);
      return { kind: "period", period: { kind: "month", year, month } };
    },
  ),
  rule(
    "months run",
    firstWords(Object.keys(MONTHS)),
    () => `(${MONTH})\\.?\\s?(?:-|to|through|thru|until)\\s?(${MONTH})\\.?(?:\\s*,?\\s+(?:of\\s+)?(${YEAR}|this\\s+year))?`,
    (m) => {
      const from = MONTHS[m[1]!];
      const to = MONTHS[m[2]!];
      if (from === undefined || to === undefined || to < from) return null;
      return partOfYear(m[3], { from, to });
    },
  ),
  rule(
    "first months",
    ["first"],
    () => `(?:the\\s+)?first\\s+(${COUNT})\\s+months${YEAR_REF}`,
    (m) => {
      const n = count(m[1]);
      return n !== null && n >= 1 && n <= 12 ? partOfYear(m[2], { from: 1, to: n }) : null;
    },
  ),
  rule(
    "quarter",
    ["first", "second", "third", "fourth", "last", "final", "#", "q"],
    () =>
      `(?:the\\s+)?(first|second|third|fourth|last|final|1st|2nd|3rd|4th)\\s+quarter${YEAR_REF}|q([1-4])\\s?(${YEAR})|(${YEAR})\\s?q([1-4])|([1-4])q\\s?(${YEAR})`,
    (m) => {
      const q = m[1] ? (m[1] === "last" || m[1] === "final" ? 4 : ordinal(m[1])!) : Number(m[3] ? m[3] : m[5] ? m[6] : m[7]);
      const ref = m[1] ? m[2] : (m[4] ?? m[5] ?? m[8]);
      // "last quarter" with no year is the quarter before the claim's date, which no form reads
      if ((m[1] === "last" || m[1] === "final") && ref === undefined)
        return { kind: "unreadable", what: "'last quarter' (say which quarter)" };
      return partOfYear(ref, { quarter: q });
    },
  ),
  rule(
    "half",
    ["first", "second", "#", "h"],
    () => `(?:the\\s+)?(first|second|1st|2nd)\\s+half${YEAR_REF}|h([12])\\s?(${YEAR})|(${YEAR})\\s?h([12])|([12])h\\s?(${YEAR})`,
    (m) => {
      const h = m[1] ? ordinal(m[1])! : Number(m[3] ? m[3] : m[5] ? m[6] : m[7]);
      const ref = m[1] ? m[2] : (m[4] ?? m[5] ?? m[8]);
      return partOfYear(ref, { half: h });
    },
  ),
  // "Q1", "1Q", "H2" with no year: the latest that had ended by the claim's date
  rule(
    "bare quarter",
    ["q", "h", "#"],
    () => "q([1-4])|([1-4])q|h([12])|([12])h",
    (m) => {
      const [, q1, q2, h1, h2] = m;
      return (q1 ?? q2)
        ? partOfYear(undefined, { quarter: Number(q1 ?? q2) })
        : partOfYear(undefined, { half: Number(h1 ?? h2) });
    },
  ),
  // "in '16", "Q1'26", "2Q25", "H2 '17": a year in two digits, only with its apostrophe or after a quarter or half
  rule(
    "short year",
    ["'", "q", "h", "#"],
    () => "'(\\d\\d)|q([1-4])\\s?'(\\d\\d)|([1-4])q\\s?'?(\\d\\d)|h([12])\\s?'(\\d\\d)|([12])h\\s?'?(\\d\\d)",
    (m) => {
      const [, y, q1, y1, q2, y2, h1, y3, h2, y4] = m;
      const year = shortYear((y ?? y1 ?? y2 ?? y3 ?? y4)!);
      if (q1 ?? q2) return { kind: "period", period: { kind: "quarter", year, quarter: Number(q1 ?? q2) } };
      if (h1 ?? h2) return { kind: "period", period: { kind: "half", year, half: Number(h1 ?? h2) } };
      return { kind: "period", period: { kind: "year", year } };
    },
  ),
  rule(
    "iso month",
    ["#"],
    () => `(${YEAR})-(0[1-9]|1[0-2])(?![-\\d])`,
    (m) => ({
      kind: "period",
      period: { kind: "month", year: Number(m[1]), month: Number(m[2]) },
    }),
  ),
  rule(
    "year",
    ["#"],
    () => `(${YEAR})(?:'s)?`,
    (m) => ({ kind: "period", period: { kind: "year", year: Number(m[1]) } }),
  ),
  rule(
    "month",
    ["in", "of", "for", "since", ...firstWords(Object.keys(MONTHS))],
    () =>
      `(?:(in|of|for|since)\\s+)?(${MONTH})(?:'s)?(?!\\.?\\s*,?\\s+(?:(?:of|in)\\s+)?(?:${YEAR}|'\\d\\d|last\\s+year|this\\s+year))`,
    (m) => {
      const month = MONTHS[m[2]!];
      // "may", "mar", "dec" are months only after a preposition ("in May"), never the verbs
      if (month === undefined || (!m[1] && (m[2] === "may" || m[2] === "mar" || m[2] === "dec"))) return null;
      return { kind: "period", period: { kind: "relative", anchor: "recent", back: 0, from: month, to: month } };
    },
  ),
  rule(
    "year to date",
    ["so", "this", "year", "ytd", "current"],
    () => `(?:so\\s+far\\s+)?this\\s+year|year[- ]to[- ]date|ytd|current\\s+year`,
    () => ({
      kind: "this-year",
      period: "year",
    }),
  ),
  rule(
    "last year",
    ["last", "past", "a"],
    () => `last\\s+year(?:'s)?|past\\s+year|a\\s+year\\s+ago`,
    () => ({ kind: "last-year" }),
  ),
  rule(
    "year earlier",
    ["from", "than", "over", "compared", "versus", "vs", "on", "a", "same", "year", "yoy", "y"],
    () =>
      `(?:(?:from|than|over|compared\\s+(?:with|to)|versus|vs\\.?|on)\\s+(?:the\\s+)?)?(?:a\\s+year\\s+(?:earlier|before|ago)|same\\s+(?:period|month|quarter|time)(?:\\s+(?:of|in))?\\s+(?:a\\s+year\\s+(?:earlier|before|ago)|last\\s+year|the\\s+previous\\s+year|the\\s+year\\s+before))|year[- ]on[- ]year|on[- ]year|year[- ]over[- ]year|yoy|y/y`,
    () => ({ kind: "year-earlier" }),
  ),
  rule(
    "same period in",
    ["from", "than", "over", "compared", "versus", "vs", "on", "same"],
    () =>
      `(?:(?:from|than|over|compared\\s+(?:with|to)|versus|vs\\.?|on)\\s+(?:the\\s+)?)?same\\s+(?:time\\s+)?(?:period|months?|quarter|half|time)(?:\\s+(?:of|in))?\\s+(${YEAR})`,
    (m) => ({ kind: "same-period", year: Number(m[1]) }),
  ),
  rule(
    "previous month",
    ["from", "than", "over", "on", "month", "m"],
    () => `(?:from|than|over|on)\\s+the\\s+(?:previous|prior)\\s+month|month[- ]on[- ]month|m/m`,
    () => ({
      kind: "previous-month",
    }),
  ),
  rule(
    "previous year",
    ["from", "than", "over", "on", "previous", "prior", "preceding", "year"],
    () => `(?:(?:from|than|over|on)\\s+the\\s+)?(?:previous|prior|preceding)\\s+year|year\\s+before`,
    () => ({
      kind: "previous-year",
    }),
  ),
  rule(
    "past years",
    ["over", "in", "during", "for", "within"],
    () => `(?:over|in|during|for|within)\\s+the\\s+(?:past|last|previous|preceding)\\s+(${COUNT}\\s+)?(years?|decades?)`,
    (m) => {
      const n = m[1] === undefined ? 1 : count(m[1].trim());
      if (n === null) return null;
      return { kind: "past-years", years: m[2]!.startsWith("decade") ? 10 * n : n };
    },
  ),
  rule(
    "in a decade",
    ["in"],
    () => `in\\s+(?:(?:a|one|over\\s+a)\\s+decade|(${COUNT})\\s+(years|decades))`,
    (m) => {
      const n = m[1] === undefined ? 1 : count(m[1]);
      if (n === null) return null;
      return { kind: "past-years", years: m[2]?.startsWith("decade") || !m[2] ? 10 * n : n };
    },
  ),
  rule(
    "years after",
    COUNTS,
    () => `(${COUNT})\\s+(?:full\\s+)?years?\\s+(?:after|later|into|on\\s+from)`,
    (m) => (count(m[1]) === null ? null : { kind: "unreadable", what: "periods counted from an event ('five years after')" }),
    END,
    ["year"],
  ),
  rule(
    "years ago",
    [...COUNTS, "went", "came", "entered", "took"],
    () => `(?:((?:went|came|entered)\\s+into\\s+(?:effect|force)|took\\s+effect)\\s+)?(${COUNT})\\s+years?\\s+ago`,
    (m) => {
      const n = count(m[2]);
      return n === null ? null : { kind: "ago", years: n, tookEffect: m[1] !== undefined };
    },
  ),
  rule(
    "n-year-old",
    COUNTS,
    () => `(${COUNT})[- ]year[- ]old`,
    (m) => {
      const n = count(m[1]);
      return n === null ? null : { kind: "age", years: n, qualifier: "exact" };
    },
  ),
  rule(
    "in force for",
    ["in"],
    () => `(?:in\\s+(?:force|effect)|in\\s+place)\\s+for\\s+(?:(nearly|almost|about|more\\s+than|over)\\s+)?(${COUNT})\\s+years`,
    (m) => {
      const n = count(m[2]);
      const q = QUALIFIERS.find((x) => x[0] === (m[1] ?? "").replace(/\s+/g, " "))?.[1] ?? "exact";
      return n === null ? null : { kind: "age", years: n, qualifier: q };
    },
  ),
  rule(
    "now",
    ["now", "currently", "today", "at", "presently"],
    () => "now|currently|today|at\\s+present|presently",
    () => ({
      kind: "connective",
      word: "now",
    }),
  ),
  // events: KORUS by any common name, with the role the words around it give it
  sequence(
    "event",
    [
      "since",
      "after",
      "under",
      "following",
      "before",
      "prior",
      "pre",
      "post",
      "with",
      "in",
      "during",
      "over",
      ...EVENT_PHRASES.firsts,
    ],
    [
      new RegExp(
        `(?:(since|after|under|following|before|prior\\s+to|pre-|post-|with|(?:in|during|over)\\s+the\\s+(?:first\\s+)?(${COUNT})\\s+years\\s+(?:of|after|under|since))\\s*(?:(?:the\\s+)?(?:two\\s+)?(?:countries|sides|nations)\\s+signed\\s+)?)?`,
        "y",
      ),
      EVENT_NAME,
      new RegExp(
        `(?:'s\\s+first\\s+(${COUNT})\\s+years)?(?:\\s+(?:(?:was|were|has\\s+been|had)\\s+)?(?:went\\s+into\\s+(?:effect|force)|took\\s+effect|entered\\s+into\\s+(?:force|effect)|came\\s+into\\s+(?:effect|force)|went\\s+live|was\\s+implemented|implemented|was\\s+enacted|enacted|was\\s+signed|signed|was\\s+ratified|ratified|began|started|kicked\\s+in|was\\s+concluded|concluded|took\\s+hold)(?![a-z]))?`,
        "y",
      ),
    ],
    ([pre, name, post]) => {
      const p = pre as RegExpExecArray;
      const q = post as RegExpExecArray;
      const word = (p[1] ?? "").replace(/\s+/g, " ");
      let anchor = (name as { value: string }).value;
      // "since KORUS was signed" is the signing, not entry into force; a stage the timeline has no date for is not read
      const stage = /signed|ratified|concluded/.exec(q[0])?.[0];
      if (stage === "signed")
        anchor = anchor === "in-force" ? "signed" : anchor === "amended-in-force" ? "amendment-signed" : anchor;
      else if (stage)
        return { kind: "unreadable", what: "a stage of the agreement the timeline has no date for ('concluded', 'ratified')" };
      const raw = p[2] ?? q[1];
      const first = raw !== undefined ? count(raw) : null;
      if (raw !== undefined && first === null) return null;
      const role =
        /^(since|after|under|following|post-)$/.test(word) || first !== null
          ? "since"
          : /^(before|prior to|pre-)$/.test(word)
            ? "before"
            : "name";
      return { kind: "event", anchor, role, firstYears: first };
    },
  ),
  // partners and the US
  rule(
    "it took effect",
    ["since", "after"],
    () =>
      "(since|after)\\s+(?:(?:it|the\\s+accord)\\s+(?:went\\s+into\\s+(?:effect|force)|took\\s+effect|entered\\s+into\\s+(?:force|effect)|came\\s+into\\s+(?:effect|force)|was\\s+implemented)|taking\\s+effect|going\\s+into\\s+(?:effect|force)|entering\\s+into\\s+(?:force|effect)|coming\\s+into\\s+(?:effect|force))",
    () => ({ kind: "event", anchor: "in-force", role: "since", firstYears: null }),
  ),
  phraseRule("partner", new Phrases(COUNTRIES.flatMap((c) => c.words.map((w) => [w, c.name] as const))), (name) => ({
    kind: "partner",
    name,
  })),
  rule(
    "us",
    ["us", "we", "our", "ours", "america"],
    () => `us(?:'s)?|we|our|ours|america(?:'s)?`,
    () => ({ kind: "us" }),
  ),
  phraseRule("sources", new Phrases(KOREAN_SOURCES.map((w) => [w, 0] as const)), () => ({ kind: "korean-source" })),
  phraseRule("us sources", new Phrases(US_SOURCES.map((w) => [w, 0] as const)), () => ({ kind: "us-source" })),
  phraseRule("off topic", new Phrases(OFF_TOPIC.map((w) => [w, 0] as const)), () => ({ kind: "off-topic" })),
  phraseRule("product", new Phrases(PRODUCTS), (product) => ({ kind: "product", product })),
  phraseRule("share", new Phrases(SHARE_WORDS), ([low, high]) => ({ kind: "share", low, high })),
  phraseRule("unreadable", new Phrases(UNREADABLE), (what) => ({ kind: "unreadable", what })),
  phraseRule("rebuttal", new Phrases(REBUTTALS.map((w) => [w, 0] as const)), () => ({ kind: "rebuttal" })),
  phraseRule("reported", new Phrases(REPORTING.map((w) => [w, 0] as const)), () => ({ kind: "reported" })),
  // the figures
  sequence(
    "metric",
    ["trade", "goods", "merchandise", ...METRIC.firsts],
    [/(?:(?:trade|goods|merchandise)\s+)?/y, METRIC, /(?:\s+in\s+goods(?![a-z]))?/y],
    ([, p]) => {
      const [metric, perspective] = (p as { value: readonly [Metric, Perspective] }).value;
      return { kind: "metric", metric, perspective };
    },
  ),
  rule(
    "surplus",
    ["trade", "goods", "surplus", "surpluses"],
    () => "(?:trade\\s+|goods\\s+)?surplus(?:es)?",
    () => ({
      kind: "surplus",
    }),
  ),
  rule(
    "in the black",
    ["in"],
    () => "in\\s+the\\s+(black|red)",
    (m) => ({
      kind: "black-red",
      sign: m[1] === "black" ? "surplus" : "deficit",
    }),
  ),
  rule(
    "sign verb",
    ["ran", "run", "runs", "running", "has", "had", "have", "posted", "recorded", "registered", "logged", "booked"],
    () => "ran|run|runs|running|has\\s+run|had|has|have|posted|recorded|registered|logged|booked",
    () => ({
      kind: "sign-verb",
    }),
  ),
  rule(
    "every year",
    ["in", "every", "each"],
    () => "(?:in\\s+)?(?:every|each)\\s+(?:single\\s+)?year",
    () => ({ kind: "every-year" }),
  ),
  // changes, comparisons, superlatives, ranks
  rule(
    "widened",
    firstWords(WIDEN_VERBS),
    () => oneOf(WIDEN_VERBS),
    () => ({ kind: "direction", direction: "up", gap: true }),
  ),
  rule(
    "narrowed",
    firstWords(NARROW_VERBS),
    () => oneOf(NARROW_VERBS),
    () => ({ kind: "direction", direction: "down", gap: true }),
  ),
  // "… when KORUS took effect": a time named by an event, which no form reads
  rule(
    "when",
    ["when"],
    () => "when",
    () => ({ kind: "connective", word: "when" }),
  ),
  rule(
    "up from",
    ["up"],
    () => "up\\s+from",
    () => ({ kind: "connective", word: "up-from" }),
  ),
  rule(
    "down from",
    ["down"],
    () => "down\\s+from",
    () => ({ kind: "connective", word: "down-from" }),
  ),
  rule(
    "up",
    firstWords(UP_VERBS),
    () => oneOf(UP_VERBS),
    () => ({ kind: "direction", direction: "up", gap: false }),
  ),
  rule(
    "down",
    firstWords(DOWN_VERBS),
    () => oneOf(DOWN_VERBS),
    () => ({ kind: "direction", direction: "down", gap: false }),
  ),
  // a qualifier qualifies a figure: "about $28 billion", "more than doubled"; "under President Obama" is none
  rule(
    "qualifier",
    firstWords(QUALIFIERS.map((q) => q[0])),
    () =>
      `(?:${oneOf(QUALIFIERS.filter((q) => PREPOSITIONS.test(q[0])).map((q) => q[0]))})(?=\\s*(?:us\\$|[$€₩¥~]|\\d|(?:${[...Object.keys(NUMBER_WORDS), "a", "an", "half", "twice", "thrice", "double", "triple", ...Object.keys(MULTIPLIER_VERBS)].join("|")})(?![a-z])))|${oneOf(QUALIFIERS.filter((q) => !PREPOSITIONS.test(q[0])).map((q) => q[0]))}`,
    (m) => ({ kind: "qualifier", qualifier: QUALIFIERS.find((q) => phraseMatches(q[0], m[0]))![1] }),
  ),
  rule(
    "comparative",
    firstWords([...GREATER, ...LESS]),
    // "higher than", and "higher in 2025 than in 2023", "bigger in Q1 2025 than" (the period stays a mention of its own)
    () => `(${oneOf([...GREATER, ...LESS])})(?:\\s+(?:(?:now|still|today)\\s+)?than|(?=(?:\\s+[a-z0-9'.]+){1,4}\\s+than\\b))`,
    (m) => ({
      kind: "comparative",
      relation: (GREATER as readonly string[]).includes(m[1]!) ? "greater" : "less",
      crossing: false,
    }),
  ),
  // "but smaller in 2024": a comparison whose other side is said elsewhere; no form reads it alone
  rule(
    "bare comparative",
    firstWords([...GREATER, ...LESS].filter((w) => w !== "more" && w !== "less" && w !== "fewer")),
    () => oneOf([...GREATER, ...LESS].filter((w) => w !== "more" && w !== "less" && w !== "fewer")),
    (m) => ({
      kind: "comparative",
      relation: (GREATER as readonly string[]).includes(m[0]) ? "greater" : "less",
      crossing: false,
    }),
  ),
  rule(
    "crossing",
    firstWords(CROSSING),
    () => oneOf(CROSSING),
    () => ({ kind: "comparative", relation: "greater", crossing: true }),
  ),
  rule(
    "superlative",
    [...firstWords([...MAX_WORDS, ...MIN_WORDS]), ...Object.keys(ORDINALS), "#", "record", "all"],
    () =>
      `(?:(${ORD})[- ]?)?(?:(${oneOf([...MAX_WORDS, ...MIN_WORDS])})|(record)(?:[- ](high|low|level|high\\s+level|low\\s+level))?|all[- ]time\\s+(high|low))`,
    (m) => {
      const word = m[2] ?? m[4] ?? m[5] ?? "high";
      const extreme = (MIN_WORDS as readonly string[]).includes(word) || word.startsWith("low") ? "min" : "max";
      const position = m[1] ? ordinal(m[1]) : 1;
      return position === null ? null : { kind: "superlative", extreme, position, record: !m[2] };
    },
  ),
  // "the sharpest decline", "the highest increase": a superlative of a change, which korus does not rank
  rule(
    "change superlative",
    firstWords([...MAX_WORDS, ...MIN_WORDS]),
    () =>
      `(?:${oneOf([...MAX_WORDS, ...MIN_WORDS])})\\s+(?:monthly\\s+|annual\\s+|yearly\\s+)?(?:declines?|drops?|falls?|increases?|rises?|jumps?|growth|gains?|surges?|reductions?|decreases?|swings?|changes?)`,
    () => ({ kind: "change-superlative" }),
  ),
  rule(
    "on record",
    ["on", "ever", "in", "of"],
    () => "on\\s+record|ever|in\\s+history|of\\s+all\\s+time",
    () => ({
      kind: "on-record",
    }),
  ),
  rule(
    "among",
    ["among", "one", "top"],
    () => `(?:among|one\\s+of)\\s+(?:the\\s+)?(?:top\\s+)?(${COUNT})(?!\\s+(?:years|months))|(?:the\\s+)?top\\s+(${COUNT})|among`,
    (m) => {
      // "among the five biggest"; "among the US's partners" (no count) is a comparison korus cannot read
      const word = m[1] ?? m[2];
      if (word === undefined) return { kind: "among", n: 0 };
      const n = count(word);
      if (n !== null) return { kind: "among", n };
      // "Korea's top trade surplus source": a place among partners korus does not hold, without how many
      if (/\btop\b/.test(m[0])) return { kind: "unreadable", what: "'top' without how many" };
      // "among the largest ever": a place among years that is not said
      return (MAX_WORDS as readonly string[]).includes(word) || (MIN_WORDS as readonly string[]).includes(word)
        ? { kind: "unreadable", what: "'among the largest' (how many is not said)" }
        : null;
    },
  ),
  rule(
    "rank noun",
    [
      "trading",
      "trade",
      "deficit",
      "partner",
      "partners",
      "countries",
      "economies",
      "source",
      "sources",
      "contributor",
      "contributors",
      "supplier",
      "suppliers",
      "importer",
      "importers",
      "markets",
      "on",
      "of",
    ],
    () =>
      "(?:trading\\s+|trade\\s+|deficit\\s+)?(?:partners?|countries|economies|sources?|contributors?|suppliers?|importers?|markets)|(?:on|of)\\s+the\\s+list",
    () => ({ kind: "rank-noun" }),
  ),
  rule(
    "ordinal",
    [...Object.keys(ORDINALS), "#"],
    () => ORD,
    (m) => {
      const n = ordinal(m[0]);
      return n === null ? null : { kind: "ordinal", n };
    },
  ),
  rule(
    "monthly",
    ["monthly", "a", "per", "month"],
    () => "monthly|a\\s+month|per\\s+month|month",
    () => ({
      kind: "frequency",
      frequency: "monthly",
    }),
  ),
  rule(
    "annual",
    ["annual", "annually", "yearly", "a", "per", "full", "for"],
    () => "annual|annually|yearly|a\\s+year|per\\s+year|full[- ]year|for\\s+the\\s+year",
    () => ({
      kind: "frequency",
      frequency: "annual",
    }),
  ),
  rule(
    "as of a month",
    ["as", "through"],
    () =>
      `as\\s+of\\s+(?:the\\s+end\\s+of\\s+)?(${MONTH})\\.?(?:\\s+\\d{1,2},?)?(?:\\s+${YEAR})?|through\\s+(?:the\\s+end\\s+of\\s+)?(${MONTH})`,
    (m) => (MONTHS[(m[1] ?? m[2])!] === undefined ? null : { kind: "cumulative" }),
  ),
  rule(
    "tie",
    ["tied", "ties", "tying", "matched", "equaled", "equalled"],
    () => "tied|ties|tying|matched|equall?ed",
    () => ({
      kind: "tie",
    }),
  ),
  rule(
    "negation",
    ["#nt", "cannot", ...firstWords(NEGATIONS)],
    () => `[a-z]+n't|cannot|${oneOf(NEGATIONS)}`,
    () => ({
      kind: "negation",
    }),
  ),
  rule(
    "hedge",
    firstWords(HEDGES),
    () => oneOf(HEDGES),
    () => ({ kind: "hedge" }),
  ),
  // connectives the forms read
  rule(
    "compared",
    ["compared", "versus", "vs", "against"],
    () => "compared\\s+(?:with|to)|versus|vs\\.?|against",
    () => ({
      kind: "connective",
      word: "compared",
    }),
  ),
  rule(
    "equals",
    ["equals", "equal", "equivalent", "is", "was", "worth", "=", "or", "in"],
    () => "equals|equal\\s+to|equivalent\\s+to|is\\s+worth|was\\s+worth|worth|=|or|in\\s+other\\s+words",
    () => ({
      kind: "connective",
      word: "equals",
    }),
  ),
  rule(
    "the one with",
    ["that", "those", "the"],
    () => "(?:that|those|the\\s+ones?)\\s+(?:with|of)",
    () => ({
      kind: "connective",
      word: "with",
    }),
  ),
  rule(
    "word",
    [
      "from",
      "to",
      "between",
      "and",
      "since",
      "by",
      "than",
      "in",
      "of",
      "for",
      "with",
      "did",
      "was",
      "were",
      "is",
      "are",
      "has",
      "stood",
      "reached",
      "hit",
      "totaled",
      "totalled",
      "amounted",
      "came",
    ],
    () =>
      "from|to|between|and|since|by|than|in|of|for|with|did|was|were|is|are|has\\s+been|stood\\s+at|reached|hit|totaled|totalled|amounted\\s+to|came\\s+to",
    (m) => {
      const w = m[0].replace(/\s+/g, " ");
      const word: Connective =
        w === "were" ||
        w === "has been" ||
        w === "stood at" ||
        w === "reached" ||
        w === "hit" ||
        w === "totaled" ||
        w === "totalled" ||
        w === "amounted to" ||
        w === "came to"
          ? "was"
          : w === "are"
            ? "is"
            : (w as Connective);
      return { kind: "connective", word };
    },
  ),
  rule(
    "brackets",
    ["(", ")"],
    () => "[()]",
    (m) => ({ kind: "connective", word: m[0] === "(" ? "open" : "close" }),
    "",
  ),
  // what the forms never read, by shape: a share ("35% of", "half of imports"), a fraction korus has no word for,
  // a per-unit figure, a quarter or half that does not exist, a stray % or ½
  rule(
    "share",
    [...NUMBERS, ...firstWords(Object.keys(FRACTIONS))],
    () => `(?:${ANYNUM}[\\s-]?(?:%|percent|per\\s+cent|pct|pc)|${oneOf(Object.keys(FRACTIONS))})\\s+of`,
    () => ({ kind: "unreadable", what: "shares of a total ('35% of', 'half of imports')" }),
    END,
    [" of"],
  ),
  rule(
    "other fraction",
    ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
    () =>
      "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)[\\s-]+(?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|twentieths?|hundredths?)",
    () => ({ kind: "unreadable", what: "fractions" }),
  ),
  rule(
    "before a year",
    ["before", "prior", "until", "till", "after", "up"],
    () => `(?:before|prior\\s+to|until|till|after|up\\s+to)\\s+(?:${YEAR}|'\\d\\d)`,
    () => ({ kind: "unreadable", what: "periods before or after a year ('before 2022', 'after 2021')" }),
  ),
  // "£42 billion", "C$77 billion": a currency korus holds no rates for, never read as US dollars
  rule(
    "other currency",
    ["£", "c", "a", "hk", "nz", "s", "nt", "r", "gbp", "cad", "aud", "chf", "inr", "twd", "sgd", "hkd", "mxn"],
    () => "(?:£|c\\$|a\\$|hk\\$|nz\\$|s\\$|nt\\$|r\\$|(?:gbp|cad|aud|chf|inr|twd|sgd|hkd|mxn)\\s?)(?=\\s?\\d)",
    () => ({ kind: "unreadable", what: "amounts in a currency korus has no rates for (it has USD, EUR, KRW, JPY, CNY)" }),
    "",
    ["$", "£", "gbp", "cad", "aud", "chf", "inr", "twd", "sgd", "hkd", "mxn"],
  ),
  // "the nine months to September", "the last three months of 2025", "a four-year low", "for ten years": spans and
  // durations the forms do not read
  rule(
    "months to",
    COUNTS,
    () => `(${COUNT})\\s+months?\\s+(?:to|through|thru|ending|ended|until|of)`,
    (m) => (count(m[1]) === null ? null : { kind: "unreadable", what: "sums over the months to a month" }),
    END,
    ["month"],
  ),
  rule(
    "n-year low",
    [...COUNTS, "multi", "decade", "decades"],
    () => `(?:(${COUNT})[- ]years?|multi[- ]years?|decades?)[- ](?:low|high|lows|highs|peak|trough)`,
    (m) =>
      m[1] !== undefined && count(m[1]) === null
        ? null
        : { kind: "unreadable", what: "'a four-year low' (say 'the lowest in four years')" },
    END,
    ["low", "high", "peak", "trough"],
  ),
  rule(
    "duration",
    ["for", "over"],
    () => `(?:for|over)\\s+(?:(?:the|a)\\s+)?(?:(${COUNT})\\s+)?(?:(?:straight|consecutive|full)\\s+)?(?:years|decades?|months)`,
    (m) =>
      m[1] !== undefined && count(m[1]) === null
        ? null
        : { kind: "unreadable", what: "durations ('for ten years', 'over 13 years')" },
    END,
    ["year", "decade", "month"],
  ),
  rule(
    "than claimed",
    firstWords([...GREATER, ...LESS, "worse", "better"]),
    () =>
      `(?:${oneOf([...GREATER, ...LESS, "worse", "better"])})\\s+than\\s+(?:claimed|expected|reported|forecast|feared|thought|estimated|predicted|projected|promised|advertised|many)`,
    () => ({ kind: "unreadable", what: "comparisons with what was claimed or expected" }),
    END,
    ["than"],
  ),
  rule(
    "times a number",
    ["times"],
    () => `times\\s+(?:\\d+|${oneOf(Object.keys(NUMBER_WORDS))})`,
    () => ({ kind: "unreadable", what: "arithmetic on an amount ('$5.65 billion times ten')" }),
  ),
  // "Mexico and Canada combined": a sum of partners; "the combined trade deficit" (all of a period) is read
  rule(
    "combined",
    ["combined"],
    () => "combined(?!\\s+(?:us\\s+)?(?:trade\\s+|goods\\s+|merchandise\\s+)?(?:deficits?|surplus|exports|imports|trade))",
    () => ({ kind: "unreadable", what: "sums over several partners or periods" }),
  ),
  rule(
    "said in",
    ["said", "says", "claimed", "stated", "noted", "argued", "wrote", "announced", "told"],
    () => `(?:said|says|claimed|stated|noted|argued|wrote|announced|told\\s+[a-z]+)\\s+(?:in|on)\\s+(${YEAR}|${MONTH})`,
    (m) =>
      /^\d/.test(m[1]!) || MONTHS[m[1]!] !== undefined
        ? { kind: "unreadable", what: "the date of a statement (give it with --as-of)" }
        : null,
  ),
  rule(
    "through a quarter",
    ["through", "thru", "up"],
    () => "(?:through|thru|up\\s+to)\\s+the\\s+(?:first|second|third|fourth|1st|2nd|3rd|4th|last)\\s+(?:quarter|half)",
    () => ({ kind: "unreadable", what: "running totals through part of a year ('through the third quarter')" }),
  ),
  // "from $13.2 billion at the end of 2011 to …": a year's total, said as of its end
  rule(
    "end of a year",
    ["at", "by"],
    () => `(?:at|by)\\s+the\\s+end\\s+of\\s+(${YEAR}|last\\s+year)`,
    (m) =>
      /^\d/.test(m[1]!)
        ? { kind: "period", period: { kind: "year", year: Number(m[1]) } }
        : { kind: "period", period: { kind: "relative", anchor: "last", back: 0, from: 1, to: 12 } },
  ),
  rule(
    "per unit",
    ["per"],
    // "per BEA", "per the Census Bureau" say where a figure is from
    () => "per\\s+(?!the\\b|bea\\b|census\\b|itc\\b|usitc\\b|ustr\\b|data\\b|figures\\b|official)[a-z]+",
    () => ({ kind: "unreadable", what: "figures per person or per period" }),
  ),
  rule(
    "no such period",
    ["q", "h", "#"],
    () => "q(?:[05-9]|\\d\\d)|h(?:[03-9]|\\d\\d)|[05-9]q|[03-9]h",
    () => ({ kind: "unreadable", what: "a quarter or half that does not exist" }),
  ),
  rule(
    "stray sign",
    ["%", "$", "½", "⁄", "∞", "+", "#"],
    () => "[%$½∞+]|\\d*⁄\\d*",
    () => ({ kind: "unreadable", what: "a sign or number korus cannot read" }),
    "",
  ),
  rule(
    "number",
    NUMBERS,
    () => `${SPOKEN}|${NUM}`,
    (m) => {
      const n = readNumber(m[0]);
      return { kind: "number", value: n?.value ?? Number.NaN };
    },
  ),
];

function phraseMatches(phraseText: string, text: string): boolean {
  return phraseText === text.replace(/\s+/g, " ");
}

/** The rules each first token can start, in declared order: at a position only these are tried. */
const BY_FIRST = new Map<string, Rule[]>();
for (const r of RULES) {
  for (const k of r.first) {
    const list = BY_FIRST.get(k) ?? [];
    if (!list.includes(r)) list.push(r);
    BY_FIRST.set(k, list);
  }
}

const TOKEN = /[a-z]+|\d|[^\s]/y;
const NT = /[a-z]+n't(?![a-z])/y;

function candidates(t: string, i: number): readonly Rule[] {
  TOKEN.lastIndex = i;
  const key = TOKEN.exec(t)![0];
  const rules = BY_FIRST.get(/^\d$/.test(key) ? "#" : key) ?? [];
  NT.lastIndex = i;
  return NT.test(t) ? [...rules, ...(BY_FIRST.get("#nt") ?? [])] : rules;
}

/**
 * Every mention in the claim, in order. `text` is the claim after Unicode compatibility folding (fullwidth
 * "６５．７" reads as "65.7"); positions refer to it.
 */
export function findMentions(claim: string): { text: string; mentions: readonly Mention[] } {
  // a text's sentence is read twice, to pick it (text.ts) and to check it (read.ts): once is enough
  if (lastRead?.claim !== claim) lastRead = { claim, result: readMentions(claim) };
  return lastRead.result;
}
let lastRead: { claim: string; result: { text: string; mentions: readonly Mention[] } } | undefined;

function readMentions(claim: string): { text: string; mentions: readonly Mention[] } {
  // a zero-width space or soft hyphen pasted from a web page ("$27.6\u200b billion") is a space to the reader, never
  // a word boundary that drops the scale
  const text = claim.normalize("NFKC").replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, " ");
  const { folded: t, names } = foldWithNames(text);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < t.length) {
    const c = t[i]!;
    if (c === " " || c === "," || c === "." || c === '"' || c === "!" || c === "?") {
      i++;
      continue;
    }
    let best: { end: number; value: MentionValue } | null = null;
    for (const r of candidates(t, i)) {
      // a pattern whose match does not hold up (a bare number for "amount") leaves the place to the others
      const m = r.match(t, i);
      if (m && (!best || m.end > best.end)) best = m;
    }
    if (best) {
      // a name folded shorter ("U.S." → "  us") starts where the name does, padding and all
      const start = names.find(([a, b]) => a <= i && i < b)?.[0] ?? i;
      mentions.push({ ...best.value, start, end: best.end, text: text.slice(start, best.end) } as Mention);
      i = best.end;
      continue;
    }
    // a word no pattern reads: skip it whole (never a part of it)
    const word = /[a-z0-9']+|./y;
    word.lastIndex = i;
    const w = word.exec(t)!;
    i += w[0].length;
  }
  return { text, mentions: withUnreadNumbers(text, t, mentions) };
}

// a run of digits, commas and points (with an exponent), or one with digits other than 0-9 in it
const NUMBER_RUN =
  /(?<![a-z0-9.,])(?:[0-9][0-9.,]*[0-9]|[0-9])(?:e[+-]?[0-9]+(?![a-z]))?(?!\.{2,}[\s"')\]]*$)([.,e][a-z0-9+\-$%.,])?|(?<!(?![0-9])\p{Nd})(?:(?![0-9])\p{Nd})[\p{Nd}.,]*/gu;
/**
 * A number the one reader (core/number.ts) cannot read exactly — other digits than 0-9 (٢٠١٦), misplaced commas
 * (27,6), more than 15 significant digits, beyond 10^15 — is never read in part ("$27" of "$27,6 billion", "308%"
 * of "1e308%"): the mentions it overlaps become one unreadable mention that says why, so no verdict rests on it.
 */
function withUnreadNumbers(text: string, t: string, mentions: Mention[]): Mention[] {
  const bad: { start: number; end: number; why: string }[] = [];
  for (const m of t.matchAll(NUMBER_RUN)) {
    // "$31,-e", "51,,e0", "062e1.1e1": a comma, point or e glued to more after the digits: where it ends is a
    // guess (an ellipsis that ends the text is punctuation)
    const glued = m[1] !== undefined;
    const r = readDecimal(glued ? m[0].slice(0, -2) : m[0]);
    const why = glued ? "a number run into other characters: korus cannot tell where it ends" : r.ok ? null : r.why;
    if (why) bad.push({ start: m.index, end: m.index + m[0].length, why });
  }
  if (bad.length === 0) return mentions;
  const out: Mention[] = [];
  let k = 0;
  for (const b of bad) {
    while (k < mentions.length && mentions[k]!.end <= b.start) out.push(mentions[k++]!);
    let start = b.start;
    let end = b.end;
    // what overlaps the number, and a stray sign right after it ("%" of "1e308%")
    while (
      k < mentions.length &&
      (mentions[k]!.start < end || (mentions[k]!.start === end && mentions[k]!.kind === "unreadable"))
    ) {
      start = Math.min(start, mentions[k]!.start);
      end = Math.max(end, mentions[k]!.end);
      k++;
    }
    // a stray sign right before it ("$" of "$٢٧.6") or an unreadable number it touches
    const last = out.at(-1);
    if (last?.kind === "unreadable" && last.end >= start) start = out.pop()!.start;
    out.push({ kind: "unreadable", what: `numbers it cannot read exactly (${b.why})`, start, end, text: text.slice(start, end) });
  }
  out.push(...mentions.slice(k));
  return out;
}
