import { readFileSync } from "node:fs";
import { join } from "node:path";
import type * as z from "zod";
import { DataError } from "../errors";
import { parseCsv } from "./csv";
import { articleFactsJson, DATA_FILES, type Dataset, sourcesJson } from "./schema";

/**
 * Reads and validates every data file in `dir`. Used at build time (to make the inlined bundle data)
 * and at run time only when KORUS_DATA_DIR points at another copy of data/. Every problem becomes a
 * DataError worded `file: line N, column: problem`.
 */
export function loadDataDir(dir: string): Dataset {
  const out: Record<string, unknown[]> = {};
  for (const [key, spec] of Object.entries(DATA_FILES)) {
    out[key] = readCsvFile(dir, spec.file, spec.schema);
  }
  const meta = readJsonFile(dir, "sources.json", sourcesJson);
  const article = readJsonFile(dir, "article-facts.json", articleFactsJson);
  const dataset = { ...out, meta, article } as unknown as Dataset;
  checkConsistency(dataset);
  return dataset;
}

function readText(dir: string, file: string): string {
  try {
    return readFileSync(join(dir, file), "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError(`${file}: cannot read (${code === "ENOENT" ? "file missing" : code}) in ${dir}`);
  }
}

function readCsvFile<S extends z.ZodType>(dir: string, file: string, schema: S): z.output<S>[] {
  const text = readText(dir, file);
  let table;
  try {
    table = parseCsv(text);
  } catch (e) {
    throw new DataError(`${file}: ${(e as Error).message}`);
  }
  const expected = Object.keys((schema as unknown as { in: z.ZodObject }).in.shape);
  if (table.header.join(",") !== expected.join(",")) {
    throw new DataError(`${file}: line 1: header is "${table.header.join(",")}", expected "${expected.join(",")}"`);
  }
  if (table.records.length === 0) throw new DataError(`${file}: no data rows`);
  return table.records.map((rec) => {
    const parsed = schema.safeParse(rec.values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const column = String(issue.path[0] ?? "row");
      const raw = rec.values[column];
      const got = raw === undefined ? "" : ` (got ${JSON.stringify(raw)})`;
      throw new DataError(`${file}: line ${rec.line}, ${column}: ${issue.message}${got}`);
    }
    return parsed.data as z.output<S>;
  });
}

function readJsonFile<S extends z.ZodType>(dir: string, file: string, schema: S): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(readText(dir, file));
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DataError(`${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return parsed.data as z.output<S>;
}

/** Cross-row rules that a single-row schema cannot see; a file breaking them is corrupt. */
function checkConsistency(ds: Dataset): void {
  checkGoods(DATA_FILES.goodsAnnual.file, ds.goodsAnnual, (r) => String(r.year));
  checkGoods(DATA_FILES.goodsMonthly.file, ds.goodsMonthly, (r) => r.month);
  checkGoods(DATA_FILES.goodsVintages.file, ds.goodsVintages, (r) => `${r.year} ${r.sourceId}`);
  checkGoods(DATA_FILES.partnersAnnual.file, ds.partnersAnnual, (r) => `${r.year} ${r.partner}`);
  const keyed: [string, string[]][] = [
    [DATA_FILES.fxAnnual.file, ds.fxAnnual.map((r) => String(r.year))],
    [DATA_FILES.fxMonthly.file, ds.fxMonthly.map((r) => r.month)],
    [DATA_FILES.fxDaily.file, ds.fxDaily.map((r) => r.date)],
    [DATA_FILES.cpi.file, ds.cpi.map((r) => String(r.year))],
  ];
  for (const [file, keys] of keyed) {
    keys.forEach((k, i) => {
      if (i > 0 && k <= keys[i - 1]!) throw new DataError(`${file}: data row ${i + 1}: ${k} is out of order or repeated`);
    });
  }
  const known = new Set(Object.keys(ds.meta.sources));
  for (const [file, rows] of [
    [DATA_FILES.goodsAnnual.file, ds.goodsAnnual],
    [DATA_FILES.goodsMonthly.file, ds.goodsMonthly],
    [DATA_FILES.goodsVintages.file, ds.goodsVintages],
    [DATA_FILES.partnersAnnual.file, ds.partnersAnnual],
  ] as const) {
    rows.forEach((r, i) => {
      const base = r.sourceId.split(":")[0]!;
      if (!known.has(base))
        throw new DataError(`${file}: data row ${i + 1}: source_id ${r.sourceId} is not described in sources.json`);
    });
  }
}

interface GoodsLike {
  exports: number;
  imports: number;
  balance: number;
}

function checkGoods<R extends GoodsLike>(file: string, rows: R[], key: (r: R) => string): void {
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const k = key(r);
    if (seen.has(k)) throw new DataError(`${file}: data row ${i + 1}: duplicate entry for ${k}`);
    seen.add(k);
    if (Math.abs(r.exports - r.imports - r.balance) > 0.15) {
      throw new DataError(
        `${file}: data row ${i + 1} (${k}): balance ${r.balance} is not exports - imports (${r.exports} - ${r.imports})`,
      );
    }
  });
}
