import { palette } from "./color";
import { formatNumber, wrapText } from "./format";
import { displayWidth, padTo, toAscii } from "./text-width";

/**
 * The chart renderer: line charts of series over periods, and horizontal bar charts. Drawn here, cell by cell
 * (it was asciichart, which has no notion of which series owns a cell), so that a chart does not mislead:
 * - y labels carry the decimals their step needs (2.5 apart: "5.0, 2.5, 0.0");
 * - every series has its own glyphs, without color too, and a series hidden under others is drawn over them;
 *   the subject (`highlight`: Korea) is drawn last, in heavy lines (bold when colored);
 * - the zero line (┈, "." in ASCII) looks like no series, and a value is never drawn on it unless it is zero;
 * - one period is a single labelled point, the last period is always labelled, and a chart that averages several
 *   periods per column says so.
 */
export interface ChartSeries {
  name: string;
  /** one value per period, already in display units; null is a gap */
  values: (number | null)[];
  /** the subject: drawn last, in heavy lines, marked in the legend */
  highlight?: boolean;
}

export interface ChartMarker {
  /** index into labels */
  index: number;
  symbol: string;
  label: string;
}

export interface ChartSpec {
  title: string;
  /** one label per period (e.g. "2016" or "2017-03") */
  labels: string[];
  series: ChartSeries[];
  width: number;
  height?: number;
  markers?: ChartMarker[];
  colorOn: boolean;
  ascii?: boolean;
}

interface Style {
  h: string;
  v: string;
  /** corners: the line turns up (╯ then ╭) or down (╮ then ╰) */
  upFrom: string;
  upTo: string;
  downFrom: string;
  downTo: string;
  legend: string;
}
const line = (h: string, v: string, corners: string, legend = h + h): Style => ({
  h,
  v,
  upFrom: corners[0]!,
  upTo: corners[1]!,
  downFrom: corners[2]!,
  downTo: corners[3]!,
  legend,
});
const dots = (g: string): Style => line(g, g, g + g + g + g);
const STYLES: Style[] = [line("─", "│", "╯╭╮╰"), line("═", "║", "╝╔╗╚"), dots("•"), dots("+"), dots("×"), dots("○")];
const STYLES_ASCII: Style[] = [line("-", "|", "++++"), line("=", "H", "====", "=="), dots("*"), dots("%"), dots("x"), dots("o")];
const HIGHLIGHT = line("━", "┃", "┛┏┓┗");
const HIGHLIGHT_ASCII = dots("#");
const COLORS = ["cyan", "magenta", "yellow", "green", "blue", "red"] as const;

/** The glyphs a chart uses, for the text around it (the legend says what each series looks like). */
function glyphs(ascii: boolean) {
  return ascii
    ? { zero: ".", marker: ":", axis: "|", tick: "+", corner: "+", xAxis: "-", xTick: "+", point: "o" }
    : { zero: "┈", marker: "┊", axis: "│", tick: "┤", corner: "└", xAxis: "─", xTick: "┬", point: "●" };
}

export const MIN_CHART_WIDTH = 30;

export function renderChart(spec: ChartSpec): string {
  const ascii = spec.ascii === true;
  const tx = (s: string) => (ascii ? toAscii(s) : s);
  const g = glyphs(ascii);
  const c = palette(spec.colorOn);
  const title = wrapText(tx(spec.title), Math.max(MIN_CHART_WIDTH, spec.width))
    .split("\n")
    .map((l) => c.bold(l));
  const n = spec.labels.length;
  const present = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (n === 0 || present.length === 0) return [...title, "(no data to chart)"].join("\n");
  // one period of several series: points on one column would hide each other; bars label each
  if (n === 1 && spec.series.length > 1) {
    return renderBars({
      title: `${spec.title}, ${spec.labels[0]}`,
      items: spec.series.map((s) => ({ label: s.name, value: s.values[0] ?? null, highlight: s.highlight })),
      decimals: 1,
      width: spec.width,
      colorOn: spec.colorOn,
      ascii: spec.ascii,
    });
  }
  const ticks = yTicks(Math.min(...present), Math.max(...present), spec.height ?? 12);
  const tickLabels = ticks.values.map((v) => formatNumber(v, ticks.decimals));
  const labelWidth = Math.max(...tickLabels.map((l) => l.length)) + 1;
  const width = Math.max(MIN_CHART_WIDTH, spec.width);
  const cols = width - labelWidth - 1;
  const map = columnMap(n, cols);
  const rows = ticks.rows + 1;
  const rowOf = (v: number) => Math.round(((ticks.max - v) / (ticks.max - ticks.min)) * ticks.rows);
  const zeroRow = ticks.min <= 0 && ticks.max >= 0 ? rowOf(0) : -1;
  // a value that is not zero never sits on the zero line: it goes one row toward its side
  const rowFor = (v: number) => {
    const r = rowOf(v);
    if (r !== zeroRow || v === 0) return r;
    const away = v > 0 ? r - 1 : r + 1;
    return away >= 0 && away < rows ? away : r;
  };

  const grid: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill(" "));
  const owner: number[][] = Array.from({ length: rows }, () => Array<number>(cols).fill(-1));
  if (zeroRow >= 0) grid[zeroRow]!.fill(g.zero);
  for (const m of spec.markers ?? []) {
    const x = map[m.index];
    if (x === undefined) continue;
    for (let r = 0; r < rows; r++) if (grid[r]![x] === " " || grid[r]![x] === g.zero) grid[r]![x] = g.marker;
  }
  const styles = ascii ? STYLES_ASCII : STYLES;
  let plain = 0;
  const styleOf = spec.series.map((s) =>
    s.highlight ? (ascii ? HIGHLIGHT_ASCII : HIGHLIGHT) : styles[plain++ % styles.length]!,
  );
  const cells = spec.series.map((s, j) => traceSeries(s.values, map, cols, rowFor, styleOf[j]!, n === 1 ? g.point : null));
  for (const j of drawOrder(spec.series, cells)) {
    for (const [r, x, ch] of cells[j]!) {
      grid[r]![x] = ch;
      owner[r]![x] = j;
    }
  }
  // a series still (almost) hidden under others shows through: every other cell it shares is its own
  cells.forEach((list, j) => {
    const mine = list.filter(([r, x]) => owner[r]![x] === j).length;
    if (mine >= Math.max(3, list.length / 5)) return;
    let k = 0;
    for (const [r, x, ch] of list) {
      if (owner[r]![x] === j || k++ % 2 === 1) continue;
      grid[r]![x] = ch;
      owner[r]![x] = j;
    }
  });
  // one period: the point carries its value
  const labelled = new Set<string>();
  if (n === 1) {
    spec.series.forEach((s, j) => {
      const v = s.values[0];
      if (v === null || v === undefined) return;
      const r = rowFor(v);
      const text = ` ${formatNumber(v, Math.max(1, ticks.decimals))}`;
      const x0 = map[0]! + 1;
      for (let k = 0; k < text.length && x0 + k < cols; k++) {
        if (grid[r]![x0 + k] !== " " && grid[r]![x0 + k] !== g.zero) break;
        grid[r]![x0 + k] = text[k]!;
        owner[r]![x0 + k] = j;
        labelled.add(`${r},${x0 + k}`);
      }
    });
  }

  const paint = (ch: string, j: number, r: number, x: number) => {
    if (j < 0 || !spec.colorOn || labelled.has(`${r},${x}`)) return ch;
    const painted = c[COLORS[j % COLORS.length]!](ch);
    return spec.series[j]!.highlight ? c.bold(painted) : painted;
  };
  const lines = [...title];
  for (let r = 0; r < rows; r++) {
    const isTick = r % ticks.rowsPerTick === 0;
    const label = isTick ? tickLabels[r / ticks.rowsPerTick]! : "";
    lines.push(
      label.padStart(labelWidth - 1) +
        " " +
        (isTick ? g.tick : g.axis) +
        grid[r]!.map((ch, x) => paint(ch, owner[r]![x]!, r, x))
          .join("")
          .trimEnd(),
    );
  }
  lines.push(...xAxis(spec, map, cols, labelWidth, styleOf, tx));
  return lines.join("\n");
}

/** The cells a series draws: [row, column, glyph]. A run of one column (or one period) is a point. */
function traceSeries(
  values: (number | null)[],
  map: number[],
  cols: number,
  rowFor: (v: number) => number,
  style: Style,
  point: string | null,
): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const run of resample(values, map, cols)) {
    const ys = run.values.map(rowFor);
    if (ys.length === 1) {
      out.push([ys[0]!, run.start, point ?? style.h]);
      continue;
    }
    ys.forEach((y0, k) => {
      const x = run.start + k;
      const y1 = ys[k + 1];
      if (y1 === undefined || y1 === y0) {
        out.push([y0, x, style.h]);
        return;
      }
      const up = y1 < y0;
      out.push([y0, x, up ? style.upFrom : style.downFrom], [y1, x, up ? style.upTo : style.downTo]);
      for (let r = Math.min(y0, y1) + 1; r < Math.max(y0, y1); r++) out.push([r, x, style.v]);
    });
  }
  return out;
}

/**
 * The order series are drawn in: the one with the most cells of its own first, so a series that shares most of
 * its cells with others is drawn over them and stays visible; the highlighted series (the subject) last of all.
 */
function drawOrder(series: ChartSeries[], cells: [number, number, string][][]): number[] {
  const count = new Map<string, number>();
  for (const list of cells) for (const k of new Set(list.map(([r, x]) => `${r},${x}`))) count.set(k, (count.get(k) ?? 0) + 1);
  const own = cells.map((list) => list.filter(([r, x]) => count.get(`${r},${x}`) === 1).length);
  const share = cells.map((list, j) => own[j]! / Math.max(1, list.length));
  return series
    .map((s, j) => ({ j, last: s.highlight ? 1 : 0 }))
    .sort((a, b) => a.last - b.last || share[b.j]! - share[a.j]! || a.j - b.j)
    .map((x) => x.j);
}

interface Ticks {
  min: number;
  max: number;
  rows: number;
  rowsPerTick: number;
  decimals: number;
  values: number[];
}

/** Decimals a step needs to be written exactly: 5 → 0, 2.5 → 1, 0.25 → 2. */
export function stepDecimals(step: number): number {
  for (let d = 0; d < 6; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scaled)) return d;
  }
  return 6;
}

/** Round tick values (1, 2, 2.5, 5 × 10^k) covering [lo, hi], about `height` rows in all. */
export function yTicks(lo: number, hi: number, height: number): Ticks {
  if (lo === hi) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const target = Math.max(2, Math.min(8, Math.floor(height / 2)));
  const raw = (hi - lo) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw * (1 - 1e-9)) ?? 10 * mag;
  // (|| 0: never a "-0" bound)
  const min = Math.floor(lo / step + 1e-9) * step || 0;
  const max = Math.ceil(hi / step - 1e-9) * step || 0;
  const steps = Math.max(1, Math.round((max - min) / step));
  const rowsPerTick = Math.max(1, Math.floor(height / steps));
  const values = Array.from({ length: steps + 1 }, (_, i) => max - i * step);
  return { min, max, rows: steps * rowsPerTick, rowsPerTick, decimals: stepDecimals(step), values };
}

/** Column of each period: points spread evenly over the width (one period: the middle), or several per column. */
export function columnMap(n: number, cols: number): number[] {
  if (n === 1) return [Math.floor((cols - 1) / 2)];
  if (n <= cols) return Array.from({ length: n }, (_, i) => Math.round((i * (cols - 1)) / (n - 1)));
  return Array.from({ length: n }, (_, i) => Math.floor((i * cols) / n));
}

interface Run {
  start: number;
  values: number[];
}

/**
 * Values at every column, interpolated between periods (or averaged where several periods share a
 * column), split into runs at gaps: a missing value is never drawn as a line through it.
 */
export function resample(values: (number | null)[], map: number[], cols: number): Run[] {
  const col: (number | null)[] = Array(cols).fill(null);
  const sums = new Map<number, { sum: number; count: number; gap: boolean }>();
  values.forEach((v, i) => {
    const x = map[i]!;
    const acc = sums.get(x) ?? { sum: 0, count: 0, gap: false };
    if (v === null) acc.gap = true;
    else {
      acc.sum += v;
      acc.count++;
    }
    sums.set(x, acc);
  });
  const anchors = [...sums.entries()].sort((a, b) => a[0] - b[0]);
  for (const [x, acc] of anchors) col[x] = acc.gap || acc.count === 0 ? null : acc.sum / acc.count;
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [x0] = anchors[k]!;
    const [x1] = anchors[k + 1]!;
    const v0 = col[x0];
    const v1 = col[x1];
    if (v0 === null || v1 === null || v0 === undefined || v1 === undefined) continue;
    for (let x = x0 + 1; x < x1; x++) col[x] = v0 + ((v1 - v0) * (x - x0)) / (x1 - x0);
  }
  const runs: Run[] = [];
  let current: Run | null = null;
  col.forEach((v, x) => {
    if (v === null || v === undefined) {
      current = null;
      return;
    }
    if (!current) {
      current = { start: x, values: [] };
      runs.push(current);
    }
    current.values.push(v);
  });
  return runs;
}

function xAxis(
  spec: ChartSpec,
  map: number[],
  cols: number,
  labelWidth: number,
  styles: Style[],
  tx: (s: string) => string,
): string[] {
  const g = glyphs(spec.ascii === true);
  const pad = " ".repeat(labelWidth);
  const axis = Array<string>(cols).fill(g.xAxis);
  const text = Array<string>(cols).fill(" ");
  const n = spec.labels.length;
  const widest = Math.max(...spec.labels.map((l) => l.length));
  const step = labelStep(spec.labels, map, widest);
  // the last period is always labelled: its place is taken first, and a label that would touch it is skipped
  const place = (i: number) => {
    const label = spec.labels[i]!;
    const x = map[i]!;
    const start = n === 1 ? Math.max(0, x - (label.length >> 1)) : Math.max(0, Math.min(x, cols - label.length));
    return { label, x, start, end: start + label.length - 1 };
  };
  const last = place(n - 1);
  let lastEnd = -2;
  const put = (p: ReturnType<typeof place>) => {
    axis[p.x] = g.xTick;
    for (let k = 0; k < p.label.length && p.start + k < cols; k++) text[p.start + k] = p.label[k]!;
  };
  for (let i = 0; i < n - 1; i++) {
    if (i % step !== 0) continue;
    const p = place(i);
    if (p.start <= lastEnd + 1 || p.end >= last.start - 1) continue;
    put(p);
    lastEnd = p.end;
  }
  put(last);
  // the KORUS marker (with a label) wins a column it shares with other events
  for (const m of [...(spec.markers ?? [])].sort((a, b) => (a.label ? 1 : 0) - (b.label ? 1 : 0))) {
    const x = map[m.index];
    if (x !== undefined) axis[x] = tx(m.symbol);
  }
  const lines = [`${pad}${g.corner}${axis.join("")}`, `${pad} ${text.join("").trimEnd()}`];
  const c = palette(spec.colorOn);
  const legend: string[] = [];
  if (spec.series.length > 1 || spec.series.some((s) => s.highlight)) {
    spec.series.forEach((s, j) => {
      const glyph = styles[j]!.legend;
      const painted = spec.colorOn ? c[COLORS[j % COLORS.length]!](glyph) : glyph;
      const name = tx(s.highlight ? `${s.name} ${spec.ascii ? "<" : "◀"}` : s.name);
      legend.push(`${painted} ${s.highlight && spec.colorOn ? c.bold(name) : name}`);
    });
  }
  for (const m of spec.markers ?? []) if (m.label) legend.push(tx(`${m.symbol} ${m.label}`));
  if (n > cols) {
    const per = n / cols;
    const unit = /^\d{4}-\d{2}$/.test(spec.labels[0] ?? "") ? "months" : "periods";
    legend.push(`each column averages about ${formatNumber(per, 1)} ${unit} (${n} in ${cols} columns; --width for more)`);
  }
  // legend items side by side, wrapped to the chart's width (their visible width: color codes excluded)
  const room = cols;
  let row = "";
  let used = 0;
  for (const item of legend) {
    const w = displayWidth(item);
    if (w > room) {
      // an item wider than the chart (a long event label) gets lines of its own
      if (used > 0) lines.push(`${pad} ${row}`);
      for (const part of wrapText(item, room).split("\n")) lines.push(`${pad} ${part}`);
      row = "";
      used = 0;
      continue;
    }
    if (used > 0 && used + 3 + w > room) {
      lines.push(`${pad} ${row}`);
      row = "";
      used = 0;
    }
    row += (used > 0 ? "   " : "") + item;
    used += (used > 0 ? 3 : 0) + w;
  }
  if (used > 0) lines.push(`${pad} ${row}`);
  return lines;
}

/** Smallest "round" stride of periods whose labels fit side by side with a space between. */
function labelStep(labels: string[], map: number[], widest: number): number {
  const n = labels.length;
  const monthly = /^\d{4}-\d{2}$/.test(labels[0] ?? "");
  const strides = monthly ? [1, 2, 3, 6, 12, 24, 36, 60, 120, 240] : [1, 2, 5, 10, 20, 25, 50, 100];
  for (const s of strides) {
    const colsPerStride = n > 1 ? ((map[n - 1]! - map[0]!) / (n - 1)) * s : Number.POSITIVE_INFINITY;
    if (colsPerStride >= widest + 2) return s;
  }
  return strides[strides.length - 1]!;
}

export interface BarSpec {
  title: string;
  items: { label: string; value: number | null; highlight?: boolean }[];
  /** decimals of the value printed beside each bar */
  decimals?: number;
  width: number;
  colorOn: boolean;
  ascii?: boolean;
}

/**
 * A horizontal bar chart: one row per item, its label, its value, and a bar from a zero axis (to the left for
 * negative values). The highlighted item (the subject) is marked ◀ and bold when colored.
 */
export function renderBars(spec: BarSpec): string {
  const ascii = spec.ascii === true;
  const tx = (s: string) => (ascii ? toAscii(s) : s);
  const c = palette(spec.colorOn);
  const width = Math.max(MIN_CHART_WIDTH, spec.width);
  const mark = ascii ? " <" : " ◀";
  const labels = spec.items.map((it) => tx(it.label) + (it.highlight ? mark : ""));
  const values = spec.items.map((it) => (it.value === null ? "n/a" : formatNumber(it.value, spec.decimals ?? 1)));
  const labelWidth = Math.max(...labels.map(displayWidth));
  const valueWidth = Math.max(...values.map((v) => v.length));
  const room = Math.max(8, width - labelWidth - valueWidth - 3);
  const present = spec.items.map((it) => it.value).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...present);
  const hi = Math.max(0, ...present);
  const span = hi - lo || 1;
  const zero = Math.round(((0 - lo) / span) * (room - 1));
  const bar = ascii ? "#" : "█";
  const axis = ascii ? "|" : "│";
  const lines = wrapText(tx(spec.title), width)
    .split("\n")
    .map((l) => c.bold(l));
  spec.items.forEach((it, i) => {
    const cells = Array<string>(room).fill(" ");
    cells[zero] = axis;
    if (it.value !== null && it.value !== 0) {
      const end = Math.round(((it.value - lo) / span) * (room - 1));
      const [a, b] = it.value < 0 ? [Math.min(end, zero - 1), zero - 1] : [zero + 1, Math.max(end, zero + 1)];
      for (let x = Math.max(0, a); x <= Math.min(room - 1, b); x++) cells[x] = bar;
    }
    const drawn = cells.join("").trimEnd();
    const label = padTo(labels[i]!, labelWidth);
    const row = `${label} ${values[i]!.padStart(valueWidth)} ${it.highlight && spec.colorOn ? c.bold(drawn) : drawn}`;
    lines.push(it.highlight && spec.colorOn ? c.bold(row) : row);
  });
  return lines.join("\n");
}
