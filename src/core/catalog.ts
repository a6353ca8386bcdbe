import type { Dataset } from "../data/schema";
import { SCHEMA_VERSION } from "./deficit";
import { type SourceRef, sourceRef } from "./sources";

export interface SourcesReport {
  schemaVersion: number;
  command: "sources";
  datasets: (Dataset["meta"]["datasets"][number] & { rows: number })[];
  copies: (Dataset["meta"]["sources"][string] & { id: string })[];
  article: Dataset["article"]["article"];
  meta: { sources: SourceRef[] };
}

/** Every bundled dataset with its provenance, and the source copies the rows cite. */
export function sourcesReport(ds: Dataset): SourcesReport {
  const counts: Record<string, number> = {
    goods_annual: ds.goodsAnnual.length,
    goods_monthly: ds.goodsMonthly.length,
    goods_vintages: ds.goodsVintages.length,
    partners_annual: ds.partnersAnnual.length,
    services_annual: ds.servicesAnnual.length,
    korea_view_annual: ds.koreaView.length,
    fx_annual: ds.fxAnnual.length,
    fx_monthly: ds.fxMonthly.length,
    fx_daily: ds.fxDaily.length,
    cpi_u_annual: ds.cpi.length,
    korus_timeline: ds.timeline.length,
    article_facts: ds.article.facts.length,
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    command: "sources",
    datasets: ds.meta.datasets.map((d) => ({ ...d, rows: counts[d.id] ?? 0 })),
    copies: Object.entries(ds.meta.sources).map(([id, s]) => ({ id, ...s })),
    article: ds.article.article,
    meta: { sources: ds.meta.datasets.map((d) => sourceRef(ds, d.id)) },
  };
}
