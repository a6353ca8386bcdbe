/**
 * The claim reader: normalise and find mentions (mentions.ts), cut into clauses (clauses.ts), read each
 * clause with the declared forms (forms.ts). Pure: no data rows, no clock. Every meaning-bearing mention is
 * either used by a check or reported as not read; a clause with something not read is not judged.
 */
import { splitClauses } from "./clauses";
import { bracketedFx, FORMS, type Inherited, NotRead, type ReadContext, Scope, type Time, Unbundled } from "./forms";
import { findMentions, MEANINGFUL, type Mention } from "./mentions";
import type { Check, ClauseReading, Reading, Unread } from "./types";

export type { ReadContext };

/** The forms korus reads, one line each, for help texts and unverifiable answers (made from FORMS). */
export const CAN_READ: readonly string[] = FORMS.map(
  (f) =>
    `${f.reads}: ${f.examples
      .slice(0, 2)
      .map((e) => `"${e}"`)
      .join(", ")}`,
);

/** A claim longer than this is a usage error: whole texts go through `check --file` sentence by sentence. */
export const MAX_CLAIM_LENGTH = 2000;

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
  return { text: m.text.trim(), kind: KIND_NAMES[m.kind] ?? m.kind, start: m.start, end: m.end };
}

function quote(ms: readonly Mention[]): string {
  return ms.map((m) => `'${m.text.trim()}'`).join(", ");
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
  const clauses = splitClauses(mentions);
  const korean = mentions.find((m) => m.kind === "korean-source");
  const times = clauses.map((c) => ownTime(c.mentions, ctx));
  const metrics = clauses.map((c) => c.mentions.find((m) => m.kind === "metric"));
  // "red meat exports", "export of services": a figure korus does not hold; clauses leaning on it are not read either
  const near = (i: number) => [mentions[i - 1], mentions[i + 1], mentions[i + 2]].some((x) => x?.kind === "off-topic");
  const tainted = new Set(mentions.filter((m, i) => m.kind === "metric" && near(i)));
  const sentencePartner = mentions.find((m) => m.kind === "partner" && ctx.partners.includes(m.name));
  const readings: ClauseReading[] = clauses.map((c, k) => {
    const clauseText = text.slice(c.start, c.end);
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
      return { text: clauseText, form: null, checks: [], unread: u, unverifiable: why };
    };
    if (korean) {
      return fail(
        `the claim cites Korea's own statistics ('${korean.text.trim()}'): korus holds US Census figures, and Korea's customs figures differ (see korus mirror)`,
      );
    }
    const leaning = !c.mentions.some((m) => m.kind === "metric") && metric !== null && tainted.has(metric);
    const offTopic =
      c.mentions.find((m) => m.kind === "off-topic") ?? (leaning ? mentions[mentions.indexOf(metric!) - 1] : undefined);
    if (offTopic) {
      return fail(
        `'${offTopic.text.trim()}' is outside the data: korus holds Census totals of US goods trade with ${ctx.partners.join(", ")}, exchange rates and CPI`,
      );
    }
    const blocked = c.mentions.filter(
      (m) =>
        m.kind === "negation" ||
        m.kind === "hedge" ||
        m.kind === "fiscal" ||
        m.kind === "this-year" ||
        m.kind === "points" ||
        m.kind === "tie" ||
        m.kind === "cumulative",
    );
    if (blocked.length)
      return fail(`could not read ${quote(blocked)}: korus does not judge ${blockedWhat(blocked[0]!)}`, blocked);
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
    } catch (e) {
      if (e instanceof Unbundled) {
        return fail(`'${e.text.trim()}' is not a bundled partner: korus has US goods trade with ${ctx.partners.join(", ")}`);
      }
      if (e instanceof NotRead)
        return fail(`could not read ${e.why}${e.mention ? ` ('${e.mention.text.trim()}')` : ""}`, e.mention ? [e.mention] : []);
      throw e;
    }
    // a name of the agreement on its own ("the terms of KORUS") says nothing to check
    const left = c.mentions.filter((m) => MEANINGFUL.has(m.kind) && !s.used.has(m) && !(m.kind === "event" && m.role === "name"));
    if (checks.length === 0) {
      if (left.length === 0 && !c.mentions.some((m) => m.kind === "metric" || m.kind === "money")) {
        return { text: clauseText, form: null, checks: [], unread: [], unverifiable: null };
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
    return { text: clauseText, form, checks, unread: [], unverifiable: null };
  });
  const checks = readings.flatMap((r) => r.checks);
  const reasons = readings.map((r) => r.unverifiable).filter((r): r is string => r !== null);
  const unverifiable =
    checks.length > 0
      ? null
      : (reasons[0] ?? "korus could not find a trade figure (deficit, surplus, exports, imports, total trade) in the claim");
  return { clauses: readings.filter((r) => r.checks.length || r.unverifiable), checks, rules, unread: all, unverifiable };
}

function blockedWhat(m: Mention): string {
  switch (m.kind) {
    case "negation":
      return "negated statements (a misread negation would flip the verdict)";
    case "hedge":
      return "predictions, conditions or estimates";
    case "fiscal":
      return "fiscal years (the data are calendar years)";
    case "this-year":
      return "the current, unfinished year";
    case "tie":
      return "ties (a figure equal to a record within rounding)";
    case "cumulative":
      return "running totals up to a month ('as of August', 'through October'): say which months";
    default:
      return "changes in percentage points";
  }
}
