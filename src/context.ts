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
  /** width every view fits: --width, else the terminal's columns, else COLUMNS, else 80 (decideWidth) */
  width: number;
  /** plain ASCII output: --ascii, a locale that is not UTF-8, or TERM=dumb (decideAscii) */
  ascii: boolean;
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

/** Widths korus accepts (--width, COLUMNS): narrower than 30 no table or chart is readable. */
export const MIN_WIDTH = 30;
export const MAX_WIDTH = 1000;

/**
 * The one width: --width, else the terminal's columns, else COLUMNS (set by shells for scripts and by CI
 * runners), else 80. A terminal or COLUMNS outside 30-1000 is clamped into it; a COLUMNS that is not a number is
 * ignored.
 */
export function decideWidth(io: Pick<Io, "columns" | "env">, flag?: number): number {
  if (flag !== undefined) return flag;
  const clamp = (n: number) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.floor(n)));
  if (io.columns !== undefined && io.columns > 0) return clamp(io.columns);
  const env = io.env.COLUMNS?.trim();
  if (env && /^\d+$/.test(env) && Number(env) > 0) return clamp(Number(env));
  return 80;
}

/**
 * The one ASCII decision: --ascii, or TERM=dumb, or a locale that is not UTF-8. The locale is the first of
 * LC_ALL, LC_CTYPE, LANG that is set and not empty (POSIX order); none set means UTF-8 is assumed, as every
 * current terminal uses it. "C" and "POSIX" (no charset) are not UTF-8.
 */
export function decideAscii(io: Pick<Io, "env">, asciiFlag: boolean): boolean {
  if (asciiFlag) return true;
  const { LC_ALL, LC_CTYPE, LANG, TERM } = io.env;
  if (TERM === "dumb") return true;
  const locale = [LC_ALL, LC_CTYPE, LANG].find((v) => v !== undefined && v !== "");
  if (locale === undefined) return false;
  return !/utf-?8/i.test(locale);
}

export function makeContext(io: Io, opts: { noColor: boolean; width?: number; ascii?: boolean; data: () => Dataset }): Context {
  const colorOn = decideColor(io, opts.noColor);
  return {
    io,
    colorOn,
    width: decideWidth(io, opts.width),
    ascii: decideAscii(io, opts.ascii === true),
    data: opts.data,
  };
}
