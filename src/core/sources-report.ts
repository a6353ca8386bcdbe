import type { Dataset } from "../data/schema";
import { type ReportHeader, reportHeader } from "./report";
import { sourceRef } from "./sources";

export interface SourcesReport extends ReportHeader<"sources"> {
  /** every dataset with its provenance; coverage, vintage (where rows cite copies) and rows derived from the data */
  datasets: Dataset["meta"]["datasets"];
  copies: (Dataset["meta"]["sources"][string] & { id: string })[];
  article: Dataset["article"]["article"];
}

/** Every bundled dataset with its provenance, and the source copies the rows cite. */
export function sourcesReport(ds: Dataset): SourcesReport {
  return {
    ...reportHeader(
      "sources",
      ds.meta.datasets.map((d) => sourceRef(ds, d.id)),
    ),
    datasets: ds.meta.datasets,
    copies: Object.entries(ds.meta.sources).map(([id, s]) => ({ id, ...s })),
    article: ds.article.article,
  };
}
