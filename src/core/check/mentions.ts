/**
 * Stage 2 of the claim reader: one pass over the claim that finds every meaningful token with its position
 * and value (amounts, percents, multiples, periods, events, partners, trade figures, change words,
 * comparatives, superlatives, qualifiers, connectives). A declared list of patterns, each anchored at the
 * current position and bounded, so the pass is linear in the length of the claim; the longest match wins.
 */
import { COUNTRIES } from "../countries";
import type { Currency } from "../currencies";
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
  QUALIFIERS,
  TIMES_WORDS,
  UP_VERBS,
  WIDEN_VERBS,
} from "./lexicon";
import type { Metric, Period, Perspective, Qualifier } from "./types";

export type Connective =
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
  | { kind: "money"; value: number; currency: Currency; precision: number; implicit: boolean }
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
  | { kind: "ago"; years: number }
  | { kind: "age"; years: number; qualifier: Qualifier }
  | { kind: "event"; anchor: string; role: "since" | "before" | "name"; firstYears: number | null }
  | { kind: "fiscal" }
  | { kind: "partner"; name: string }
  | { kind: "us" }
  | { kind: "metric"; metric: Metric; perspective: Perspective }
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
  | { kind: "change-superlative" }
  | { kind: "hedge" }
  | { kind: "korean-source" }
  | { kind: "off-topic" }
  | { kind: "number"; value: number }
  | { kind: "clause-break" };

export type Mention = MentionValue & { start: number; end: number; text: string };
export type MentionKind = Mention["kind"];

/** The kinds that carry meaning: each must be used by a check or be reported as not read. */
export const MEANINGFUL: ReadonlySet<MentionKind> = new Set<MentionKind>([
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
  "change-superlative",
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
  let out = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    let c = lower.length === ch.length ? lower : ch;
    if (/[’‘`´ʼ]/.test(c)) c = "'";
    else if (/[“”«»„]/.test(c)) c = '"';
    else if (/[\u2010\u2011\u2012\u2013\u2212]/.test(c)) c = "-";
    else if (/[\u2014\u2015]/.test(c)) c = ";";
    else if (/\s/.test(c)) c = " ";
    out += c;
  }
  for (const [re, to] of FOLDS) out = out.replace(re, (m) => padLeft(to, m.length));
  return out;
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
const UNIT_WORDS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! < 10);
const TENS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! >= 20);
const SMALL = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! < 20);
const WORDNUM_INT = `(?:(?:${TENS.join("|")})(?:-(?:${UNIT_WORDS.join("|")}))?|${SMALL.sort((a, b) => b.length - a.length).join("|")})`;
/** "nine-point-nine", "36-point-five": how broadcast copy spells decimals */
const SPOKEN = `(?:${WORDNUM_INT}|\\d+)-point(?:-(?:${UNIT_WORDS.join("|")}|\\d))+`;
const ANYNUM = `(?:${SPOKEN}|${NUM}|${WORDNUM_INT})`;
const COUNT = `(?:\\d+|${WORDNUM_INT}|a|an)`;
const YEAR = "(?:19[5-9]\\d|20[0-4]\\d)";
const MONTH = oneOf(Object.keys(MONTHS));
const ORD = `(?:${oneOf(Object.keys(ORDINALS))}|\\d+(?:st|nd|rd|th))`;
const END = "(?![a-z0-9])";
const SCALE = "k|m|mn|mln|b|bn|bln|t|tn|trn|thousand|million|millions|billion|billions|trillion|trillions";
const CURRENCY_WORDS =
  "us dollars|us dollar|dollars|dollar|usd|euros|euro|eur|korean won|won|krw|japanese yen|yen|jpy|yuan|cny|renminbi|rmb";
const SYMBOL = "us\\$|\\$|€|₩|cn¥|¥";

const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
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
  const w = (word ?? "").replace(/\s+/g, " ");
  if (/dollar|usd/.test(w)) return "USD";
  if (/euro|eur/.test(w)) return "EUR";
  if (/won|krw/.test(w)) return "KRW";
  if (/yen|jpy/.test(w)) return "JPY";
  if (/yuan|cny|renminbi|rmb/.test(w)) return "CNY";
  return null;
}

/** A number as written, with the precision its last digit implies (half a unit of it). */
export function readNumber(text: string): { value: number; precision: number } | null {
  const t = text.trim();
  const spoken = /^(.+?)-point((?:-[a-z0-9]+)+)$/.exec(t);
  if (spoken) {
    const whole = wordInt(spoken[1]!);
    const digits = spoken[2]!
      .slice(1)
      .split("-")
      .map((d) => (/^\d$/.test(d) ? Number(d) : (NUMBER_WORDS[d] ?? Number.NaN)));
    if (whole === null || digits.some((d) => !(d >= 0 && d <= 9))) return null;
    return { value: Number(`${whole}.${digits.join("")}`), precision: 0.5 * 10 ** -digits.length };
  }
  const word = wordInt(t);
  if (word !== null) return { value: word, precision: 0.5 };
  if (!new RegExp(`^${NUM}$`).test(t)) return null;
  const value = Number(t.replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  const [mantissa, exponent] = t.replace(/,/g, "").split("e");
  const decimals = mantissa!.includes(".") ? mantissa!.split(".")[1]!.length : 0;
  const exp = exponent ? Number(exponent) : 0;
  return { value, precision: 0.5 * 10 ** (exp - decimals) };
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

interface Rule {
  name: string;
  re: RegExp;
  build: Build;
}

function rule(name: string, source: string, build: Build, end = END): Rule {
  return { name, re: new RegExp(`(?:${source})${end}`, "y"), build };
}

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

const RULES: Rule[] = [
  rule(
    "clause break",
    "[;:]|\\s-\\s|\\s?--\\s?|\\bwhile\\b|\\bwhereas\\b|\\bbut\\b|\\bmeanwhile\\b|\\bso(?=\\s+(?:it|it's|that|this|they|we|he|she|the)\\b)",
    () => ({ kind: "clause-break" }),
  ),
  // amounts: a symbol, a scale or a currency word makes a number an amount
  rule("amount", `(${SYMBOL})?\\s?(${ANYNUM})(?:\\s?(${SCALE}))?(?:\\s+(?:in\\s+|of\\s+)?(${CURRENCY_WORDS}))?`, (m) => {
    const [, symbol, num, scale, word] = m;
    if (!symbol && !scale && !word) return null;
    const n = readNumber(num!);
    if (!n) return null;
    const unit = scale ? SCALES[scale]! : 1;
    const currency = currencyOf(symbol, word);
    let precision = n.precision * unit;
    if (!scale && !/[.e]/.test(num!)) precision = 0.5 * 10 ** /0*$/.exec(num!.replace(/,/g, ""))![0].length;
    return { kind: "money", value: n.value * unit, currency: currency ?? "USD", precision, implicit: currency === null };
  }),
  rule("percentage points", `(${ANYNUM})\\s?(?:percentage|percent)\\s+points?`, () => ({ kind: "points" })),
  rule("percent", `(${ANYNUM})\\s?(?:%|percent|per\\s+cent|pct)`, (m) => {
    const n = readNumber(m[1]!);
    return n ? { kind: "percent", value: n.value, precision: n.precision } : null;
  }),
  rule("times", `(${NUM}|${WORDNUM_INT})\\s?(?:times|x|-fold|fold)`, (m) => {
    const n = readNumber(m[1]!);
    return n ? { kind: "multiple", factor: n.value, via: "times", word: m[0] } : null;
  }),
  rule("twice", oneOf(Object.keys(TIMES_WORDS)), (m) => ({
    kind: "multiple",
    factor: TIMES_WORDS[m[0]]!,
    via: "times",
    word: m[0],
  })),
  rule("doubled", oneOf(Object.keys(MULTIPLIER_VERBS)), (m) => ({
    kind: "multiple",
    factor: MULTIPLIER_VERBS[m[0].replace(/\s+/g, " ")]!,
    via: "verb",
    word: m[0],
  })),
  rule("by a fraction", `by\\s+(${oneOf(Object.keys(FRACTIONS))})`, (m) => ({
    kind: "multiple",
    factor: FRACTIONS[m[1]!.replace(/\s+/g, " ")]!,
    via: "fraction",
    word: m[0],
  })),
  rule("fraction", oneOf(Object.keys(FRACTIONS)), (m) => ({
    kind: "multiple",
    factor: FRACTIONS[m[0].replace(/\s+/g, " ")]!,
    via: "fraction",
    word: m[0],
  })),
  // periods
  rule("fiscal year", `(?:fy\\s?'?\\d{2,4}|fiscal\\s+(?:year\\s+)?${YEAR})`, () => ({ kind: "fiscal" })),
  rule("year range", `(${YEAR})\\s?(?:-|to|through|thru)\\s?(\\d{2,4})`, (m) => {
    const a = Number(m[1]);
    const raw = m[2]!;
    if (raw.length === 3) return null;
    if (raw.length === 2 && /-/.test(m[0]) && Number(raw) >= 1 && Number(raw) <= 12 && raw.startsWith("0")) {
      return { kind: "period", period: { kind: "month", year: a, month: Number(raw) } };
    }
    if (raw.length === 2 && Number(raw) <= 12) return { kind: "number", value: Number.NaN };
    const b = fullYear(raw, m[1]!);
    return b > a ? { kind: "range", from: a, to: b } : null;
  }),
  rule("month of year", `(${MONTH})\\.?(?:'s)?(?:\\s+(?:of|in))?\\s*,?\\s+(${YEAR})(?:'s)?`, (m) => ({
    kind: "period",
    period: { kind: "month", year: Number(m[2]), month: MONTHS[m[1]!]! },
  })),
  rule(
    "months run",
    `(${MONTH})\\.?\\s?(?:-|to|through|thru|until)\\s?(${MONTH})\\.?(?:\\s*,?\\s+(?:of\\s+)?(${YEAR}|this\\s+year))?`,
    (m) => {
      const from = MONTHS[m[1]!]!;
      const to = MONTHS[m[2]!]!;
      if (to < from) return null;
      return partOfYear(m[3], { from, to });
    },
  ),
  rule("first months", `(?:the\\s+)?first\\s+(${COUNT})\\s+months${YEAR_REF}`, (m) => {
    const n = count(m[1]);
    return n !== null && n >= 1 && n <= 12 ? partOfYear(m[2], { from: 1, to: n }) : null;
  }),
  rule(
    "quarter",
    `(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter${YEAR_REF}|q([1-4])\\s?(${YEAR})|(${YEAR})\\s?q([1-4])|([1-4])q\\s?(${YEAR})`,
    (m) => {
      const q = m[1] ? ordinal(m[1])! : Number(m[3] ? m[3] : m[5] ? m[6] : m[7]);
      const ref = m[1] ? m[2] : (m[4] ?? m[5] ?? m[8]);
      return partOfYear(ref, { quarter: q });
    },
  ),
  rule(
    "half",
    `(?:the\\s+)?(first|second|1st|2nd)\\s+half${YEAR_REF}|h([12])\\s?(${YEAR})|(${YEAR})\\s?h([12])|([12])h\\s?(${YEAR})`,
    (m) => {
      const h = m[1] ? ordinal(m[1])! : Number(m[3] ? m[3] : m[5] ? m[6] : m[7]);
      const ref = m[1] ? m[2] : (m[4] ?? m[5] ?? m[8]);
      return partOfYear(ref, { half: h });
    },
  ),
  rule("iso month", `(${YEAR})-(0[1-9]|1[0-2])(?![-\\d])`, (m) => ({
    kind: "period",
    period: { kind: "month", year: Number(m[1]), month: Number(m[2]) },
  })),
  rule("year", `(?:the\\s+year\\s+)?(${YEAR})(?:'s)?`, (m) => ({ kind: "period", period: { kind: "year", year: Number(m[1]) } })),
  rule("month", `(?:(in|of|for|since)\\s+)?(${MONTH})(?:'s)?(?!\\.?\\s*,?\\s+(?:(?:of|in)\\s+)?${YEAR})`, (m) => {
    const month = MONTHS[m[2]!]!;
    // "may", "mar", "dec" are months only after a preposition ("in May"), never the verbs
    if (!m[1] && (m[2] === "may" || m[2] === "mar" || m[2] === "dec")) return null;
    return { kind: "period", period: { kind: "relative", anchor: "recent", back: 0, from: month, to: month } };
  }),
  rule("year to date", `(?:so\\s+far\\s+)?this\\s+year|year[- ]to[- ]date|ytd|the\\s+current\\s+year`, () => ({
    kind: "this-year",
    period: "year",
  })),
  rule("last year", `last\\s+year(?:'s)?|the\\s+past\\s+year|a\\s+year\\s+ago`, () => ({ kind: "last-year" })),
  rule(
    "year earlier",
    `(?:(?:from|than|over|compared\\s+(?:with|to)|versus|vs\\.?|on)\\s+)?(?:a\\s+year\\s+(?:earlier|before|ago)|the\\s+same\\s+(?:period|month|quarter|time)(?:\\s+(?:of|in))?\\s+(?:a\\s+year\\s+(?:earlier|before|ago)|last\\s+year|the\\s+previous\\s+year|the\\s+year\\s+before))|year[- ]on[- ]year|on[- ]year|year[- ]over[- ]year|yoy|y/y`,
    () => ({ kind: "year-earlier" }),
  ),
  rule(
    "same period in",
    `(?:(?:from|than|over|compared\\s+(?:with|to)|versus|vs\\.?|on)\\s+)?the\\s+same\\s+(?:time\\s+)?(?:period|months?|quarter|half|time)(?:\\s+(?:of|in))?\\s+(${YEAR})`,
    (m) => ({ kind: "same-period", year: Number(m[1]) }),
  ),
  rule("previous month", `(?:from|than|over|on)\\s+the\\s+(?:previous|prior)\\s+month|month[- ]on[- ]month|m/m`, () => ({
    kind: "previous-month",
  })),
  rule("previous year", `(?:from|than|over|on)?\\s*the\\s+(?:previous|prior|preceding)\\s+year|the\\s+year\\s+before`, () => ({
    kind: "previous-year",
  })),
  rule(
    "past years",
    `(?:over|in|during|for|within)\\s+the\\s+(?:past|last|previous|preceding)\\s+(${COUNT}\\s+)?(years?|decades?)`,
    (m) => {
      const n = count(m[1]?.trim()) ?? 1;
      return { kind: "past-years", years: m[2]!.startsWith("decade") ? 10 * n : n };
    },
  ),
  rule("in a decade", `in\\s+(?:(?:a|one|over\\s+a)\\s+decade|(${COUNT})\\s+(years|decades))`, (m) => {
    const n = count(m[1]) ?? 1;
    return { kind: "past-years", years: m[2]?.startsWith("decade") || !m[2] ? 10 * n : n };
  }),
  rule("years ago", `(${COUNT})\\s+years?\\s+ago`, (m) => {
    const n = count(m[1]);
    return n === null ? null : { kind: "ago", years: n };
  }),
  rule("n-year-old", `(${COUNT})[- ]year[- ]old`, (m) => {
    const n = count(m[1]);
    return n === null ? null : { kind: "age", years: n, qualifier: "exact" };
  }),
  rule(
    "in force for",
    `(?:in\\s+(?:force|effect)|in\\s+place)\\s+for\\s+(?:(nearly|almost|about|more\\s+than|over)\\s+)?(${COUNT})\\s+years`,
    (m) => {
      const n = count(m[2]);
      const q = QUALIFIERS.find((x) => x[0] === (m[1] ?? "").replace(/\s+/g, " "))?.[1] ?? "exact";
      return n === null ? null : { kind: "age", years: n, qualifier: q };
    },
  ),
  rule("now", "now|currently|today|at\\s+present|presently", () => ({ kind: "connective", word: "now" })),
  // events: KORUS by any common name, with the role the words around it give it
  rule(
    "event",
    `(?:(since|after|under|following|before|prior\\s+to|pre-|post-|with|(?:in|during|over)\\s+the\\s+(?:first\\s+)?(${COUNT})\\s+years\\s+(?:of|after|under|since))\\s*(?:(?:the\\s+)?(?:two\\s+)?(?:countries|sides|nations)\\s+signed\\s+)?)?(?:the\\s+)?(${oneOf(
      EVENT_NAMES.map((e) => e[0]),
    ).replace(
      /us-korea/g,
      "us\\s*-\\s*korea",
    )})(?:'s\\s+first\\s+(${COUNT})\\s+years)?(?:\\s+(?:(?:was|were|has\\s+been|had)\\s+)?(?:went\\s+into\\s+(?:effect|force)|took\\s+effect|entered\\s+into\\s+(?:force|effect)|came\\s+into\\s+(?:effect|force)|went\\s+live|was\\s+implemented|implemented|was\\s+enacted|enacted|was\\s+signed|signed|was\\s+ratified|ratified|began|started|kicked\\s+in|was\\s+concluded|concluded|took\\s+hold))?`,
    (m) => {
      const word = (m[1] ?? "").replace(/\s+/g, " ");
      const name = m[3]!.replace(/\s*-\s*/g, "-");
      const anchor = EVENT_NAMES.find((e) => phraseMatches(e[0], name))?.[1] ?? "in-force";
      const first = m[2] !== undefined ? count(m[2]) : m[4] !== undefined ? count(m[4]) : null;
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
    "(since|after)\\s+(?:it|the\\s+accord)\\s+(?:went\\s+into\\s+(?:effect|force)|took\\s+effect|entered\\s+into\\s+(?:force|effect)|came\\s+into\\s+(?:effect|force)|was\\s+implemented)",
    () => ({ kind: "event", anchor: "in-force", role: "since", firstYears: null }),
  ),
  rule("partner", oneOf(COUNTRIES.flatMap((c) => c.words)), (m) => ({
    kind: "partner",
    name: COUNTRIES.find((c) => c.words.includes(m[0].replace(/\s+/g, " ")))!.name,
  })),
  rule("us", `us(?:'s)?|we|our|ours|america(?:'s)?`, () => ({ kind: "us" })),
  rule("sources", oneOf(KOREAN_SOURCES), () => ({ kind: "korean-source" })),
  rule("off topic", oneOf(OFF_TOPIC), () => ({ kind: "off-topic" })),
  // the figures
  rule("metric", `(?:(?:trade|goods|merchandise)\\s+)?(${oneOf(METRIC_PHRASES.map((p) => p[0]))})(?:\\s+in\\s+goods)?`, (m) => {
    const p = METRIC_PHRASES.find((x) => phraseMatches(x[0], m[1]!))!;
    return { kind: "metric", metric: p[1], perspective: p[2] };
  }),
  rule("surplus", "(?:trade\\s+|goods\\s+)?surplus(?:es)?", () => ({ kind: "surplus" })),
  rule("in the black", "in\\s+the\\s+(black|red)", (m) => ({
    kind: "black-red",
    sign: m[1] === "black" ? "surplus" : "deficit",
  })),
  rule("sign verb", "ran|run|runs|running|has\\s+run|had|has|have|posted|recorded|registered|logged|booked", () => ({
    kind: "sign-verb",
  })),
  rule("every year", "(?:in\\s+)?(?:every|each)\\s+(?:single\\s+)?year", () => ({ kind: "every-year" })),
  // changes, comparisons, superlatives, ranks
  rule("widened", oneOf(WIDEN_VERBS), () => ({ kind: "direction", direction: "up", gap: true })),
  rule("narrowed", oneOf(NARROW_VERBS), () => ({ kind: "direction", direction: "down", gap: true })),
  rule("up from", "up\\s+from", () => ({ kind: "connective", word: "up-from" })),
  rule("down from", "down\\s+from", () => ({ kind: "connective", word: "down-from" })),
  rule("up", oneOf(UP_VERBS), () => ({ kind: "direction", direction: "up", gap: false })),
  rule("down", oneOf(DOWN_VERBS), () => ({ kind: "direction", direction: "down", gap: false })),
  rule("qualifier", oneOf(QUALIFIERS.map((q) => q[0])), (m) => ({
    kind: "qualifier",
    qualifier: QUALIFIERS.find((q) => phraseMatches(q[0], m[0]))![1],
  })),
  rule("comparative", `(${oneOf([...GREATER, ...LESS])})\\s+(?:(?:now|still|today)\\s+)?than`, (m) => ({
    kind: "comparative",
    relation: (GREATER as readonly string[]).includes(m[1]!) ? "greater" : "less",
    crossing: false,
  })),
  rule("crossing", oneOf(CROSSING), () => ({ kind: "comparative", relation: "greater", crossing: true })),
  rule(
    "superlative",
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
    `(?:${oneOf([...MAX_WORDS, ...MIN_WORDS])})\\s+(?:monthly\\s+|annual\\s+|yearly\\s+)?(?:declines?|drops?|falls?|increases?|rises?|jumps?|growth|gains?|surges?|reductions?|decreases?|swings?|changes?)`,
    () => ({ kind: "change-superlative" }),
  ),
  rule("on record", "on\\s+record|ever|in\\s+history|of\\s+all\\s+time", () => ({ kind: "on-record" })),
  rule(
    "among",
    `(?:among|one\\s+of)\\s+(?:the\\s+)?(?:top\\s+)?(${COUNT})(?!\\s+(?:years|months))|(?:the\\s+)?top\\s+(${COUNT})|among`,
    (m) => {
      // "among the five biggest"; "among the US's partners" (no count) is a comparison korus cannot read
      const n = m[1] === undefined && m[2] === undefined ? 0 : count(m[1] ?? m[2]);
      return n === null ? null : { kind: "among", n };
    },
  ),
  rule(
    "rank noun",
    "(?:trading\\s+|trade\\s+|deficit\\s+)?(?:partners?|countries|economies|sources?|contributors?|suppliers?|importers?|markets)|(?:on|of)\\s+the\\s+list",
    () => ({ kind: "rank-noun" }),
  ),
  rule("ordinal", ORD, (m) => {
    const n = ordinal(m[0]);
    return n === null ? null : { kind: "ordinal", n };
  }),
  rule("monthly", "monthly|a\\s+month|per\\s+month|month", () => ({ kind: "frequency", frequency: "monthly" })),
  rule("annual", "annual|annually|yearly|a\\s+year|per\\s+year|full[- ]year|for\\s+the\\s+year", () => ({
    kind: "frequency",
    frequency: "annual",
  })),
  rule("tie", "tied|ties|tying|matched|equall?ed", () => ({ kind: "tie" })),
  rule("negation", `[a-z]+n't|cannot|${oneOf(NEGATIONS)}`, () => ({ kind: "negation" })),
  rule("hedge", oneOf(HEDGES), () => ({ kind: "hedge" })),
  // connectives the forms read
  rule("compared", "compared\\s+(?:with|to)|versus|vs\\.?|against", () => ({ kind: "connective", word: "compared" })),
  rule("equals", "equals|equal\\s+to|equivalent\\s+to|is\\s+worth|was\\s+worth|worth|=|or|in\\s+other\\s+words", () => ({
    kind: "connective",
    word: "equals",
  })),
  rule("the one with", "(?:that|those|the\\s+ones?)\\s+(?:with|of)", () => ({ kind: "connective", word: "with" })),
  rule(
    "word",
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
  rule("brackets", "[()]", (m) => ({ kind: "connective", word: m[0] === "(" ? "open" : "close" }), ""),
  rule("number", `${SPOKEN}|${NUM}`, (m) => {
    const n = readNumber(m[0]);
    return { kind: "number", value: n?.value ?? Number.NaN };
  }),
];

function phraseMatches(phraseText: string, text: string): boolean {
  return phraseText === text.replace(/\s+/g, " ");
}

/** The declared patterns, by name, for the README and tests. */
export const MENTION_PATTERNS: readonly string[] = RULES.map((r) => r.name);

/**
 * Every mention in the claim, in order. `text` is the claim after Unicode compatibility folding (fullwidth
 * "６５．７" reads as "65.7"); positions refer to it.
 */
export function findMentions(claim: string): { text: string; mentions: Mention[] } {
  const text = claim.normalize("NFKC");
  const t = fold(text);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < t.length) {
    const c = t[i]!;
    if (c === " " || c === "," || c === "." || c === '"' || c === "!" || c === "?") {
      i++;
      continue;
    }
    let best: { end: number; value: MentionValue } | null = null;
    for (const r of RULES) {
      r.re.lastIndex = i;
      const m = r.re.exec(t);
      if (!m || m[0].length === 0) continue;
      if (best && i + m[0].length <= best.end) continue;
      // a pattern whose match does not hold up (a bare number for "amount") leaves the place to the others
      const value = r.build(m);
      if (value) best = { end: i + m[0].length, value };
    }
    if (best) {
      mentions.push({ ...best.value, start: i, end: best.end, text: text.slice(i, best.end) } as Mention);
      i = best.end;
      continue;
    }
    // a word no pattern reads: skip it whole (never a part of it)
    const word = /[a-z0-9']+|./y;
    word.lastIndex = i;
    const w = word.exec(t)!;
    i += w[0].length;
  }
  return { text, mentions };
}
