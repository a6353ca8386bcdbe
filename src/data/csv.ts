/**
 * A small RFC 4180 reader: the bundled CSVs quote fields that contain commas (timeline text, URLs).
 * Returns records keyed by header with the 1-based line number of each record, for error messages.
 */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/** A CSV that cannot be read, at a 1-based line. */
export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseCsv(text: string): CsvTable {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === "") quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) throw new CsvError(rowLine, "unterminated quoted field");
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  const nonEmpty = rows.filter((r) => !(r.cells.length === 1 && r.cells[0] === ""));
  const head = nonEmpty.shift();
  if (!head) throw new CsvError(1, "empty file (no header row)");
  const header = head.cells;
  const records = nonEmpty.map((r) => {
    if (r.cells.length !== header.length) {
      throw new CsvError(r.line, `expected ${header.length} fields, found ${r.cells.length}`);
    }
    const values: Record<string, string> = {};
    header.forEach((h, j) => {
      values[h] = r.cells[j]!;
    });
    return { line: r.line, values };
  });
  return { header, records };
}
