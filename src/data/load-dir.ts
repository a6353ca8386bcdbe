import { readFileSync } from "node:fs";
import { join } from "node:path";
import type * as z from "zod";
import { CsvError, parseCsv } from "./csv";
import { deriveFacts, describeDatasets } from "./facts";
import { articleFactsJson, DATA_FILES, type DataKey, type Dataset, sourcesJson, VALIDATION_FIELDS } from "./schema";
import { located, validateDataset } from "./validate";

/**
 * Reads and validates every data file in `dir`. Used at build time (to make the bundled data) and at run
 * time only when KORUS_DATA_DIR points at another copy of data/. Every problem becomes a DataError worded
 * `file:line: problem` (the rules are in validate.ts). The facts commands state about the data (coverage, partners, anchors)
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
  const sourcesText = readText(dir, "sources.json");
  const sources = readJsonFile("sources.json", sourcesText, sourcesJson);
  const article = readJsonFile("article-facts.json", readText(dir, "article-facts.json"), articleFactsJson);
  const raw = { ...rows, article, meta: { sources: sources.sources } } as unknown as Omit<Dataset, "facts">;
  const lineOf = jsonLines(sourcesText);
  const entry = (id: string) => sources.datasets.find((d) => d.id === id);
  const subject = validateDataset(raw, lines as Record<DataKey, number[]>, {
    gaps: Object.fromEntries(sources.datasets.map((d) => [d.id, d.gaps ?? []])),
    datasetLine: (id) => {
      const i = sources.datasets.findIndex((d) => d.id === id);
      return lineOf(i < 0 ? "datasets" : `datasets.${i}`);
    },
    sumsDiffer: entry(DATA_FILES.goodsMonthly.id)?.sumsDifferFromAnnual ?? [],
    copiesAgree: entry(DATA_FILES.goodsVintages.id)?.copiesAgree ?? [],
    sources: new Set(Object.keys(sources.sources)),
    datasetIds: sources.datasets.map((d) => d.id),
  });
  const facts = deriveFacts(raw, subject);
  const entries = sources.datasets.map((d) => {
    const shown = { ...d };
    for (const f of VALIDATION_FIELDS) delete shown[f];
    return shown;
  });
  const datasets = describeDatasets(raw, entries, facts);
  return { ...raw, meta: { ...sources, datasets }, facts };
}

function readText(dir: string, file: string): string {
  try {
    return readFileSync(join(dir, file), "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw located(file, 1, `cannot read (${code === "ENOENT" ? "file missing" : code}) in ${dir}`);
  }
}

function readCsvFile<S extends z.ZodType>(dir: string, file: string, schema: S): { rows: z.output<S>[]; lines: number[] } {
  const text = readText(dir, file);
  let table: ReturnType<typeof parseCsv>;
  try {
    table = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw located(file, e.line, e.message);
    throw e;
  }
  const expected = Object.keys((schema as unknown as { in: z.ZodObject }).in.shape);
  if (table.header.join(",") !== expected.join(",")) {
    throw located(file, 1, `header is "${table.header.join(",")}", expected "${expected.join(",")}"`);
  }
  if (table.records.length === 0) throw located(file, 2, "no data rows");
  const rows = table.records.map((rec) => {
    const parsed = schema.safeParse(rec.values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const column = String(issue.path[0] ?? "row");
      const raw = rec.values[column];
      const got = raw === undefined ? "" : ` (got ${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw)})`;
      throw located(file, rec.line, `${column}: ${issue.message}${got}`);
    }
    return parsed.data as z.output<S>;
  });
  return { rows, lines: table.records.map((r) => r.line) };
}

function readJsonFile<S extends z.ZodType>(file: string, raw: string, schema: S): z.output<S> {
  // a byte-order mark is an editor's habit, as in the CSVs: not damage
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const line = pos ? text.slice(0, Number(pos[1])).split("\n").length : 1;
    throw located(file, line, `not valid JSON (${message.replace(/^JSON\.parse: /, "")})`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join(".");
    throw located(file, jsonLines(text)(path), `${path || "(root)"}: ${issue.message}`);
  }
  return parsed.data as z.output<S>;
}

/**
 * The line each value of a JSON text starts on, by path ("datasets.3.file"): messages about sources.json
 * name the line like those about the CSVs. The text has already parsed, so the scanner can be lenient.
 */
export function jsonLines(text: string): (path: string) => number {
  const at = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skip = () => {
    for (; i < text.length && /\s/.test(text[i]!); i++) if (text[i] === "\n") line++;
  };
  const string = () => {
    let s = "";
    for (i++; i < text.length && text[i] !== '"'; i++) {
      if (text[i] === "\\") i++;
      s += text[i];
    }
    i++;
    return s;
  };
  const value = (path: string): void => {
    skip();
    if (!at.has(path)) at.set(path, line);
    const ch = text[i];
    if (ch === "{" || ch === "[") {
      i++;
      for (let n = 0; ; n++) {
        skip();
        if (text[i] === "}" || text[i] === "]" || i >= text.length) break;
        let key = String(n);
        if (ch === "{") {
          key = string();
          skip();
          i++; // the colon
        }
        value(path ? `${path}.${key}` : key);
        skip();
        if (text[i] === ",") i++;
      }
      i++;
    } else if (ch === '"') string();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value("");
  return (path) => {
    for (let p = path; ; p = p.slice(0, Math.max(0, p.lastIndexOf(".")))) {
      const l = at.get(p);
      if (l !== undefined) return l;
      if (p === "") return 1;
    }
  };
}
