import type { Dataset } from "./data/schema";

/** Where output goes and how it may look; decided once at the boundary, passed down, never re-read. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** stdout is a terminal */
  isTTY: boolean;
  /** terminal width, or undefined when piped */
  columns: number | undefined;
  env: Record<string, string | undefined>;
  /** all of standard input, for `check -` */
  stdin(): Promise<string>;
  /** today's date, YYYY-MM-DD: the one clock (check's default --as-of) */
  today(): string;
  /** the installed package's root (where bin/, dist/ and data/ are), for paths the output names; unset in tests */
  packageDir?: string;
}

export interface Context {
  io: Io;
  colorOn: boolean;
  /** width for charts and tables: --width, else the terminal's, else 80 */
  width: number;
  /** the dataset (bundled, or KORUS_DATA_DIR's), loaded at most once per run */
  data(): Dataset;
}

/**
 * The one color decision: --no-color and NO_COLOR (any non-empty value) turn it off, FORCE_COLOR
 * (non-empty, not "0"/"false") turns it on, otherwise only a real terminal that is not TERM=dumb.
 */
export function decideColor(io: Pick<Io, "isTTY" | "env">, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  const { NO_COLOR, FORCE_COLOR, TERM } = io.env;
  if (NO_COLOR) return false;
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== "") return FORCE_COLOR !== "0" && FORCE_COLOR !== "false";
  return io.isTTY && TERM !== "dumb";
}

export function makeContext(io: Io, opts: { noColor: boolean; width?: number; data: () => Dataset }): Context {
  const colorOn = decideColor(io, opts.noColor);
  return {
    io,
    colorOn,
    width: opts.width ?? io.columns ?? 80,
    data: opts.data,
  };
}
