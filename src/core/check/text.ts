/**
 * Whole texts: prose split into sentences, the check-worthy ones (a trade figure with an amount, a change,
 * a comparison or a record) checked one by one at the same --as-of.
 */
import type { Dataset } from "../../data/schema";
import { type ReportHeader, reportHeader } from "../report";
import type { SourceRef } from "../sources";
import { type CheckReport, checkClaim, parseAsOf } from "./evaluate";
import { CLAIM_KINDS, findMentions, isShareWords } from "./mentions";
import { MAX_CLAIM_LENGTH } from "./read";
import { sentenceEnds } from "./sentences";

export interface TextCheckReport extends ReportHeader<"check"> {
  /** where the text came from: a file name, or "stdin" */
  source: string;
  asOf: string;
  /** how many sentences the text has */
  sentences: number;
  /** sentences not checked: without a trade figure to check, or too long to read */
  skipped: number;
  /** the numbers of the sentences longer than a claim may be (MAX_CLAIM_LENGTH): not read, never judged */
  tooLong: number[];
  results: { index: number; report: CheckReport }[];
}

/** Sentences of a text: ends at . ! ? before a capital, a digit or a quote, never inside "U.S." or "13.2". */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n|\r\n\s*\r\n/)) {
    const p = paragraph.replace(/\s+/g, " ").trim();
    if (!p) continue;
    let start = 0;
    for (const end of sentenceEnds(p)) {
      out.push(p.slice(start, end).trim());
      start = end;
    }
    const rest = p.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

/** A trade figure with something to check: an amount, a percent, a multiple, a change, a comparison, a record. */
export function checkWorthy(sentence: string): boolean {
  if (sentence.length > MAX_CLAIM_LENGTH) return false;
  const { mentions } = findMentions(sentence);
  const figure = mentions.some((m) => m.kind === "metric" || m.kind === "surplus");
  // "Car shipments made up 85% of Korea's surplus": a share is a statement about the figure too
  const something = mentions.some((m) => CLAIM_KINDS.has(m.kind) || m.kind === "share" || isShareWords(m));
  const age = mentions.some((m) => m.kind === "age" || m.kind === "ago") && mentions.some((m) => m.kind === "event");
  return (figure && something) || age;
}

export function checkText(ds: Dataset, p: { text: string; source: string; asOf?: string; today: string }): TextCheckReport {
  const asOfChecked = p.asOf !== undefined ? parseAsOf(p.asOf, p.today, ds.facts.firstAsOf) : p.today;
  const sentences = splitSentences(p.text);
  const results: TextCheckReport["results"] = [];
  const tooLong: number[] = [];
  sentences.forEach((s, i) => {
    if (s.length > MAX_CLAIM_LENGTH) tooLong.push(i + 1);
    else if (checkWorthy(s))
      results.push({
        index: i + 1,
        report: checkClaim(ds, { claim: s, asOf: p.asOf === undefined ? undefined : asOfChecked, today: p.today }),
      });
  });
  const asOf = asOfChecked;
  const sources = new Map<string, SourceRef>();
  for (const r of results) for (const s of r.report.meta.sources) sources.set(s.dataset, s);
  return {
    ...reportHeader("check", [...sources.values()]),
    source: p.source,
    asOf,
    sentences: sentences.length,
    skipped: sentences.length - results.length,
    tooLong,
    results,
  };
}
