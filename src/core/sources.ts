import type { Dataset, DatasetInfo } from "../data/schema";

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
