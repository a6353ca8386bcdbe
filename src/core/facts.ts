import type { ArticleFact, Dataset } from "../data/schema";
import { type CheckReport, checkClaim } from "./check/evaluate";
import { checkText } from "./check/text";
import { type ReportHeader, reportHeader } from "./report";
import { type SourceRef, sourceRef } from "./sources";

export interface FactsReport extends ReportHeader<"facts"> {
  article: Dataset["article"]["article"];
  query: string[];
  facts: ArticleFact[];
}

/** All facts, those matching every search word (in id, statement, quote or speaker), or one by id. */
export function findFacts(ds: Dataset, words: string[]): FactsReport {
  const article = ds.article.article;
  const one = words.length === 1 ? ds.article.facts.find((f) => f.id === words[0]) : undefined;
  const wanted = words.map((w) => w.toLowerCase());
  const facts = one
    ? [one]
    : ds.article.facts.filter((f) => {
        const hay = `${f.id} ${f.statement} ${f.quote} ${f.speaker}`.toLowerCase();
        return wanted.every((w) => hay.includes(w));
      });
  return {
    ...reportHeader("facts", [sourceRef(ds, "article_facts")]),
    article,
    query: words,
    facts,
  };
}

export interface ArticleCheckReport extends ReportHeader<"check"> {
  article: Dataset["article"]["article"];
  asOf: string;
  results: { fact: ArticleFact; report: CheckReport }[];
}

/**
 * Every numeric fact of the article, checked as of the article's date, through the whole-text path (one
 * sentence a fact): the same reading and checking as `check --file`.
 */
export function checkArticle(ds: Dataset, today: string): ArticleCheckReport {
  const asOf = ds.article.article.date;
  const facts = ds.article.facts.filter((f): f is ArticleFact & { claim: string } => f.claim !== null);
  const text = checkText(ds, { text: facts.map((f) => f.claim).join("\n\n"), source: ds.article.article.url, asOf, today });
  const results = facts.map((fact, i) => ({
    fact,
    report: text.results.find((r) => r.index === i + 1)?.report ?? checkClaim(ds, { claim: fact.claim, asOf, today }),
  }));
  const sources = new Map<string, SourceRef>([["article_facts", sourceRef(ds, "article_facts")]]);
  for (const r of results) for (const s of r.report.meta.sources) sources.set(s.dataset, s);
  return {
    ...reportHeader("check", [...sources.values()]),
    article: ds.article.article,
    asOf,
    results,
  };
}
