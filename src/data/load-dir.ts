import { readFileSync } from "node:fs";
import { join } from "node:path";
import type * as z from "zod";
import { DataError } from "../errors";
import { parseCsv } from "./csv";
import { deriveFacts, describeDatasets, nextPeriod } from "./facts";
import { articleFactsJson, DATA_FILES, type DataKey, type Dataset, sourcesJson } from "./schema";

/** Timeline anchors that korus itself relies on (defaults, "since KORUS"): a data/ copy without them is refused. */
export const REQUIRED_ANCHORS = ["talks-launched", "in-force"] as const;

type Lines = Record<DataKey, number[]>;

/**
 * Reads and validates every data file in `dir`. Used at build time (to make the bundled data) and at run
 * time only when KORUS_DATA_DIR points at another copy of data/. Every problem becomes a DataError worded
 * `file: line N, column: problem`. The facts commands state about the data (coverage, partners, anchors)
 * are derived here, once, from the validated rows.
 */
export function loadDataDir(dir: string): Dataset {
  const rows: Record<string, unknown[]> = {};
  const lines: Record<string, number[]> = {};
  for (const [key, spec] of Object.entries(DATA_FILES)) {
    const read = readCsvFile(dir, spec.file, spec.schema);
    rows[key] = read.rows;
    lines[key] = read.lines;
  }
  const sources = readJsonFile(dir, "sources.json", sourcesJson);
  const article = readJsonFile(dir, "article-facts.json", articleFactsJson);
  const raw = { ...rows, article, meta: { sources: sources.sources } } as unknown as Omit<Dataset, "facts">;
  const subject = checkConsistency(
    raw,
    lines as Lines,
    sources.datasets.map((d) => d.id),
  );
  const facts = deriveFacts(raw, subject);
  const datasets = describeDatasets(raw, sources.datasets, facts);
  return { ...raw, meta: { ...sources, datasets }, facts };
}

function readText(dir: string, file: string): string {
  try {
    return readFileSync(join(dir, file), "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError(`${file}: cannot read (${code === "ENOENT" ? "file missing" : code}) in ${dir}`);
  }
}

function readCsvFile<S extends z.ZodType>(dir: string, file: string, schema: S): { rows: z.output<S>[]; lines: number[] } {
  const text = readText(dir, file);
  let table: ReturnType<typeof parseCsv>;
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
  const rows = table.records.map((rec) => {
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
  return { rows, lines: table.records.map((r) => r.line) };
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

/**
 * Cross-row rules that a single-row schema cannot see; a file breaking them is corrupt. Returns the
 * subject partner: the one whose rows in the partners file equal the annual goods file.
 */
function checkConsistency(ds: Omit<Dataset, "facts">, lines: Lines, datasetIds: string[]): string {
  const at = (key: DataKey, i: number) => `${DATA_FILES[key].file}: line ${lines[key][i]}`;
  checkGoods("goodsAnnual", ds.goodsAnnual, (r) => String(r.year), at);
  checkGoods("goodsMonthly", ds.goodsMonthly, (r) => r.month, at);
  checkGoods("goodsVintages", ds.goodsVintages, (r) => `${r.year} ${r.sourceId}`, at);
  checkGoods("partnersAnnual", ds.partnersAnnual, (r) => `${r.year} ${r.partner}`, at);
  const series: [DataKey, string[]][] = [
    ["goodsAnnual", ds.goodsAnnual.map((r) => String(r.year))],
    ["goodsMonthly", ds.goodsMonthly.map((r) => r.month)],
    ["fxAnnual", ds.fxAnnual.map((r) => String(r.year))],
    ["fxMonthly", ds.fxMonthly.map((r) => r.month)],
    ["fxDaily", ds.fxDaily.map((r) => r.date)],
    ["cpi", ds.cpi.map((r) => String(r.year))],
    ["timeline", ds.timeline.map((r) => r.date)],
  ];
  for (const [key, keys] of series) {
    keys.forEach((k, i) => {
      const prev = keys[i - 1];
      if (prev === undefined) return;
      const repeats = key === "timeline" ? k < prev : k <= prev;
      if (repeats) throw new DataError(`${at(key, i)}: ${k} is out of order or repeated (after ${prev})`);
    });
  }
  for (const [key, keys] of series.slice(0, 2)) {
    keys.forEach((k, i) => {
      const prev = keys[i - 1];
      if (prev !== undefined && k !== nextPeriod(prev))
        throw new DataError(`${at(key, i)}: ${k} follows ${prev}: a gap in the series`);
    });
  }
  checkKoreaSide(ds, at);
  const known = new Set(Object.keys(ds.meta.sources));
  for (const key of [
    "goodsAnnual",
    "goodsMonthly",
    "goodsVintages",
    "partnersAnnual",
    "koreaGoods",
    "koreaPartners",
    "autos",
    "koreaServices",
  ] as const) {
    ds[key].forEach((r, i) => {
      const base = r.sourceId.split(":")[0]!;
      if (!known.has(base)) throw new DataError(`${at(key, i)}: source_id ${r.sourceId} is not described in sources.json`);
    });
  }
  for (const [key, spec] of Object.entries(DATA_FILES)) {
    if (!datasetIds.includes(spec.id))
      throw new DataError(`sources.json: datasets: no entry for ${spec.id} (${DATA_FILES[key as DataKey].file})`);
  }
  const codes = new Map<string, string>();
  ds.partnersAnnual.forEach((r, i) => {
    const code = codes.get(r.partner) ?? r.partnerCode;
    if (code !== r.partnerCode)
      throw new DataError(`${at("partnersAnnual", i)}: ${r.partner} has code ${r.partnerCode}, earlier ${code}`);
    codes.set(r.partner, code);
  });
  const same = (p: string) => {
    const mine = ds.partnersAnnual.filter((r) => r.partner === p);
    return (
      mine.length === ds.goodsAnnual.length &&
      mine.every((r, i) => {
        const a = ds.goodsAnnual[i]!;
        return r.year === a.year && r.exports === a.exports && r.imports === a.imports && r.balance === a.balance;
      })
    );
  };
  const subject = [...codes.keys()].find(same);
  if (subject === undefined) {
    throw new DataError(
      `${DATA_FILES.partnersAnnual.file}: no partner's rows equal ${DATA_FILES.goodsAnnual.file} year by year (the subject's rows must match it)`,
    );
  }
  const anchors = new Set<string>();
  ds.timeline.forEach((e, i) => {
    if (e.anchor === null) return;
    if (anchors.has(e.anchor)) throw new DataError(`${at("timeline", i)}, anchor: ${e.anchor} is used twice`);
    anchors.add(e.anchor);
  });
  for (const a of REQUIRED_ANCHORS) {
    if (!anchors.has(a))
      throw new DataError(
        `${DATA_FILES.timeline.file}: no event has the anchor ${a} (korus needs ${REQUIRED_ANCHORS.join(", ")})`,
      );
  }
  return subject;
}

interface GoodsLike {
  exports: number;
  imports: number;
  balance: number;
}

/** SOURCES.md: balance = exports − imports, computed from unrounded inputs, so within 0.1 of the rounded ones. */
const BALANCE_TOLERANCE = 0.1 + 1e-9;

function checkGoods<R extends GoodsLike>(
  key: DataKey,
  rows: R[],
  keyOf: (r: R) => string,
  at: (k: DataKey, i: number) => string,
): void {
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const k = keyOf(r);
    if (seen.has(k)) throw new DataError(`${at(key, i)}: duplicate entry for ${k}`);
    seen.add(k);
    if (r.exports < 0 || r.imports < 0) throw new DataError(`${at(key, i)} (${k}): exports and imports cannot be negative`);
    if (Math.abs(r.exports - r.imports - r.balance) > BALANCE_TOLERANCE) {
      throw new DataError(`${at(key, i)} (${k}): balance ${r.balance} is not exports - imports (${r.exports} - ${r.imports})`);
    }
  });
}

/**
 * Korea-side files: one row per key, in year order, flows never negative, and the balance equal to exports −
 * imports wherever both are given (an empty cell is "not found", never a zero).
 */
function checkKoreaSide(ds: Omit<Dataset, "facts">, at: (k: DataKey, i: number) => string): void {
  // [file, rows, key of a row, the group whose years must not go backwards (the autos file lists each reporter in turn)]
  const keyed: [DataKey, { year: number }[], (i: number) => string, (i: number) => string][] = [
    ["koreaGoods", ds.koreaGoods, (i) => String(ds.koreaGoods[i]!.year), () => ""],
    ["koreaPartners", ds.koreaPartners, (i) => `${ds.koreaPartners[i]!.year} ${ds.koreaPartners[i]!.partnerCode}`, () => ""],
    [
      "autos",
      ds.autos,
      (i) => `${ds.autos[i]!.year} ${ds.autos[i]!.reporter} ${ds.autos[i]!.flow} ${ds.autos[i]!.product}`,
      (i) => ds.autos[i]!.reporter,
    ],
    ["koreaServices", ds.koreaServices, (i) => `${ds.koreaServices[i]!.year} ${ds.koreaServices[i]!.asOf}`, () => ""],
  ];
  for (const [key, rows, keyOf, groupOf] of keyed) {
    const seen = new Set<string>();
    const last = new Map<string, number>();
    rows.forEach((r, i) => {
      const k = keyOf(i);
      if (seen.has(k)) throw new DataError(`${at(key, i)}: duplicate entry for ${k}`);
      seen.add(k);
      const prev = last.get(groupOf(i));
      if (prev !== undefined && r.year < prev) throw new DataError(`${at(key, i)}: ${r.year} is out of order (after ${prev})`);
      last.set(groupOf(i), r.year);
    });
  }
  const flows: [DataKey, { exports: number; imports: number | null; balance: number | null }[]][] = [
    ["koreaGoods", ds.koreaGoods.map((r) => ({ exports: r.exportsToUs, imports: r.importsFromUs, balance: r.balance }))],
    ["koreaPartners", ds.koreaPartners],
  ];
  for (const [key, rows] of flows) {
    rows.forEach((r, i) => {
      if (r.exports < 0 || (r.imports ?? 0) < 0) throw new DataError(`${at(key, i)}: exports and imports cannot be negative`);
      if (r.imports !== null && r.balance !== null && !(Math.abs(r.exports - r.imports - r.balance) <= BALANCE_TOLERANCE))
        throw new DataError(`${at(key, i)}: balance ${r.balance} is not exports - imports (${r.exports} - ${r.imports})`);
    });
  }
  ds.autos.forEach((r, i) => {
    if (r.value < 0) throw new DataError(`${at("autos", i)}: a trade value cannot be negative`);
    const us = r.reporter === "US";
    if (us !== (r.flow === "imports_from_korea"))
      throw new DataError(`${at("autos", i)}: reporter ${r.reporter} cannot report the flow ${r.flow}`);
  });
}
