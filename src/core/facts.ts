import type { ArticleFact, Dataset } from "../data/schema";
import { type ReportHeader, reportHeader } from "./report";
import { sourceRef } from "./sources";

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
