import type { ArticleFact, Dataset } from "../../data/schema";
import { type ReportHeader, reportHeader } from "../report";
import { type SourceRef, sourceRef } from "../sources";
import { type Assessment, assess } from "./assess";
import { type CheckReport, checkClaim } from "./evaluate";
import { checkText } from "./text";

export interface ArticleCheckReport extends ReportHeader<"check"> {
  article: Dataset["article"]["article"];
  asOf: string;
  results: { fact: ArticleFact; report: CheckReport }[];
  /** statements weighed against a whole table (Korea's imports by origin, the auto part of the trade) */
  assessments: Assessment[];
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
  const assessments = ds.article.facts.flatMap((f) => {
    const a = f.assess ? assess(ds, f) : null;
    return a ? [a] : [];
  });
  const sources = new Map<string, SourceRef>([["article_facts", sourceRef(ds, "article_facts")]]);
  for (const r of results) for (const s of r.report.meta.sources) sources.set(s.dataset, s);
  for (const a of assessments) for (const s of a.sources) sources.set(s.dataset, s);
  return {
    ...reportHeader("check", [...sources.values()]),
    article: ds.article.article,
    asOf,
    results,
    assessments,
  };
}
