import { isAbsolute, join, resolve } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { type Context, type Io, makeContext } from "../context";
import { readWholeNumber } from "../core/number";
import type { Dataset } from "../data/schema";
import { UsageError } from "../errors";
import { roundForOutput } from "../render/precision";
import { safeJson } from "../render/safe-text";

export interface CommandDeps {
  io: Io;
  /** the dataset, loaded on first use and once per run; help texts read its facts */
  data(): Dataset;
  /** a command's own exit code on success (check --exit-status); main() returns it */
  exitCode?: number;
}

export function contextFor(cmd: Command, deps: CommandDeps): Context {
  const o = cmd.optsWithGlobals() as { color?: boolean; width?: number };
  return makeContext(deps.io, { noColor: o.color === false, width: o.width, data: deps.data });
}

export function dataset(ctx: Context): Dataset {
  return ctx.data();
}

/**
 * --json prints the very object the human view is rendered from, its numbers rounded to their stated precision
 * (src/render/precision.ts); nothing else goes to stdout.
 */
export function writeJson(ctx: Context, value: unknown): void {
  ctx.io.out(`${safeJson(roundForOutput(value), 2)}\n`);
}

/** One JSON value on one line (JSON Lines). */
export function writeJsonLine(ctx: Context, value: unknown): void {
  ctx.io.out(`${safeJson(roundForOutput(value))}\n`);
}

export type OutputMode = "human" | "json" | "csv";

export function outputMode(o: { json?: boolean; csv?: boolean }): OutputMode {
  if (o.json && o.csv) throw new UsageError("--json and --csv cannot be combined: choose one output format");
  return o.json ? "json" : o.csv ? "csv" : "human";
}

/** commander argument parser for whole numbers within bounds; its error becomes a usage error (exit 2). */
export function intOption(min: number, max: number) {
  return (value: string): number => {
    const n = readWholeNumber(value, min, max);
    if (n === null) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return n;
  };
}

/**
 * Where SOURCES.md is for this run: in KORUS_DATA_DIR when set, else in the installed package's data/ (an
 * absolute path, resolved when korus runs, so a global install names a file that exists).
 */
export function sourcesFile(io: Io): string {
  const dir = io.env.KORUS_DATA_DIR;
  if (dir) return join(isAbsolute(dir) ? dir : resolve(dir), "SOURCES.md");
  return io.packageDir ? join(io.packageDir, "data", "SOURCES.md") : join("data", "SOURCES.md");
}
