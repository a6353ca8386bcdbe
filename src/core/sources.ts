import type { Dataset, DatasetInfo, GoodsVintageRow } from "../data/schema";

/** The provenance block carried into every --json object: the datasets a result was computed from. */
export interface SourceRef {
  dataset: string;
  file: string;
  title: string;
  /** the publisher's table or series the figures come from */
  table: string;
  publisher: string;
  unit: string;
  basis: string;
  vintage: string;
  url: string | null;
}

export function sourceRef(ds: Dataset, id: string): SourceRef {
  const info: DatasetInfo | undefined = ds.meta.datasets.find((d) => d.id === id);
  if (!info) throw new Error(`no dataset ${id} in sources.json`);
  return {
    dataset: info.id,
    file: `data/${info.file}`,
    title: info.title,
    table: info.table,
    publisher: info.publisher,
    unit: info.unit,
    basis: info.basis,
    vintage: info.vintage,
    url: info.url,
  };
}

/** The date by which the source copy behind a source_id (with or without its :suffix) is known to have existed. */
export function knownBy(ds: Dataset, sourceId: string): string {
  return ds.meta.sources[sourceId.split(":")[0]!]?.knownBy ?? "9999-12-31";
}

/** A year's bundled full-year releases, oldest copy first. */
export function releasesOf(ds: Dataset, year: number): GoodsVintageRow[] {
  return ds.goodsVintages
    .filter((v) => v.year === year)
    .map((v) => ({ v, at: knownBy(ds, v.sourceId) }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map(({ v }) => v);
}

/** The caveats sources.json states for a span of periods, where they overlap from–to (YYYY or YYYY-MM). */
export function periodNotes(ds: Dataset, id: string, from: string, to: string): string[] {
  const info = ds.meta.datasets.find((d) => d.id === id);
  const end = (p: string, edge: "from" | "to") => (p.length === 4 ? `${p}-${edge === "from" ? "01" : "12"}` : p);
  return (info?.periodNotes ?? [])
    .filter((n) => end(n.from, "from") <= end(to, "to") && end(n.to, "to") >= end(from, "from"))
    .map((n) => `${n.from === n.to ? n.from : `${n.from} to ${n.to}`}: ${n.note}.`);
}
