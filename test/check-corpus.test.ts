// The annotated table (test/fixtures/claim-corpus.jsonl): 248 sentences, 126 published (news, governments,
// think tanks; cited by URL and date) and 122 typed as users type, each with the expected reading (metric,
// partner, perspective, periods, operator, stated value with precision and qualifier) and the verdict the
// rules give (README "Verdicts"), worked out from the data by hand. Rows korus cannot read yet say so in
// `korus` ("unverifiable") and `gap`: korus must then answer unverifiable, never a verdict of its own.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CheckReport, checkClaim } from "../src/core/check/evaluate";
import type { Verdict } from "../src/core/check/types";
import dataset from "../src/data/dev-dataset";
import { ROOT } from "./helpers/run";

interface Stated {
  value: number;
  unit: string;
  precision?: number;
  qualifier?: string;
}
interface Clause {
  op: string;
  metric?: string;
  partner?: string;
  perspective?: string;
  period?: string;
  from?: string;
  to?: string;
  object?: string;
  stated?: Stated;
}
interface Row {
  id: string;
  text: string;
  source: string;
  published: string | null;
  asOf: string;
  verdict: Verdict;
  reading: Clause[];
  why: string;
  korus?: Verdict;
  gap?: string;
}

const rows: Row[] = readFileSync(`${ROOT}test/fixtures/claim-corpus.jsonl`, "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l));
const TODAY = "2026-11-29";
const reports = new Map<string, CheckReport>(
  rows.map((r) => [r.id, checkClaim(dataset, { claim: r.text, asOf: r.asOf, today: TODAY })]),
);
const klass = (v: Verdict) =>
  v === "true" || v === "mostly-true" ? "true" : v === "half-true" ? "half" : v === "unverifiable" ? "unverifiable" : "false";

/** Both notations as runs of months: "2017 H1", "2017-H1" → "2017-01..2017-06"; "2019-01 to 2019-05" → "2019-01..2019-05" */
function label(p: string): string {
  const mm = (y: string, m: number) => `${y}-${String(m).padStart(2, "0")}`;
  const t = p.split(" among ")[0]!.replace(" to ", "..");
  const h = /^(\d{4})[ -]H([12])$/.exec(t);
  if (h) return `${mm(h[1]!, Number(h[2]) * 6 - 5)}..${mm(h[1]!, Number(h[2]) * 6)}`;
  const q = /^(\d{4})[ -]Q([1-4])$/.exec(t);
  if (q) return `${mm(q[1]!, Number(q[2]) * 3 - 2)}..${mm(q[1]!, Number(q[2]) * 3)}`;
  return t;
}

/** Does one of korus's checks match one of the table's clauses? Operators differ in name, not in substance. */
function matches(report: CheckReport, i: number, table: Clause[]): boolean {
  const cl = report.clauses[i]!;
  const c = cl.check;
  const periods = (cl.explanation.period ?? "").split(" → ").map(label);
  return table.some((t) => {
    if (c.type === "fx" || c.type === "age") return t.op === c.type;
    // a record low of the deficit is the table's record high of the balance
    if ("metric" in c && t.metric && t.metric !== c.metric && c.type !== "record") return false;
    const partner = "partner" in c ? c.partner : c.type === "compare" ? c.subject : null;
    if (partner && t.partner && t.partner !== partner) return false;
    const theirs = [t.from, t.to, t.period].filter((p): p is string => Boolean(p)).map(label);
    const periodOk = periods.every((p) => theirs.includes(p)) || theirs.every((p) => periods.includes(p));
    if (!periodOk) return false;
    if ((c.type === "level" || c.type === "delta") && t.stated && t.stated.unit !== "x" && t.stated.unit !== "%") {
      return Math.abs(Math.abs(t.stated.value) - c.stated.value) <= 1e-6 * c.stated.value;
    }
    if (c.type === "percent" && t.stated?.unit === "%") return Math.abs(Math.abs(t.stated.value) - Math.abs(c.percent)) < 0.05;
    if (c.type === "ratio" && t.stated?.unit === "x") return Math.abs(t.stated.value - c.factor) < 1e-9;
    return true;
  });
}

describe("the annotated table of real and typed sentences", () => {
  it("has at least 150 sentences, most of them published, each cited", () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    const published = rows.filter((r) => r.source !== "own");
    expect(published.length).toBeGreaterThanOrEqual(100);
    for (const r of published) expect(r.source, r.id).toMatch(/^https?:\/\//);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it.each(rows.map((r) => [r.id, r] as const))("verdict: %s", (_, row) => {
    const got = reports.get(row.id)!.verdict;
    expect(got, `${row.text}\n${reports.get(row.id)!.reason ?? ""}`).toBe(row.korus ?? row.verdict);
  });

  it("never gives a confident verdict of the wrong class: a sentence it cannot read is unverifiable", () => {
    const wrong = rows.filter((r) => {
      const got = reports.get(r.id)!.verdict;
      return got !== "unverifiable" && klass(got) !== klass(r.verdict);
    });
    expect(wrong.map((r) => r.id)).toEqual([]);
  });

  it("reads at least 70% of the table to the expected verdict; every gap is explained", () => {
    const exact = rows.filter((r) => reports.get(r.id)!.verdict === r.verdict).length;
    expect(exact / rows.length).toBeGreaterThanOrEqual(0.7);
    for (const r of rows.filter((x) => x.korus)) expect(r.gap, r.id).toMatch(/\w/);
  });

  it.each(rows.filter((r) => reports.get(r.id)!.clauses.length > 0).map((r) => [r.id, r] as const))("reading: %s", (_, row) => {
    const report = reports.get(row.id)!;
    const unmatched = report.clauses.map((_c, i) => i).filter((i) => !matches(report, i, row.reading));
    expect(
      unmatched.map((i) => report.clauses[i]!.check),
      row.text,
    ).toEqual([]);
  });
});
