import { plot } from "asciichart";
import { palette } from "./color";
import { formatNumber, wrapText } from "./format";

/**
 * The one chart renderer, over asciichart. asciichart draws one column per point, has no x axis,
 * no legend, no markers and throws on NaN; this module adds those: it resamples every series to the
 * width, picks round y ticks, draws a period axis whose labels never overlap, a zero line when values
 * cross zero, event markers, and a legend. Distinct line styles keep series apart without color.
 */
export interface ChartSeries {
  name: string;
  /** one value per period, already in display units; null is a gap */
  values: (number | null)[];
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
}

type Symbols = [string, string, string, string, string, string, string, string, string, string];
const LINE_STYLES: Symbols[] = [
  ["┼", "┤", "╶", "╴", "─", "╰", "╭", "╮", "╯", "│"],
  ["┼", "┤", "╶", "╴", "═", "╚", "╔", "╗", "╝", "║"],
  ["┼", "┤", "╶", "╴", "┄", "└", "┌", "┐", "┘", "┆"],
  ["┼", "┤", "╶", "╴", "·", "·", "·", "·", "·", "·"],
  ["┼", "┤", "╶", "╴", "+", "+", "+", "+", "+", "+"],
  ["┼", "┤", "╶", "╴", "*", "*", "*", "*", "*", "*"],
];
const LEGEND_GLYPH = ["──", "══", "┄┄", "··", "++", "**"];
const COLORS = ["cyan", "magenta", "yellow", "green", "blue", "red"] as const;

export const MIN_CHART_WIDTH = 30;

export function renderChart(spec: ChartSpec): string {
  const n = spec.labels.length;
  const present = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (n < 2 || present.length === 0) return `${spec.title}\n(not enough data to chart)`;
  const ticks = yTicks(Math.min(...present), Math.max(...present), spec.height ?? 12);
  const labelWidth = Math.max(...ticks.values.map((v) => formatNumber(v, ticks.decimals).length)) + 1;
  const cols = Math.max(MIN_CHART_WIDTH, spec.width) - labelWidth - 1;
  const map = columnMap(n, cols);

  // Each series is plotted alone on the same scale; the grids are then overlaid so every cell
  // knows which series drew it (needed to color it, and to split a series at its gaps).
  const rows = ticks.rows + 1;
  const grid: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill(" "));
  const owner: number[][] = Array.from({ length: rows }, () => Array<number>(cols).fill(-1));
  spec.series.forEach((s, j) => {
    for (const run of resample(s.values, map, cols)) {
      const plotted = plot(run.values, {
        min: ticks.min,
        max: ticks.max,
        height: ticks.rows,
        offset: 1,
        format: () => "",
        symbols: LINE_STYLES[j % LINE_STYLES.length]!,
      });
      plotted.split("\n").forEach((line, r) => {
        const chars = [...line];
        for (let c = 1; c < chars.length; c++) {
          const x = run.start + c - 1;
          if (x < cols && chars[c] !== " ") {
            grid[r]![x] = chars[c]!;
            owner[r]![x] = j;
          }
        }
        // a single-point run has no line to draw: asciichart puts it on its axis column
        if (run.values.length === 1 && chars[0] !== " " && chars[0] !== "┤") {
          grid[r]![run.start] = "●";
          owner[r]![run.start] = j;
        }
      });
    }
  });
  const zeroRow = ticks.min < 0 && ticks.max > 0 ? Math.round((ticks.max / (ticks.max - ticks.min)) * ticks.rows) : -1;
  const zeroLine = grid[zeroRow];
  if (zeroLine) for (let x = 0; x < zeroLine.length; x++) if (zeroLine[x] === " ") zeroLine[x] = "┈";
  for (const m of spec.markers ?? []) {
    const x = map[m.index];
    if (x === undefined) continue;
    for (let r = 0; r < rows; r++) if (grid[r]![x] === " " || grid[r]![x] === "┈") grid[r]![x] = "┊";
  }

  const c = palette(spec.colorOn);
  const paint = (ch: string, j: number) => (j < 0 || !spec.colorOn ? ch : c[COLORS[j % COLORS.length]!](ch));
  const lines: string[] = [c.bold(spec.title)];
  for (let r = 0; r < rows; r++) {
    const value = ticks.max - (r * (ticks.max - ticks.min)) / ticks.rows;
    const isTick = r % ticks.rowsPerTick === 0;
    const label = isTick ? formatNumber(value, ticks.decimals) : "";
    const axis = isTick ? "┤" : "│";
    lines.push(
      label.padStart(labelWidth - 1) +
        " " +
        axis +
        grid[r]!.map((ch, x) => paint(ch, owner[r]![x]!))
          .join("")
          .trimEnd(),
    );
  }
  lines.push(...xAxis(spec, map, cols, labelWidth));
  return lines.join("\n");
}

interface Ticks {
  min: number;
  max: number;
  rows: number;
  rowsPerTick: number;
  decimals: number;
  values: number[];
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
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw) ?? 10 * mag;
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const steps = Math.max(1, Math.round((max - min) / step));
  const rowsPerTick = Math.max(1, Math.floor(height / steps));
  const decimals = step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) + 0.001) + (String(step).includes("25") ? 1 : 0));
  const values = Array.from({ length: steps + 1 }, (_, i) => max - i * step);
  return { min, max, rows: steps * rowsPerTick, rowsPerTick, decimals, values };
}

/** Column of each period: points spread evenly over the width, or several periods per column. */
export function columnMap(n: number, cols: number): number[] {
  if (n <= cols) return Array.from({ length: n }, (_, i) => (n === 1 ? 0 : Math.round((i * (cols - 1)) / (n - 1))));
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

function xAxis(spec: ChartSpec, map: number[], cols: number, labelWidth: number): string[] {
  const pad = " ".repeat(labelWidth);
  const axis = Array<string>(cols).fill("─");
  const text = Array<string>(cols + 12).fill(" ");
  const widest = Math.max(...spec.labels.map((l) => l.length));
  const step = labelStep(spec.labels, map, widest);
  let lastEnd = -2;
  spec.labels.forEach((label, i) => {
    if (i % step !== 0) return;
    const x = map[i]!;
    // starts under its tick (so even strides never collide), but never past the chart's right edge
    const start = Math.max(0, Math.min(x, cols - label.length));
    if (start <= lastEnd + 1) return;
    axis[x] = "┬";
    for (let k = 0; k < label.length; k++) text[start + k] = label[k]!;
    lastEnd = start + label.length - 1;
  });
  // the KORUS marker (with a label) wins a column it shares with other events
  for (const m of [...(spec.markers ?? [])].sort((a, b) => (a.label ? 1 : 0) - (b.label ? 1 : 0))) {
    const x = map[m.index];
    if (x !== undefined) axis[x] = m.symbol;
  }
  const lines = [`${pad}└${axis.join("")}`, `${pad} ${text.join("").trimEnd()}`];
  const legend: string[] = [];
  if (spec.series.length > 1) {
    spec.series.forEach((s, j) => {
      const glyph = LEGEND_GLYPH[j % LEGEND_GLYPH.length]!;
      legend.push(`${spec.colorOn ? palette(true)[COLORS[j % COLORS.length]!](glyph) : glyph} ${s.name}`);
    });
  }
  for (const m of spec.markers ?? []) if (m.label) legend.push(`${m.symbol} ${m.label}`);
  // legend items side by side, wrapped to the chart's width (their visible width: color codes excluded)
  const room = cols;
  let line = "";
  let used = 0;
  for (const item of legend) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI color codes take no columns
    const w = [...item.replace(/\u001b\[[0-9;]*m/g, "")].length;
    if (w > room) {
      // an item wider than the chart (a long event label) gets lines of its own
      if (used > 0) lines.push(`${pad} ${line}`);
      for (const part of wrapText(item, room).split("\n")) lines.push(`${pad} ${part}`);
      line = "";
      used = 0;
      continue;
    }
    if (used > 0 && used + 3 + w > room) {
      lines.push(`${pad} ${line}`);
      line = "";
      used = 0;
    }
    line += (used > 0 ? "   " : "") + item;
    used += (used > 0 ? 3 : 0) + w;
  }
  if (used > 0) lines.push(`${pad} ${line}`);
  return lines;
}

/** Smallest "round" stride of periods whose labels fit side by side with a space between. */
function labelStep(labels: string[], map: number[], widest: number): number {
  const n = labels.length;
  const monthly = /^\d{4}-\d{2}$/.test(labels[0] ?? "");
  const strides = monthly ? [1, 2, 3, 6, 12, 24, 36, 60, 120, 240] : [1, 2, 5, 10, 20, 25, 50, 100];
  for (const s of strides) {
    const colsPerStride = n > 1 ? ((map[n - 1]! - map[0]!) / (n - 1)) * s : Infinity;
    if (colsPerStride >= widest + 2) return s;
  }
  return strides[strides.length - 1]!;
}
