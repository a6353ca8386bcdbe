import type { ArticleFact, Dataset } from "../data/schema";
import { type CheckReport, checkClaim } from "./check/evaluate";
import { SCHEMA_VERSION } from "./deficit";
import { type SourceRef, sourceRef } from "./sources";

export interface FactsReport {
  schemaVersion: number;
  command: "facts";
  article: Dataset["article"]["article"];
  query: string[];
  facts: ArticleFact[];
  meta: { sources: SourceRef[] };
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
    schemaVersion: SCHEMA_VERSION,
    command: "facts",
    article,
    query: words,
    facts,
    meta: { sources: [sourceRef(ds, "article_facts")] },
  };
}

export interface ArticleCheckReport {
  schemaVersion: number;
  command: "check";
  article: Dataset["article"]["article"];
  asOf: string;
  results: { fact: ArticleFact; report: CheckReport }[];
  meta: { sources: SourceRef[] };
}

/** Every numeric fact of the article, checked as of the article's date. */
export function checkArticle(ds: Dataset, today: string): ArticleCheckReport {
  const asOf = ds.article.article.date;
  const results = ds.article.facts
    .filter((f): f is ArticleFact & { claim: string } => f.claim !== null)
    .map((fact) => ({ fact, report: checkClaim(ds, { claim: fact.claim, asOf, today }) }));
  const sources = new Map<string, SourceRef>([["article_facts", sourceRef(ds, "article_facts")]]);
  for (const r of results) for (const s of r.report.meta.sources) sources.set(s.dataset, s);
  return {
    schemaVersion: SCHEMA_VERSION,
    command: "check",
    article: ds.article.article,
    asOf,
    results,
    meta: { sources: [...sources.values()] },
  };
}
