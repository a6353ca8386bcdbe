import type { ArticleCheckReport } from "../core/check/article";
import type { Assessment } from "../core/check/assess";
import type { Arithmetic, Basis, CheckReport, ClauseResult } from "../core/check/evaluate";
import { periodLabel } from "../core/check/forms";
import { MAX_CLAIM_LENGTH } from "../core/check/limits";
import type { TextCheckReport } from "../core/check/text";
import type { Check, Metric, Period, Product, Stated, Verdict } from "../core/check/types";
import { palette } from "./color";
import { mdText } from "./doc";
import { blockWidth, currencySymbol, formatNumber, MISSING, wrapLines as wrapAt, wrapLines } from "./format";
import { safeText } from "./safe-text";
import { type Column, markdownTable, renderTable } from "./table";
import { toAscii } from "./text-width";

const METRIC: Record<Metric, string> = {
  deficit: "US goods deficit",
  balance: "US goods balance",
  exports: "US goods exports",
  imports: "US goods imports",
  total: "total US goods trade",
};

const QUAL: Record<Stated["qualifier"], string> = {
  exact: "",
  about: "about ",
  nearly: "nearly ",
  "more-than": "more than ",
  "less-than": "less than ",
};

function period(p: Period, latest: number): string {
  return p.kind === "latest" ? String(latest - p.back) : periodLabel(p);
}

function stated(s: Stated): string {
  return `${QUAL[s.qualifier]}${s.text}`;
}

function where(metric: Metric, partner: string): string {
  return `${metric === "exports" ? "to" : metric === "imports" ? "from" : "with"} ${partner}`;
}

/**
 * A figure in the subject's own statistics, named from its side (the metric is always named from the US side):
 * with the US when the partner is the subject itself, else with that third country.
 */
function ownFigure(metric: Metric, partner: string, subject: string): string {
  const other = partner === subject ? "the US" : partner;
  const own = {
    deficit: `${subject}'s goods surplus with ${other}`,
    balance: `${subject}'s goods deficit with ${other}`,
    exports: `${subject}'s goods imports from ${other}`,
    imports: `${subject}'s goods exports to ${other}`,
    total: `total goods trade between ${subject} and ${other}`,
  }[metric];
  return `${own} (${subject}-reported)`;
}

/** "US goods deficit with South Korea", or on Korea's figures "South Korea's goods surplus with the US (South Korea-reported)" */
function subjectOf(x: { metric: Metric; partner: string; product?: Product | null }, basis: Basis, subject: string): string {
  const whole = basis === "korea" ? ownFigure(x.metric, x.partner, subject) : `${METRIC[x.metric]} ${where(x.metric, x.partner)}`;
  return x.product ? `${whole}, ${PRODUCT_WORD[x.product]} only` : whole;
}

const PRODUCT_WORD: Record<Product, string> = { autos: "autos", cars: "passenger cars", parts: "auto parts" };

/** The claim as korus understood it, one line per clause. */
export function describeCheck(c: Check, latest: number, basis: Basis = "us", subject = ""): string {
  switch (c.type) {
    case "level":
      return `${subjectOf(c, basis, subject)} in ${period(c.period, latest)}: ${stated(c.stated)}`;
    case "ratio":
      return `${subjectOf(c, basis, subject)}, ${period(c.from, latest)} → ${period(c.to, latest)}: ${QUAL[c.qualifier]}${c.word} (×${formatNumber(c.factor, c.factor % 1 ? 2 : 0)})`;
    case "percent":
      return `${subjectOf(c, basis, subject)}, ${period(c.from, latest)} → ${period(c.to, latest)}: ${c.percent >= 0 ? "up" : "down"} by ${QUAL[c.qualifier]}${formatNumber(Math.abs(c.percent), c.precision < 0.5 ? 1 : 0)}%`;
    case "delta":
      return `${subjectOf(c, basis, subject)}, ${period(c.from, latest)} → ${period(c.to, latest)}: ${c.direction} by ${stated(c.stated)}`;
    case "direction":
      return `${subjectOf(c, basis, subject)}, ${period(c.from, latest)} → ${period(c.to, latest)}: went ${c.direction}`;
    case "share":
      return `${PRODUCT_WORD[c.product]} as a part of ${subjectOf({ ...c, product: null }, basis, subject)} in ${period(c.period, latest)}: ${c.word} (${c.high === null ? `${formatNumber(c.low * 100, 0)}% or more` : `${formatNumber(c.low * 100, 0)}-${formatNumber(c.high * 100, 0)}%`})`;
    case "compare":
      return `${METRIC[c.metric]} with ${c.subject} ${c.factor !== null ? `${QUAL[c.qualifier]}${formatNumber(c.factor, c.factor % 1 ? 1 : 0)} times` : c.relation === "greater" ? "bigger than" : "smaller than"} ${c.factor !== null ? "the one " : ""}with ${c.object} in ${period(c.period, latest)}${c.crossing ? " (overtaking it)" : ""}`;
    case "record": {
      const span =
        c.since !== null ? ` since ${c.since}` : c.window !== null ? ` of the previous ${c.window} years` : " on record";
      return `${subjectOf(c, basis, subject)} in ${period(c.period, latest)}: ${c.position > 1 ? `${ordinal(c.position)} ` : ""}${c.extreme === "max" ? "highest" : "lowest"}${c.frequency === "monthly" ? " month" : " year"}${span}`;
    }
    case "rank":
      return `${c.partner} ${c.among === "top" ? `among the ${c.position}` : `the ${ordinal(c.position)}`} ${c.extreme === "max" ? "largest" : "smallest"} by ${METRIC[c.metric]} in ${period(c.period, latest)}`;
    case "sign":
      return c.everyYearTo
        ? `the US ran a ${c.sign} with ${c.partner} every year from ${period(c.period, latest)} to ${period(c.everyYearTo, latest)}`
        : `the US ran a ${c.sign} with ${c.partner} in ${period(c.period, latest)}`;
    case "fx":
      return `${c.amount.text} = ${stated(c.result)} (at ${c.date ?? "the claim's date"})`;
    case "age":
      return `KORUS entered into force ${QUAL[c.qualifier]}${c.years} years before the claim's date`;
  }
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${n}${s}`;
}

function money(millions: number, currency = "USD"): string {
  const abs = Math.abs(millions);
  const sym = currencySymbol(currency);
  const [v, unit] = abs >= 1e6 ? [abs / 1e6, "trillion"] : abs >= 1e3 ? [abs / 1e3, "billion"] : [abs, "million"];
  return `${millions < 0 ? "-" : ""}${sym === currency ? "" : sym}${formatNumber(v, 1)} ${unit}${sym === currency ? ` ${currency}` : ""}`;
}

const MULTIPLE_WORDS = ["", "", "doubled", "tripled", "quadrupled", "quintupled"];

/** The nearest true statement, in words: "it rose 4.28×: it more than quadrupled". */
export function closestTrue(r: ClauseResult, latest: number, subject = ""): string | null {
  const c = r.check;
  const a = r.actual;
  const basis = r.basis;
  if (a === null || r.verdict === "unverifiable") return null;
  switch (c.type) {
    case "level": {
      const cur = c.stated.currency;
      return `${subjectOf(c, basis, subject)} in ${period(c.period, latest)} was ${money(a, cur)}`;
    }
    case "ratio": {
      if (a < 1) return `it fell to ${formatNumber(a, 2)}× (${formatNumber((a - 1) * 100, 1, { sign: true })}%)`;
      const k = Math.floor(a + 1e-9);
      const word =
        a >= 0.9 * Math.round(a) && a <= 1.15 * Math.round(a) && Math.round(a) >= 2
          ? `it ${MULTIPLE_WORDS[Math.round(a)] ?? `grew ${Math.round(a)}-fold`}`
          : k >= 2
            ? `it more than ${MULTIPLE_WORDS[k] ?? `${k}-fold`}`
            : `it rose ${formatNumber((a - 1) * 100, 1)}%`;
      return `it changed ${formatNumber(a, 2)}×: ${word.replace(/^it it/, "it")}`;
    }
    case "percent":
    case "direction":
      return `it ${a >= 0 ? "rose" : "fell"} ${formatNumber(Math.abs(a), 1)}%, ${period(c.from, latest)} → ${period(c.to, latest)}`;
    case "delta":
      return `it ${a >= 0 ? "rose" : "fell"} by ${money(Math.abs(a))}, ${period(c.from, latest)} → ${period(c.to, latest)}`;
    case "share":
      return `${PRODUCT_WORD[c.product]} were ${formatNumber(a, 0)}% of it in ${period(c.period, latest)}`;
    case "compare": {
      const [s, o] = r.evidence;
      if (!s || !o || s.value === null || o.value === null) return null;
      if (c.factor !== null) return `the one with ${c.subject} was ${formatNumber(a, 1)} times the one with ${c.object}`;
      return `with ${c.subject} ${money(s.value)}, with ${c.object} ${money(o.value)}: ${s.value > o.value ? "bigger" : "smaller"}`;
    }
    case "record":
      return r.reason ?? null;
    case "rank":
      return r.reason;
    case "sign":
      return r.reason;
    case "fx":
      return `${c.amount.text} = ${money(a / 1e6, c.result.currency)}`;
    case "age":
      return `KORUS had been in force ${formatNumber(a, 1)} years`;
  }
}

function arithmeticLine(r: ClauseResult): string[] {
  return r.arithmetic.map(arithmeticText);
}

function arithmeticText(a: Arithmetic): string {
  const n = (x: number) => formatNumber(x, 1);
  switch (a.op) {
    case "ratio":
      return a.unit === "%"
        ? `${n(a.a)} / ${n(a.b)} = ${formatNumber(a.result, 1)}%`
        : `${n(a.a)} / ${n(a.b)} = ${formatNumber(a.result, 2)}×`;
    case "difference":
      return `${n(a.a)} − ${n(a.b)} = ${formatNumber(a.result, 1, { sign: true })} ($ millions)`;
    case "percent-change":
      return `${formatNumber(a.a, 1, { sign: true })} / ${n(a.b)} = ${formatNumber(a.result, 1, { sign: true })}%`;
    case "conversion":
      return `${formatNumber(a.a, 0)} × ${formatNumber(a.b, a.b >= 100 ? 2 : 6)} = ${formatNumber(a.result, 0)} (${a.unit})`;
    case "comparison":
      return `${n(a.a)} vs ${n(a.b)}: difference ${formatNumber(a.result, 1, { sign: true })} ($ millions)`;
    case "extreme":
      return `${n(a.a)} vs ${n(a.b)} (the previous extreme): ${formatNumber(a.result, 1, { sign: true })} ($ millions)`;
    case "rank":
      return `place ${a.a} of ${a.b}`;
    case "sum":
      return `${n(a.a)} + … = ${n(a.result)}`;
    case "years-between":
      return `${new Date(a.b * 86400000).toISOString().slice(0, 10)} → ${new Date(a.a * 86400000).toISOString().slice(0, 10)} = ${formatNumber(a.result, 1)} years`;
  }
}

function band(r: ClauseResult): string | null {
  const b = r.explanation.band;
  if (!b) return null;
  // enough decimals to show a narrow band as it is ("27.85 to 27.95%", not "27.8 to 27.9%" or "-4.5 to -4.5%")
  let d = b.unit === "×" ? 2 : 1;
  while (b.low !== null && b.high !== null && b.high > b.low && d < 4 && b.high - b.low < 2 * 10 ** -d) d++;
  const f = (x: number | null) => (x === null ? "" : formatNumber(x, d));
  const unit = b.unit === "×" ? "×" : b.unit === "%" ? "%" : ` ${b.unit}`;
  if (b.low === null && b.high !== null) return `below ${f(b.high)}${unit}`;
  if (b.high === null && b.low !== null) return `above ${f(b.low)}${unit}`;
  return `within ${f(b.low)} to ${f(b.high)}${unit}`;
}

export function verdictLabel(v: Verdict): string {
  return v.toUpperCase();
}

/**
 * One color per step of the scale, so HALF-TRUE never looks like FALSE nor like UNVERIFIABLE: green for true (bold)
 * and mostly-true, yellow for half-true, magenta for mostly-false, red for false, cyan for unverifiable (not on the
 * scale). The label says it all without color.
 */
export function paintVerdict(v: Verdict, colorOn: boolean): string {
  const c = palette(colorOn);
  const label = verdictLabel(v);
  if (!colorOn) return label;
  switch (v) {
    case "true":
      return c.green.bold(label);
    case "mostly-true":
      return c.green(label);
    case "half-true":
      return c.yellow.bold(label);
    case "mostly-false":
      return c.magenta.bold(label);
    case "false":
      return c.red.bold(label);
    default:
      return c.cyan.bold(label);
  }
}

/** User text shown back: control characters made visible, so a claim can never drive the terminal. */
export const visible = safeText;

/** The text view of one claim, wrapped to `width` columns (the verdict word is never wrapped away from its claim). */
export function renderCheck(r: CheckReport, colorOn: boolean, width = 80, ascii = false, markdown = false): string {
  if (markdown) {
    colorOn = false;
    width = MARKDOWN_WIDTH;
  }
  const c = palette(colorOn);
  const latest = r.latestFullYear;
  const t = (s: string) => (ascii ? toAscii(s) : s);
  const wrap = (text: string, first = "", rest = first) => wrapLines(t(text), width, t(first), t(rest));
  const dim = (lines: string[]) => lines.map((l) => c.dim(l));
  const label = verdictLabel(r.verdict);
  const out: string[] = wrap(visible(r.claim), `${label}  `, " ".repeat(label.length + 2));
  out[0] = markdown
    ? `${RAW}**${label}** ${mdText(t(visible(r.claim)))}`
    : `${paintVerdict(r.verdict, colorOn)}${out[0]!.slice(label.length)}`;
  out.push(...dim(wrap(`as of ${r.asOf}: the latest full year published then is ${latest}, the latest month ${r.latestMonth}`)));
  if (r.reason) out.push("", ...wrap(visible(r.reason), "Why: ", "  "));
  if (r.clauses.length) {
    out.push("", "Understood as:");
    r.clauses.forEach((cl, i) => {
      const said = `${describeCheck(cl.check, latest, cl.basis, r.subject)}  → ${verdictLabel(cl.verdict)}${cl.reason ? ` (${cl.reason})` : ""}`;
      const lines = wrap(said, `  ${i + 1}. `, "     ");
      // the verdict in its color, where the wrapping left it
      const arrow = t("→ ");
      const at = lines.findIndex((l) => l.includes(`${arrow}${verdictLabel(cl.verdict)}`));
      if (at >= 0)
        lines[at] = lines[at]!.replace(`${arrow}${verdictLabel(cl.verdict)}`, `${arrow}${paintVerdict(cl.verdict, colorOn)}`);
      out.push(...lines);
      const details = [
        cl.explanation.period && `period ${cl.explanation.period}`,
        band(cl) && `true ${band(cl)}`,
        cl.explanation.error && `the claim ${cl.explanation.error}`,
      ].filter(Boolean);
      if (details.length) out.push(...dim(wrap(details.join(" · "), "     ")));
      const closest = cl.verdict !== "true" ? closestTrue(cl, latest, r.subject) : null;
      if (closest && cl.check.type !== "record" && cl.check.type !== "rank" && cl.check.type !== "sign")
        out.push(...wrap(closest, "     closest true statement: ", "       "));
      for (const s of cl.explanation.sensitivity) {
        out.push(
          ...dim(
            wrap(
              `with ${s.from} → ${s.to} instead, the verdict would be ${verdictLabel(s.verdict)}: the window matters`,
              "     ",
            ),
          ),
        );
      }
    });
  }
  const notJudged = r.interpretation.clauses.filter((cl) => cl.unverifiable && cl.checks.length === 0);
  if (notJudged.length && r.clauses.length) {
    out.push("", "Not judged:");
    for (const cl of notJudged) out.push(...wrap(`"${visible(cl.text)}": ${visible(cl.unverifiable!)}`, "  - ", "    "));
  }
  if (r.interpretation.unread.length) {
    const unread = r.interpretation.unread.map((u) => `'${visible(u.text)}' (${u.kind})`).join(", ");
    out.push("", ...wrap(unread, "Not read: ", "  "));
  }
  const evidence = r.clauses.flatMap((cl) => cl.evidence);
  const seen = new Set<string>();
  const rows = evidence
    .filter((e) => {
      const k = `${e.partner}|${e.metric}|${e.period}|${e.basis}|${e.product}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map((e) => [
      e.partner,
      e.period,
      e.product || e.basis === "korea" ? subjectOf(e, e.basis, r.subject) : METRIC[e.metric],
      e.value === null ? MISSING : formatNumber(e.value, 1),
      e.sourceId ?? "",
      e.note ?? "",
    ]);
  if (rows.length) {
    out.push("", "Evidence:");
    const columns: Column[] = [
      { header: "Partner", align: "left" },
      { header: "Period" },
      { header: "Figure", align: "left" },
      { header: "$ millions" },
      { header: "Source", align: "left" },
      { header: "Note", align: "left" },
    ];
    const table = markdown
      ? RAW +
        markdownTable(
          columns,
          rows.map((row) => row.map(t)),
        )
      : renderTable(columns, rows, { colorOn, ascii });
    // a table wider than the terminal becomes one entry per figure
    if (markdown || blockWidth(table) <= width) out.push(table);
    else
      for (const [partner, period, figure, value, source, note] of rows)
        out.push(
          ...wrap(`${partner} ${period}, ${figure}: ${value} $ millions`, "  - ", "    "),
          ...dim(wrap([source, note].filter(Boolean).join(" · "), "    ")),
        );
  }
  const list = (items: readonly string[]) => items.flatMap((x) => wrap(x, "  - ", "    "));
  const arithmetic = r.clauses.flatMap(arithmeticLine);
  if (arithmetic.length) out.push("", "Arithmetic:", ...arithmetic.flatMap((a) => wrap(a, "  ", "    ")));
  if (r.interpretation.rules.length) out.push("", "Rules and defaults applied:", ...list(r.interpretation.rules));
  if (r.caveats.length) out.push("", "Caveats:", ...list(r.caveats));
  if (r.hints.length) out.push("", "Hint:", ...list(r.hints));
  if (r.canRead) out.push("", "korus reads (korus help claims):", ...list(r.canRead));
  if (r.sources.length) {
    out.push(
      "",
      "Sources:",
      ...dim(list(r.sources.map((s) => `${s.publisher}: ${s.title}. ${s.vintage}.${s.url ? ` ${s.url}` : ""}`))),
    );
  }
  if (markdown) return asMarkdown(out);
  return `${t(out.join("\n"))}\n`;
}

/** Marks a line that is Markdown already (a table, a bold verdict): asMarkdown passes it through. */
const RAW = "\u0000";
/** Markdown is not wrapped: the viewer wraps it. */
const MARKDOWN_WIDTH = 100_000;

/**
 * A check view's lines as Markdown: sections (runs of lines between blank lines) become paragraphs with hard line
 * breaks, "Heading:" lines bold, "  - " and "  1. " items list items, indented details continuation lines, and
 * lines marked RAW (tables) blocks of their own.
 */
function asMarkdown(lines: string[]): string {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line === "") blocks.push([]);
    else if (line.startsWith(RAW)) blocks.push([line], []);
    else blocks.at(-1)!.push(line);
  }
  const item = /^(- |\d+\. )/;
  const md = blocks
    .filter((b) => b.length)
    .map((b) => {
      if (b[0]!.startsWith(RAW)) return b[0]!.slice(1);
      const out = b.map((line) => {
        const bullet = /^\s*(?:-|·) (.*)$/.exec(line);
        if (bullet) return `- ${mdText(bullet[1]!)}`;
        const numbered = /^\s*(\d+)\. (.*)$/.exec(line);
        if (numbered) return `${numbered[1]}. ${mdText(numbered[2]!)}`;
        if (/^\S.*:$/.test(line)) return `**${mdText(line)}**`;
        if (/^\s/.test(line)) return `   ${mdText(line.trim())}`;
        return mdText(line);
      });
      return out.map((l, i) => (i + 1 < out.length && !item.test(out[i + 1]!) ? `${l}\\` : l)).join("\n");
    });
  return `${md.join("\n\n")}\n`;
}

/** One line of reason for a table: why it is not true, or what was checked. */
export function oneLineReason(r: CheckReport): string {
  if (r.verdict === "true") {
    const first = r.clauses[0];
    return first ? describeCheck(first.check, r.latestFullYear, first.basis, r.subject) : "";
  }
  if (r.verdict === "unverifiable") return r.reason ?? "";
  const bad = r.clauses.find((cl) => cl.verdict !== "true" && cl.verdict !== "unverifiable") ?? r.clauses[0];
  if (!bad) return r.reason ?? "";
  return (
    closestTrue(bad, r.latestFullYear, r.subject) ??
    bad.reason ??
    describeCheck(bad.check, r.latestFullYear, bad.basis, r.subject)
  );
}

const RATING: Record<Verdict, { value: number | null; name: string }> = {
  true: { value: 5, name: "True" },
  "mostly-true": { value: 4, name: "Mostly true" },
  "half-true": { value: 3, name: "Half true" },
  "mostly-false": { value: 2, name: "Mostly false" },
  false: { value: 1, name: "False" },
  unverifiable: { value: null, name: "Unverifiable" },
};

/** schema.org ClaimReview (JSON-LD) for one checked claim. */
export function claimReview(r: CheckReport, opts: { today: string; author?: string; claimAuthor?: string; url?: string }) {
  const rating = RATING[r.verdict];
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: r.claim,
    datePublished: opts.today,
    author: { "@type": "Organization", name: "korus" },
    reviewRating: {
      "@type": "Rating",
      ...(rating.value !== null ? { ratingValue: rating.value } : {}),
      bestRating: 5,
      worstRating: 1,
      alternateName: rating.name,
    },
    itemReviewed: {
      "@type": "Claim",
      datePublished: r.asOf,
      ...(opts.claimAuthor ? { author: { "@type": "Person", name: opts.claimAuthor } } : {}),
      ...(opts.url ? { appearance: { "@type": "CreativeWork", url: opts.url } } : {}),
    },
  };
}

function skippedNote(r: TextCheckReport): string {
  const without = r.skipped - r.tooLong.length;
  const notes = [
    without ? `${without} without a trade figure to check` : "",
    r.tooLong.length
      ? `sentence${r.tooLong.length === 1 ? "" : "s"} ${r.tooLong.join(", ")} over ${formatNumber(MAX_CLAIM_LENGTH, 0)} characters, not read`
      : "",
  ].filter(Boolean);
  return notes.length ? ` (${notes.join("; ")})` : "";
}

/** A whole text: one table (sentence, verdict, one-line reason), then each sentence's details. */
export function renderTextCheck(r: TextCheckReport, colorOn: boolean, width = 80, ascii = false, markdown = false): string {
  if (markdown) colorOn = false;
  const c = palette(colorOn);
  const t = (s: string) => (ascii ? toAscii(s) : s);
  const head = `${visible(r.source)}: ${r.sentences} sentence${r.sentences === 1 ? "" : "s"}, ${r.results.length} checked as of ${r.asOf}${skippedNote(r)}`;
  const out = markdown ? [`${RAW}**${mdText(t(head))}**`] : [...wrapLines(t(head), width).map((l) => c.bold(l)), ""];
  if (r.results.length === 0)
    return markdown
      ? `${out[0]!.slice(1)}\n\nNo sentence with a trade figure to check.\n`
      : `${out.join("\n")}No sentence with a trade figure to check.\n`;
  // the sentence and the reason share what the number and the verdict leave; the reason gives way first
  const columns: Column[] = [
    { header: "#" },
    { header: "Verdict", align: "left" },
    { header: "Sentence", align: "left", wrap: true },
    { header: "Why", align: "left", wrap: true, drop: 1 },
  ];
  const rows = r.results.map((x) => [
    String(x.index),
    paintVerdict(x.report.verdict, colorOn),
    visible(x.report.claim),
    visible(oneLineReason(x.report)),
  ]);
  out.push(
    markdown
      ? RAW +
          markdownTable(
            columns,
            rows.map((row) => row.map(t)),
          )
      : renderTable(columns, rows, { colorOn, width, ascii, spaced: true, minColumns: 3 }),
  );
  for (const x of r.results) {
    if (markdown) out.push(`${RAW}**#${x.index}**`, RAW + renderCheck(x.report, false, width, ascii, true).trimEnd());
    else out.push("", c.bold(`#${x.index}`), renderCheck(x.report, colorOn, width, ascii).trimEnd());
  }
  if (markdown) return asMarkdown(out);
  return `${out.join("\n")}\n`;
}

const ASSESSED: Record<Assessment["kind"], string> = {
  "imports-by-origin": "weighed against Korea's imports by origin (korus origins)",
  "auto-share": "context: the auto part of the trade (korus autos)",
};

const pct = (x: number) => `${formatNumber(x, 1, { sign: true })}%`;
const bn = (millions: number) => `$${formatNumber(millions / 1000, 1)}B`;

/** A statement weighed against a whole table, in words, with the figures behind it. */
function assessmentLines(a: Assessment, width: number, bold: (s: string) => string, t = (s: string) => s): string[] {
  const wrapLines = (text: string, w: number, first = "", rest = first) => wrapAt(t(text), w, t(first), t(rest));
  const item = (text: string) => wrapLines(text, width, "  · ", "    ");
  const head = `${a.fact.id}: ${a.verdict ? `${verdictLabel(a.verdict)}${a.kind === "imports-by-origin" ? " in aggregate" : ""}` : "CONTEXT (a position: no verdict)"}`;
  const out = [
    ...wrapLines(head, width, "", "  ").map((l) => bold(l)),
    ...wrapLines(`"${a.fact.quote}" — ${a.fact.speaker}`, width, "  ", "   "),
  ];
  if (a.kind === "imports-by-origin") {
    const span = `${a.range.from} → ${a.range.to}`;
    out.push(
      ...item(
        `Korea's imports (Korea-reported, c.i.f.), ${span}: from the US ${pct(a.us)}, from the world ${pct(a.world)}, from the world without the US ${pct(a.worldWithoutUs)}.`,
      ),
    );
    if (a.exceptions.length)
      out.push(...item(`Not so for ${a.exceptions.map((e) => `${e.partner} (${pct(e.changePct)})`).join(", ")}.`));
    if (a.fuel)
      out.push(
        ...item(
          `Much of the fall is fuel prices: imports from ${a.fuel.partners.join(", ")} ${pct(a.fuel.changePct)}; from the world without the US and them ${pct(a.fuel.restChangePct)}.`,
        ),
        ...item(`See korus origins --from ${a.range.from} --to ${a.range.to}.`),
      );
    return out;
  }
  if (a.us)
    out.push(
      ...item(
        `US imports from Korea, automotive end-use class, ${a.us.year}: ${bn(a.us.automotive)}, ${formatNumber(a.us.share, 1)}% of all US imports from Korea (${bn(a.us.allImports)}).`,
      ),
    );
  if (a.kr)
    out.push(
      ...item(
        `Korea's HS 87 (vehicles and parts) surplus with the US, ${a.kr.year} (Korea-reported): ${bn(a.kr.autos)}, ${formatNumber(a.kr.share, 1)}% of Korea's whole surplus with the US (${bn(a.kr.total)}).`,
      ),
    );
  if (a.increase && a.increase.share !== null)
    out.push(
      ...item(
        `Of the rise in Korea's surplus with the US, ${a.increase.from} → ${a.increase.to} (${bn(a.increase.total)}), the HS 87 surplus accounts for ${bn(a.increase.autos)} (${formatNumber(a.increase.share, 1)}%).`,
      ),
    );
  for (const n of a.notes) out.push(...item(n));
  out.push(...item("See korus autos."));
  return out;
}

export function renderArticleCheck(r: ArticleCheckReport, colorOn: boolean, width = 80, ascii = false, markdown = false): string {
  if (markdown) {
    colorOn = false;
    width = MARKDOWN_WIDTH;
  }
  const c = palette(colorOn);
  const t = (s: string) => (ascii ? toAscii(s) : s);
  const wrapLines = (text: string, w: number, first = "", rest = first) => wrapAt(t(text), w, t(first), t(rest));
  const head = `${r.article.publisher}, "${r.article.title}", ${r.article.date} — numeric facts checked as of ${r.asOf}`;
  const out = [...wrapLines(head, width).map((l) => c.bold(l)), ""];
  const rows = [
    ...r.results.map((x) => ({ verdict: x.report.verdict as Verdict | null, id: x.fact.id, what: x.report.claim })),
    ...r.assessments.map((a) => ({ verdict: a.verdict, id: a.fact.id, what: ASSESSED[a.kind] })),
  ];
  const label = (v: Verdict | null) => (v ? paintVerdict(v, colorOn) : "CONTEXT");
  const columns: Column[] = [
    { header: "Verdict", align: "left" },
    { header: "Fact", align: "left" },
    { header: "Claim checked", align: "left", wrap: true },
  ];
  const cells = rows.map((x) => [label(x.verdict), x.id, x.what]);
  const table = markdown
    ? RAW +
      markdownTable(
        columns,
        cells.map((row) => row.map(t)),
      )
    : renderTable(columns, cells, { colorOn, width, ascii, spaced: true, minColumns: 3 });
  // narrower than the table, or so narrow that the claims would wrap a word a line: one entry per fact
  const idWidth = Math.max(...rows.map((x) => x.id.length));
  if (markdown || (blockWidth(table) <= width && width - idWidth - 24 >= 20)) out.push(table);
  else for (const x of rows) out.push(...wrapLines(`${x.id}: ${x.what}`, width, `${label(x.verdict)}  `, "  "));
  out.push("");
  for (const x of r.results) {
    const heading = `${x.fact.id}: ${verdictLabel(x.report.verdict)}`;
    out.push(markdown ? `${RAW}**${mdText(heading)}**` : c.bold(heading));
    out.push(...wrapLines(`"${x.fact.quote}" — ${x.fact.speaker}`, width, "  ", "   "));
    for (const cl of x.report.clauses)
      out.push(
        ...wrapLines(
          `${describeCheck(cl.check, x.report.latestFullYear, cl.basis, x.report.subject)} → ${verdictLabel(cl.verdict)}`,
          width,
          "  · ",
          "    ",
        ),
      );
    for (const a of x.report.clauses.flatMap(arithmeticLine)) out.push(...wrapLines(a, width, "    ", "      "));
  }
  const bold = (l: string) => (markdown ? `${RAW}**${mdText(l)}**` : c.bold(l));
  for (const a of r.assessments) out.push(...(markdown ? [""] : []), ...assessmentLines(a, width, bold, t));
  const source = `Source of the article: ${r.article.url}. Run korus check '<claim>' --as-of ${r.asOf} for the full evidence of one claim.`;
  out.push("", ...wrapLines(source, width).map((l) => c.dim(l)));
  if (markdown) return asMarkdown(out.map((l, k) => (k === 0 ? `${RAW}**${mdText(l)}**` : l)));
  return `${t(out.join("\n"))}\n`;
}
