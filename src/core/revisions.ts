import type { Dataset } from "../data/schema";
import { UsageError } from "../errors";
import { type ReportHeader, reportHeader } from "./report";
import { knownBy, releasesOf, sourceRef } from "./sources";

export interface RevisionRow {
  year: number;
  sourceId: string;
  /** the date by which this release copy is known to have existed */
  knownBy: string;
  vintage: string;
  exports: number;
  imports: number;
  balance: number;
  /** balance minus the previous bundled release's balance for the same year, $M; null for the first */
  balanceRevision: number | null;
}

export interface RevisionsReport extends ReportHeader<"revisions"> {
  years: number[];
  unit: string;
  rows: RevisionRow[];
  notes: string[];
}

export function revisionsReport(ds: Dataset, yearText?: string): RevisionsReport {
  const years = [...new Set(ds.goodsVintages.map((v) => v.year))].sort((a, b) => a - b);
  let selected = years;
  if (yearText !== undefined) {
    const y = Number(yearText);
    if (!/^\d{4}$/.test(yearText.trim()))
      throw new UsageError(`${JSON.stringify(yearText)} is not a year: bundled vintages cover ${years[0]}-${years.at(-1)}`);
    if (!years.includes(y))
      throw new UsageError(
        `no bundled vintages for ${y}: revisions are bundled for ${years[0]}-${years.at(-1)} (Census revises only the latest few years, so older ones are stable)`,
      );
    selected = [y];
  }
  const rows: RevisionRow[] = [];
  for (const y of selected) {
    const vs = releasesOf(ds, y);
    vs.forEach((v, i) => {
      const prev = vs[i - 1];
      rows.push({
        year: y,
        sourceId: v.sourceId,
        knownBy: knownBy(ds, v.sourceId),
        vintage: ds.meta.sources[v.sourceId.split(":")[0]!]!.vintage,
        exports: v.exports,
        imports: v.imports,
        balance: v.balance,
        balanceRevision: prev ? Math.round((v.balance - prev.balance) * 10) / 10 : null,
      });
    });
  }
  return {
    ...reportHeader("revisions", [sourceRef(ds, "goods_vintages")]),
    years: selected,
    unit: "millions of US dollars",
    rows,
    notes: [
      "Census revises roughly the three most recent years every June; older years are stable.",
      "Sums marked :scraper_annual are truncated to $0.1M and can be up to 0.1 below the exact sum; :monthly_sum is the exact sum of 12 published months.",
    ],
  };
}
