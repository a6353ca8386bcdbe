/**
 * The claim reader: normalise and find mentions (mentions.ts), cut into clauses (clauses.ts), read each
 * clause with the declared forms (forms.ts). Pure: no data rows, no clock. Every meaning-bearing mention is
 * either used by a check or reported as not read; a clause with something not read is not judged.
 */
import { namesCountry, namesUs } from "../countries";
import { splitClauses } from "./clauses";
import { bracketedFx, FORMS, type Inherited, NotRead, type ReadContext, Scope, type Time, Unbundled, wholeYear } from "./forms";
import { GUARDS, type GuardInput, quote } from "./guards";
import { CLAIM_KINDS, findMentions, MEANINGFUL, type Mention } from "./mentions";
import { sentenceEnds } from "./sentences";
import type { Check, ClauseReading, Period, Product, Reading, Unread } from "./types";

export type { ReadContext };

/** The forms korus reads, one line each, for help texts and unverifiable answers (made from FORMS). */
export const CAN_READ: readonly string[] = FORMS.map(
  (f) =>
    `${f.reads}: ${f.examples
      .slice(0, 2)
      .map((e) => `"${e}"`)
      .join(", ")}`,
);

export { MAX_CLAIM_LENGTH } from "./limits";

const KIND_NAMES: Partial<Record<Mention["kind"], string>> = {
  money: "amount",
  percent: "percent",
  points: "percentage points",
  multiple: "multiple",
  period: "period",
  range: "years",
  "this-year": "part of the current year",
  "last-year": "relative time",
  "past-years": "relative time",
  "year-earlier": "comparison base",
  "same-period": "comparison base",
  "previous-month": "comparison base",
  "previous-year": "comparison base",
  ago: "relative time",
  age: "age",
  event: "event",
  fiscal: "fiscal year",
  direction: "change",
  comparative: "comparison",
  superlative: "superlative",
  ordinal: "ordinal",
  among: "rank",
  ranked: "rank",
  "every-year": "every year",
  qualifier: "qualifier",
  number: "number",
  negation: "negation",
  hedge: "prediction or condition",
  tie: "a tie",
  cumulative: "a running total",
};

function unread(m: Mention): Unread {
  const kind = m.kind === "unreadable" ? m.what : (KIND_NAMES[m.kind] ?? m.kind);
  return { text: m.text.trim(), kind, start: m.start, end: m.end };
}

/** A clause's own time, read on a throwaway scope: what later clauses inherit. */
function ownTime(ms: Mention[], ctx: ReadContext): Time | null {
  const t = new Scope(ms, ctx, { metric: null, partner: null, time: null }, ms).time();
  return t.at || t.span || t.before ? t : null;
}

export function readClaim(raw: string, ctx: ReadContext): Reading {
  const { text, mentions } = findMentions(raw);
  const rules: string[] = [];
  const all: Unread[] = [];
  const korean = mentions.find((m) => m.kind === "korean-source");
  // a claim of several sentences: each is read on its own, nothing carried from one to the next
  const ends = sentenceEnds(text);
  const sentences: Mention[][] = ends.map(() => []);
  sentences.push([]);
  for (const m of mentions) sentences[ends.filter((e) => e <= m.start).length]!.push(m);
  const bounds = [0, ...ends, text.length];
  const aboutFigure = mentions.some((m) => m.kind === "metric" || m.kind === "surplus");
  const readings = sentences.flatMap((ms, k) => {
    // "Has the deficit doubled since KORUS?", "… fell in 2025 — or did it?": a question asserts nothing
    const question = /\?[\s"'”’)\]]*$/.test(text.slice(bounds[k], bounds[k + 1]));
    return readSentence(text, ms, ctx, { korean, question, aboutFigure, later: k > 0 }, rules, all);
  });
  const checks = readings.flatMap((r) => r.checks);
  const reasons = readings.map((r) => r.unverifiable).filter((r): r is string => r !== null);
  const unverifiable =
    checks.length > 0
      ? null
      : (reasons[0] ?? "korus could not find a trade figure (deficit, surplus, exports, imports, total trade) in the claim");
  const reported = mentions.some((m) => m.kind === "reported");
  const usSource = mentions.some((m) => m.kind === "us-source");
  const basis = korean && !usSource ? "korea" : usSource && !korean ? "us" : null;
  return {
    clauses: readings.filter((r) => r.checks.length || r.unverifiable),
    checks,
    rules,
    unread: all,
    unverifiable,
    reported,
    basis,
  };
}

/**
 * "Korea ran a $23 billion deficit with Japan", "South Korea's trade deficit with Japan": the subject's own deficit
 * with a country its statistics hold is the subject's figure, named from its side (metric "balance", perspective
 * "korea": its deficit). The subject's name is then the owner, not a partner. Only that exact shape is rewritten.
 */
function ownTradeWithThird(ms: Mention[], ctx: ReadContext): Mention[] {
  for (let i = 0; i < ms.length; i++) {
    const owner = ms[i]!;
    if (owner.kind !== "partner" || owner.name !== ctx.subject) continue;
    let j = i + 1;
    while (ms[j] && (ms[j]!.kind === "sign-verb" || ms[j]!.kind === "money" || ms[j]!.kind === "qualifier")) j++;
    const metric = ms[j];
    const withWord = ms[j + 1];
    const third = ms[j + 2];
    if (metric?.kind !== "metric" || metric.perspective !== "us" || metric.metric !== "deficit") continue;
    if (withWord?.kind !== "connective" || withWord.word !== "with") continue;
    if (third?.kind !== "partner" || !ctx.subjectPartners.includes(third.name)) continue;
    const own: Mention = { ...metric, metric: "balance", perspective: "korea", owner: ctx.subject };
    return [...ms.slice(0, i), ...ms.slice(i + 1, j), own, ...ms.slice(j + 1)];
  }
  return ms;
}

function readSentence(
  text: string,
  mentions: Mention[],
  ctx: ReadContext,
  {
    korean,
    question,
    aboutFigure,
    later,
  }: { korean: Mention | undefined; question: boolean; aboutFigure: boolean; later: boolean },
  rules: string[],
  all: Unread[],
): ClauseReading[] {
  const clauses = splitClauses(ownTradeWithThird(mentions, ctx));
  // "Some claim the deficit fell in 2024, but that is incorrect": a later denial disputes the whole sentence
  const denial = clauses
    .slice(1)
    .flatMap((c) => c.mentions)
    .find(
      (m) =>
        m.kind === "rebuttal" ||
        (m.kind === "negation" && !/^(not|never|no\s+longer|neither|nor|without|cannot)$|n't$/i.test(m.text.trim())),
    );
  const times = clauses.map((c) => ownTime(c.mentions, ctx));
  const metrics = clauses.map((c) => c.mentions.find((m) => m.kind === "metric"));
  // "red meat exports", "export of services": a figure korus does not hold; clauses leaning on it are not read either
  const near = (i: number) => [mentions[i - 1], mentions[i + 1], mentions[i + 2]].some((x) => x?.kind === "off-topic");
  const tainted = new Set(mentions.filter((m, i) => m.kind === "metric" && near(i)));
  const sentencePartner = mentions.find((m) => m.kind === "partner" && ctx.partners.includes(m.name));
  return clauses.map((c, k) => {
    const clauseText = text.slice(c.start, c.end);
    // a figure, an amount, a change, a comparison or a record in a claim about trade ("… and fell to $23.1
    // billion", "…; so did exports", "… By 2016 it had tripled")
    // a later sentence of the claim ("That was the biggest jump since 2010", "So did Japan's") is part of it too
    const states =
      (later && c.mentions.some((m) => MEANINGFUL.has(m.kind) || m.kind === "metric" || m.kind === "partner")) ||
      (aboutFigure &&
        c.mentions.some((m) => CLAIM_KINDS.has(m.kind) || m.kind === "metric" || m.kind === "surplus" || m.kind === "black-red"));
    const nearest = <T>(xs: (T | null | undefined)[]): T | null =>
      xs
        .slice(0, k)
        .reverse()
        .find((x) => x != null) ??
      xs.slice(k + 1).find((x) => x != null) ??
      null;
    const metric = nearest(metrics);
    const inherited: Inherited = {
      metric: metric?.kind === "metric" ? { metric: metric.metric, perspective: metric.perspective } : null,
      partner: sentencePartner?.kind === "partner" ? sentencePartner.name : null,
      time: nearest(times),
    };
    const s = new Scope(c.mentions, ctx, inherited, mentions);
    const fail = (why: string, notRead: Mention[] = []): ClauseReading => {
      const u = notRead.map(unread);
      all.push(...u);
      return { text: clauseText, form: null, checks: [], unread: u, unverifiable: why, states };
    };
    const leaning = !c.mentions.some((m) => m.kind === "metric") && metric !== null && tainted.has(metric);
    const input: GuardInput = {
      text,
      clause: c,
      ctx,
      question,
      denial,
      korean,
      seoulSide: mentions.some((m) => m.kind === "metric" && m.perspective === "korea"),
      inherits:
        !c.mentions.some((m) => m.kind === "metric") && metric?.kind === "metric"
          ? { metric: metric.metric, text: metric.text }
          : null,
      sentenceUs: mentions.some((m) => m.kind === "us" || (m.kind === "metric" && namesUs(m.text))),
      leaningOn: leaning ? mentions[mentions.indexOf(metric!) - 1] : undefined,
    };
    for (const guard of GUARDS) {
      const refusal = guard.refuse(input);
      if (refusal) return fail(refusal.why, refusal.notRead ?? []);
    }
    let checks: Check[] = [];
    let form: string | null = null;
    try {
      checks = bracketedFx(s);
      for (const f of FORMS) {
        const r = f.read(s);
        if (r) {
          checks.push(...r.checks);
          form = f.name;
          break;
        }
      }
      attachProduct(s, checks, text);
      markReporter(s, checks, ctx);
    } catch (e) {
      if (e instanceof Unbundled) {
        return fail(`'${e.text.trim()}' is not a bundled partner: korus has US goods trade with ${ctx.partners.join(", ")}`);
      }
      if (e instanceof NotRead) {
        // a bare number nothing read ("in 12016") is likely what was meant: named, so the reason says what
        const stray = e.mention ?? c.mentions.find((m) => m.kind === "number" && !s.used.has(m));
        return fail(`could not read ${e.why}${stray ? ` ('${stray.text.trim()}')` : ""}`, stray ? [stray] : []);
      }
      throw e;
    }
    for (const f of s.all("frequency")) if (!s.used.has(f) && describes(f, s, checks)) s.use(f);
    // a name of the agreement on its own ("the terms of KORUS") says nothing to check
    // a second figure no check used ("both exports and imports fell", "imports fell, with exports also down") is
    // not read either
    const left = c.mentions.filter(
      (m) =>
        (MEANINGFUL.has(m.kind) || (m.kind === "metric" && checks.length > 0)) &&
        !s.used.has(m) &&
        !(m.kind === "event" && m.role === "name" && !timeOfEvent(m, c.mentions, text)),
    );
    if (checks.length === 0) {
      if (
        left.length === 0 &&
        !c.mentions.some((m) => m.kind === "metric" || m.kind === "money" || m.kind === "surplus" || m.kind === "black-red")
      ) {
        return { text: clauseText, form: null, checks: [], unread: [], unverifiable: null, states };
      }
      if (!c.mentions.some((m) => m.kind === "metric" || m.kind === "surplus")) {
        return fail("korus could not find a trade figure (deficit, surplus, exports, imports, total trade) in the claim", left);
      }
      return fail(
        left.length
          ? `could not read ${quote(left)}`
          : "korus found a trade figure but no stated amount, change, comparison or record to check",
        left,
      );
    }
    if (left.length) return fail(`could not read ${quote(left)}: the clause is not judged on a reading that skips it`, left);
    for (const r of s.rules) if (!rules.includes(r)) rules.push(r);
    const named = c.mentions.some((m) => m.kind === "korean-source")
      ? "korea"
      : c.mentions.some((m) => m.kind === "us-source")
        ? "us"
        : undefined;
    return { text: clauseText, form, checks, unread: [], unverifiable: null, states, ...(named ? { basis: named } : {}) };
  });
}

/**
 * "Korea's imports from Japan": a figure named from the subject's side with a third country is the subject's own
 * trade with it; "Japan's exports to the US" is the partner's side of US trade, which stays US data.
 */
function markReporter(s: Scope, checks: Check[], ctx: ReadContext): void {
  // a clause with no figure word of its own ("while its surplus with China fell") has the sentence's
  const own = s.all("metric");
  const pool = own.length ? own : s.sentence.filter((m): m is Extract<Mention, { kind: "metric" }> => m.kind === "metric");
  const ours = pool.some((m) => m.perspective === "korea" && (m.owner === ctx.subject || namesCountry(ctx.subject, m.text)));
  if (!ours) return;
  for (const ch of checks)
    if ("perspective" in ch && ch.perspective === "korea" && ch.partner !== ctx.subject)
      (ch as { reporter?: string }).reporter = ctx.subject;
}

/** Check types a product can qualify: "US imports of Korean cars were $16 billion", "auto exports fell 5%". */
const PRODUCT_CHECKS: ReadonlySet<Check["type"]> = new Set(["level", "ratio", "percent", "delta", "direction", "share"]);

/** "Korean cars", "auto exports": the clause's figures are of that product only, or the clause is not read. */
function attachProduct(s: Scope, checks: Check[], text: string): void {
  const products = s.all("product");
  if (products.length === 0 || checks.length === 0) return;
  const first = products[0]!;
  const other = products.find((p) => p.product !== first.product);
  if (other) throw new NotRead("two products in one clause (say one)", other);
  if (checks.every((ch) => ch.type !== "share")) {
    // "auto exports", "imports of Korean cars", "$24 billion of vehicles": the word names the figure; elsewhere
    // ("driven by autos, the deficit rose") it may be a cause, and which it is is not read
    const skip = (m: Mention | undefined) =>
      m?.kind === "partner" || m?.kind === "us" || m?.kind === "qualifier" || (m?.kind === "connective" && m.word === "of");
    let j = s.index(first) - 1;
    while (skip(s.at(j))) j--;
    let k = s.index(first) + 1;
    while (skip(s.at(k))) k++;
    const figureWord = (m: Mention | undefined) => m?.kind === "metric" || m?.kind === "surplus" || m?.kind === "black-red";
    const names = figureWord(s.at(j)) || figureWord(s.at(k)) || s.at(j)?.kind === "money";
    // "…, and Korean barriers to US auto sales": far from every figure, the word is context, as it was before
    // korus held auto figures
    const at = s.index(first);
    const far = s.ms.every((m, i) => !(CLAIM_KINDS.has(m.kind) || figureWord(m)) || Math.abs(i - at) > 3);
    if (far && !names) {
      s.use(...products);
      s.rules.push(`'${first.text.trim()}' is read as context: it stands far from every figure`);
      return;
    }
    if (!names)
      throw new NotRead(`whether the figure is of ${first.text.trim()} only, or ${first.text.trim()} are a cause`, first);
  }
  // "used Korean cars", "electric cars": a kind of the product that no bundled figure separates
  const kind =
    /\b(used|new|electric|hybrid|luxury|compact|premium|second-hand|secondhand|brand-new|korean-made|american-made|foreign-made)\s+(?:(?:south\s+)?korean\s+)?$/i.exec(
      text.slice(Math.max(0, first.start - 40), first.start),
    );
  if (kind) throw new NotRead(`a kind of ${first.text.trim()} no bundled figure separates ('${kind[1]}')`, first);
  for (const ch of checks) {
    if (!PRODUCT_CHECKS.has(ch.type) || !("metric" in ch) || ch.type === "compare")
      throw new NotRead(`a ${ch.type} of one product (korus checks levels, changes and shares of auto trade)`, first);
    (ch as { product?: Product }).product = first.product;
  }
  s.use(...products);
}

/** "$13.2 billion when KORUS took effect", "in the year before KORUS": the event names a time, which no form read. */
function timeOfEvent(m: Mention, ms: readonly Mention[], text: string): boolean {
  const prev = ms[ms.indexOf(m) - 1];
  return (
    prev?.kind === "previous-year" ||
    prev?.kind === "year-earlier" ||
    /\bwhen\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))
  );
}

/**
 * "the annual deficit", "the monthly deficit in March": a word that names the figure, read when every period
 * checked is of that kind. After an amount or a percent ("$4.7 billion a month", "3.4% a year") it is a rate,
 * which no form reads.
 */
function describes(f: Extract<Mention, { kind: "frequency" }>, s: Scope, checks: Check[]): boolean {
  const prev = s.at(s.index(f) - 1);
  if (prev?.kind === "money" || prev?.kind === "percent" || prev?.kind === "multiple") return false;
  const periods = checks.flatMap((c): Period[] => ("period" in c ? [c.period] : "from" in c ? [c.from, c.to] : []));
  if (periods.length === 0) return false;
  const oneMonth = (p: Period) => p.kind === "month" || (p.kind === "relative" && p.from === p.to);
  return periods.every((p) => (f.frequency === "annual" ? wholeYear(p) : oneMonth(p)));
}
