import type { CheckReport, ClauseResult } from "../core/check/evaluate";
import type { Check, Metric, Stated, Verdict, YearRef } from "../core/check/types";
import { palette } from "./color";
import { formatNumber, MISSING, wrapText } from "./format";
import { renderTable } from "./table";

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

function year(ref: YearRef, latest: number): string {
  return "year" in ref ? String(ref.year) : String(latest - (ref.back ?? 0));
}

function stated(s: Stated): string {
  // as the claim wrote it; the qualifier is already part of the text only when it precedes a symbol
  return `${QUAL[s.qualifier]}${s.text}`;
}

/** The claim as korus understood it, one line per clause. */
export function describeCheck(c: Check, latest: number): string {
  const where = (p: string) => {
    const m = "metric" in c ? c.metric : "deficit";
    return `${m === "exports" ? "to" : m === "imports" ? "from" : "with"} ${p}`;
  };
  switch (c.type) {
    case "level":
      return `${METRIC[c.metric]} ${where(c.partner)} in ${year(c.year, latest)}: ${stated(c.stated)}`;
    case "ratio":
      return `${METRIC[c.metric]} ${where(c.partner)}, ${year(c.from, latest)} → ${year(c.to, latest)}: ${c.word} (×${c.factor}${c.mode === "more-than" ? " or more" : c.mode === "nearly" ? ", a little less" : ""})`;
    case "percent":
      return `${METRIC[c.metric]} ${where(c.partner)}, ${year(c.from, latest)} → ${year(c.to, latest)}: ${c.direction} by ${QUAL[c.qualifier]}${c.percent}%`;
    case "delta":
      return `${METRIC[c.metric]} ${where(c.partner)}, ${year(c.from, latest)} → ${year(c.to, latest)}: ${c.direction} by ${stated(c.stated)}`;
    case "direction":
      return `${METRIC[c.metric]} ${where(c.partner)}, ${year(c.from, latest)} → ${year(c.to, latest)}: went ${c.direction}`;
    case "compare":
      return `${METRIC[c.metric]} with ${c.subject} ${c.relation === "greater" ? "bigger" : "smaller"} than with ${c.object} in ${year(c.year, latest)}`;
    case "record":
      return `${METRIC[c.metric]} ${where(c.partner)} in ${year(c.year, latest)}: ${c.word} (${c.extreme === "max" ? "highest" : "lowest"}${c.since !== null ? ` since ${c.since}` : c.window !== null ? ` of the previous ${c.window} years` : " in the data"})`;
    case "fx":
      return `${c.amount.text} = ${stated(c.result)} (at ${c.date ?? "the claim's date"})`;
    case "age":
      return `KORUS entered into force ${QUAL[c.qualifier]}${c.years} years before the claim's date`;
  }
}

function arithmeticLine(r: ClauseResult): string[] {
  return r.arithmetic.map((a) => {
    const n = (x: number) => formatNumber(x, 1);
    switch (a.op) {
      case "ratio":
        return `${n(a.a)} / ${n(a.b)} = ${formatNumber(a.result, 2)}×`;
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
      default:
        return `${new Date(a.b * 86400000).toISOString().slice(0, 10)} → ${new Date(a.a * 86400000).toISOString().slice(0, 10)} = ${formatNumber(a.result, 1)} years`;
    }
  });
}

export function verdictLabel(v: Verdict): string {
  return v.toUpperCase();
}

function paintVerdict(v: Verdict, colorOn: boolean): string {
  const c = palette(colorOn);
  const label = verdictLabel(v);
  if (!colorOn) return label;
  if (v === "true" || v === "mostly-true") return c.green.bold(label);
  if (v === "unverifiable") return c.yellow.bold(label);
  return c.red.bold(label);
}

export function renderCheck(r: CheckReport, colorOn: boolean): string {
  const c = palette(colorOn);
  const out: string[] = [`${paintVerdict(r.verdict, colorOn)}  ${r.claim}`];
  out.push(c.dim(`as of ${r.asOf}: the latest full year published then is ${r.latestFullYear}`));
  if (r.reason) out.push("", `Why: ${r.reason}`);
  if (r.clauses.length) {
    out.push("", "Understood as:");
    r.clauses.forEach((cl, i) => {
      out.push(
        `  ${i + 1}. ${describeCheck(cl.check, r.latestFullYear)}  → ${paintVerdict(cl.verdict, colorOn)}${cl.reason ? ` (${cl.reason})` : ""}`,
      );
    });
  }
  const evidence = r.clauses.flatMap((cl) => cl.evidence);
  const seen = new Set<string>();
  const rows = evidence
    .filter((e) => {
      const k = `${e.partner}|${e.metric}|${e.period}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map((e) => [
      e.partner,
      e.period,
      METRIC[e.metric],
      e.value === null ? MISSING : formatNumber(e.value, 1),
      e.sourceId ?? "",
      e.note ?? "",
    ]);
  if (rows.length) {
    out.push("", "Evidence:");
    out.push(
      renderTable(
        [
          { header: "Partner", align: "left" },
          { header: "Year" },
          { header: "Figure", align: "left" },
          { header: "$ millions" },
          { header: "Source", align: "left" },
          { header: "Note", align: "left" },
        ],
        rows,
        colorOn,
      ),
    );
  }
  const arithmetic = r.clauses.flatMap(arithmeticLine);
  if (arithmetic.length) out.push("", "Arithmetic:", ...arithmetic.map((a) => `  ${a}`));
  if (r.interpretation.rules.length) out.push("", "Rules applied:", ...r.interpretation.rules.map((x) => `  - ${x}`));
  if (r.caveats.length) out.push("", "Caveats:", ...r.caveats.map((x) => `  - ${x}`));
  if (r.canRead) out.push("", "korus reads:", ...r.canRead.map((x) => `  - ${x}`));
  if (r.sources.length)
    out.push(
      "",
      "Sources:",
      ...r.sources.map((s) => c.dim(`  - ${s.publisher}: ${s.title}. ${s.vintage}.${s.url ? ` ${s.url}` : ""}`)),
    );
  return `${out.join("\n")}\n`;
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

export function renderArticleCheck(r: import("../core/facts").ArticleCheckReport, colorOn: boolean): string {
  const c = palette(colorOn);
  const out = [
    c.bold(`${r.article.publisher}, "${r.article.title}", ${r.article.date} — numeric facts checked as of ${r.asOf}`),
    "",
  ];
  out.push(
    renderTable(
      [
        { header: "Verdict", align: "left" },
        { header: "Fact", align: "left" },
        { header: "Claim checked", align: "left" },
      ],
      r.results.map((x) => [paintVerdict(x.report.verdict, colorOn), x.fact.id, wrapText(x.report.claim, 60)]),
      colorOn,
      true,
    ),
  );
  out.push("");
  for (const x of r.results) {
    out.push(c.bold(`${x.fact.id}: ${verdictLabel(x.report.verdict)}`));
    out.push(`  "${x.fact.quote}" — ${x.fact.speaker}`);
    for (const cl of x.report.clauses)
      out.push(`  · ${describeCheck(cl.check, x.report.latestFullYear)} → ${verdictLabel(cl.verdict)}`);
    for (const a of x.report.clauses.flatMap(arithmeticLine)) out.push(`    ${a}`);
  }
  out.push(
    "",
    c.dim(
      `Source of the article: ${r.article.url}. Run korus check "<claim>" --as-of ${r.asOf} for the full evidence of one claim.`,
    ),
  );
  return `${out.join("\n")}\n`;
}
