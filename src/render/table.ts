import { palette } from "./color";
import { wrapText } from "./format";
import { displayWidth, padTo, stripAnsi, toAscii } from "./text-width";

/**
 * The one table renderer: a boxed table that fits a width, a record layout when it cannot, and a GitHub-flavoured
 * Markdown table. Cells arrive formatted (and colored, if at all) by the caller; the table decides only the layout.
 *
 * How a table fits `width` (the steps stop as soon as it fits):
 *   1. columns marked `wrap` (free text) wrap at word boundaries, down to their longest word (at most 16 columns);
 *   2. headers that declare a `short` form use it (the units then go in a line under the table, `unitNote`);
 *   3. columns with a `drop` rank are left out, lowest rank first, and a line under the table names them;
 *   4. if it still does not fit, or fewer than `minColumns` columns would be left, each row becomes a block of
 *      "header: value" lines (the record layout), which fits any width.
 * The order is declared per table by its columns (`drop`), never by special cases here.
 *
 * Drawn by korus itself (it was cli-table3): the layout needs the column widths decided here, and drawing a box is a
 * few string joins (a 40-row table took cli-table3 10-20 ms at start-up).
 */
export interface Column {
  /** "\n" separates header lines: "Exports\n$ billions" */
  header: string;
  align?: "left" | "right";
  /** free text that may wrap at word boundaries */
  wrap?: boolean;
  /** a shorter header for narrow widths ("Exports" for "Exports\n$ billions"); say the units in `unitNote` */
  short?: string;
  /** rank in the order columns are dropped when the table is too wide (1 first); none: never dropped */
  drop?: number;
}

export interface TableOptions {
  colorOn: boolean;
  /** columns available (default: unlimited, the table's natural width) */
  width?: number;
  ascii?: boolean;
  /** a blank line between rows, for tables whose cells wrap over several lines */
  spaced?: boolean;
  /** fewer columns than this left after dropping: use the record layout instead (default 2) */
  minColumns?: number;
  /** said under the table when short headers are used, e.g. "Exports, imports and balance in $ billions" */
  unitNote?: string;
}

const BOX = { tl: "┌", tm: "┬", tr: "┐", bl: "└", bm: "┴", br: "┘", h: "─", v: "│" };
const BOX_ASCII = { tl: "+", tm: "+", tr: "+", bl: "+", bm: "+", br: "+", h: "-", v: "|" };
/** the longest a wrapped column's minimum gets: longer words (URLs, ids) are broken */
const MAX_WORD = 16;

export function renderTable(columns: Column[], rows: string[][], opts: TableOptions | boolean, spaced = false): string {
  const o: TableOptions = typeof opts === "boolean" ? { colorOn: opts, spaced } : opts;
  const ascii = o.ascii === true;
  const tx = (s: string) => (ascii ? toAscii(s) : s);
  const cols = columns.map((c) => ({ ...c, header: tx(c.header), short: c.short === undefined ? undefined : tx(c.short) }));
  const body = rows.map((r) => cols.map((_, j) => tx(r[j] ?? "")));
  const layout = fitColumns(cols, body, o.width ?? Number.POSITIVE_INFINITY, o.minColumns ?? 2);
  const notes: string[] = [];
  if (layout === null) return recordLayout(cols, body, o);
  if (layout.short && o.unitNote) notes.push(tx(o.unitNote));
  const dropped = cols.filter((_, j) => !layout.shown.includes(j)).map((c) => (c.short ?? c.header).replace(/\s*\n\s*/g, " "));
  if (dropped.length) notes.push(`Not shown at this width: ${dropped.join(", ")} (--width or --json for all).`);
  const table = drawBox(cols, body, layout, o);
  const width = o.width ?? Number.POSITIVE_INFINITY;
  return [table, ...notes.flatMap((n) => wrapText(n, width === Number.POSITIVE_INFINITY ? 1000 : width).split("\n"))].join("\n");
}

interface Layout {
  /** indexes of the columns drawn, in order */
  shown: number[];
  /** width of each shown column's content */
  widths: number[];
  short: boolean;
}

const header = (c: Column, short: boolean) => (short && c.short !== undefined ? c.short : c.header);
const linesWidth = (s: string) => Math.max(0, ...s.split("\n").map(displayWidth));
const longestWord = (s: string) => Math.max(0, ...stripAnsi(s).split(/[\s]+/).map(displayWidth));

function fitColumns(cols: Column[], body: string[][], width: number, minColumns: number): Layout | null {
  const dropOrder = cols
    .map((c, j) => ({ j, rank: c.drop }))
    .filter((x): x is { j: number; rank: number } => x.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || b.j - a.j)
    .map((x) => x.j);
  const hasShort = cols.some((c) => c.short !== undefined);
  for (let dropped = 0; dropped <= dropOrder.length; dropped++) {
    const gone = new Set(dropOrder.slice(0, dropped));
    const shown = cols.map((_, j) => j).filter((j) => !gone.has(j));
    if (shown.length < Math.min(minColumns, cols.length)) return null;
    for (const short of hasShort ? [false, true] : [false]) {
      const widths = columnWidths(cols, body, shown, short, width);
      if (widths) return { shown, widths, short };
    }
  }
  return null;
}

/** Content widths that fit `width`, wrapping the `wrap` columns as little as needed; null if they cannot. */
function columnWidths(cols: Column[], body: string[][], shown: number[], short: boolean, width: number): number[] | null {
  const natural = shown.map((j) => Math.max(linesWidth(header(cols[j]!, short)), ...body.map((r) => linesWidth(r[j]!))));
  const frame = 3 * shown.length + 1;
  const total = natural.reduce((a, b) => a + b, 0) + frame;
  if (total <= width) return natural;
  const minimum = shown.map((j, k) => {
    if (!cols[j]!.wrap) return natural[k]!;
    const words = [header(cols[j]!, short), ...body.map((r) => r[j]!)].map(longestWord);
    return Math.min(natural[k]!, Math.max(4, Math.min(MAX_WORD, Math.max(...words))));
  });
  if (minimum.reduce((a, b) => a + b, 0) + frame > width) return null;
  // the wrapping columns share what the others leave in proportion to their natural widths (a long Event column
  // keeps more than a short Source column), none below its minimum
  const fixed = natural.reduce((a, w, k) => a + (minimum[k] === w ? w : 0), 0);
  const room = width - frame - fixed;
  const flexible = natural.map((w, k) => (minimum[k] === w ? 0 : w));
  const sized = (ratio: number) => flexible.map((w, k) => (w ? Math.max(minimum[k]!, Math.floor(w * ratio)) : natural[k]!));
  const used = (ws: number[]) => ws.reduce((a, w, k) => a + (flexible[k] ? w : 0), 0);
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (used(sized(mid)) <= room) lo = mid;
    else hi = mid;
  }
  const widths = sized(lo);
  // columns the rounding left over go to the widest wrapping columns
  let spare = room - used(widths);
  while (spare > 0) {
    let k = -1;
    for (let i = 0; i < widths.length; i++)
      if (flexible[i] && widths[i]! < natural[i]! && (k < 0 || flexible[i]! > flexible[k]!)) k = i;
    if (k < 0) break;
    widths[k]!++;
    spare--;
  }
  return used(widths) <= room ? widths : null;
}

function cellLines(text: string, col: Column, width: number): string[] {
  if (!col.wrap || linesWidth(text) <= width) return text.split("\n");
  return wrapText(text, width).split("\n");
}

function drawBox(cols: Column[], body: string[][], layout: Layout, o: TableOptions): string {
  const b = o.ascii ? BOX_ASCII : BOX;
  const c = palette(o.colorOn);
  const border = (s: string) => (o.colorOn ? c.grey(s) : s);
  const { shown, widths } = layout;
  const rule = (l: string, m: string, r: string) => border(l + widths.map((w) => b.h.repeat(w + 2)).join(m) + r);
  const row = (cells: string[][], bold: boolean) => {
    const height = Math.max(1, ...cells.map((x) => x.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      const parts = cells.map((lines, i) => {
        const text = lines[k] ?? "";
        const col = cols[shown[i]!]!;
        return ` ${padTo(bold && o.colorOn && text ? c.bold(text) : text, widths[i]!, col.align ?? "right")} `;
      });
      out.push(border(b.v) + parts.join(border(b.v)) + border(b.v));
    }
    return out;
  };
  const lines = [rule(b.tl, b.tm, b.tr)];
  lines.push(
    ...row(
      shown.map((j, i) => cellLines(header(cols[j]!, layout.short), { ...cols[j]!, wrap: true }, widths[i]!)),
      true,
    ),
  );
  body.forEach((r, n) => {
    if (o.spaced && n > 0) lines.push(border(b.v) + widths.map((w) => " ".repeat(w + 2)).join(border(b.v)) + border(b.v));
    lines.push(
      ...row(
        shown.map((j, i) => cellLines(r[j]!, cols[j]!, widths[i]!)),
        false,
      ),
    );
  });
  lines.push(rule(b.bl, b.bm, b.br));
  return lines.join("\n");
}

/** One block per row: "header: value" lines, values wrapped under themselves; fits any width from 30 columns. */
function recordLayout(cols: Column[], body: string[][], o: TableOptions): string {
  const width = Math.min(o.width ?? 80, 1000);
  const labels = cols.map((col) => `${col.header.replace(/\s*\n\s*/g, " ")}:`);
  const labelWidth = Math.min(Math.max(...labels.map(displayWidth)) + 1, Math.floor(width / 2));
  const c = palette(o.colorOn);
  const blocks = body.map((r) =>
    cols
      .flatMap((_, j) => {
        const value = r[j]!.replace(/\s*\n\s*/g, " ").trim();
        if (!value) return [];
        const label = labels[j]!;
        // a label too long for the label column, or a word too long beside it: the value goes under the label
        const fitsBeside = displayWidth(label) < labelWidth && longestWord(value) <= width - labelWidth;
        const first = fitsBeside ? padTo(label, labelWidth) : "";
        const indent = fitsBeside ? labelWidth : 2;
        const lines = wrapText(value, width - indent).split("\n");
        const head = fitsBeside ? [] : wrapText(label, width).split("\n");
        return [
          ...head.map((l) => (o.colorOn ? c.bold(l) : l)),
          ...lines.map((l, i) => (i === 0 && fitsBeside ? (o.colorOn ? c.bold(first) : first) : " ".repeat(indent)) + l),
        ];
      })
      .join("\n"),
  );
  return blocks.join("\n\n");
}

/** A GitHub-flavoured Markdown table: every column, header lines joined, pipes escaped, line breaks as <br>. */
export function markdownTable(columns: Column[], rows: string[][]): string {
  const cell = (s: string) =>
    stripAnsi(s)
      .trim()
      .replace(/\\/g, "\\\\")
      .replace(/\|/g, "\\|")
      .replace(/\s*\n\s*/g, "<br>");
  const head = columns.map((c) => cell(c.header.replace(/\s*\n\s*/g, " ")));
  const align = columns.map((c) => ((c.align ?? "right") === "right" ? "---:" : ":---"));
  const lines = [head, align, ...rows.map((r) => columns.map((_, j) => cell(r[j] ?? "")))];
  return lines.map((l) => `| ${l.join(" | ")} |`).join("\n");
}
