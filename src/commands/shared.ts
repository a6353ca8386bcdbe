import { isAbsolute, join, resolve } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import { type Context, type Io, makeContext } from "../context";
import { readWholeNumber } from "../core/number";
import type { Dataset } from "../data/schema";
import { UsageError } from "../errors";
import type { OutputFormat, View } from "../render/doc";
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
  const o = cmd.optsWithGlobals() as { color?: boolean; width?: number; ascii?: boolean };
  return makeContext(deps.io, { noColor: o.color === false, width: o.width, ascii: o.ascii, data: deps.data });
}

/** How a human view looks in this run: width, color, ASCII, text or Markdown (--format markdown). */
export function viewFor(ctx: Context, mode: OutputMode | OutputFormat = "text"): View {
  const format: OutputFormat = mode === "markdown" ? "markdown" : "text";
  return { width: ctx.width, colorOn: ctx.colorOn && format === "text", ascii: ctx.ascii, format };
}

/**
 * --format for a command with a table: text (default), markdown, json, and csv where the command has --csv.
 * --json and --csv stay as they are; combined with a different --format they are a usage error.
 */
export function formatOption(withCsv: boolean): Option {
  const choices = withCsv ? ["text", "markdown", "json", "csv"] : ["text", "markdown", "json"];
  return new Option(
    "--format <format>",
    `output format: text, markdown (GitHub tables, chart in a code block), json${withCsv ? ", csv" : ""}`,
  ).choices(choices);
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

export type OutputMode = "human" | "markdown" | "json" | "csv";

export function outputMode(o: { json?: boolean; csv?: boolean; format?: string }): OutputMode {
  if (o.json && o.csv) throw new UsageError("--json and --csv cannot be combined: choose one output format");
  const flag = o.json ? "json" : o.csv ? "csv" : undefined;
  if (flag && o.format && o.format !== flag)
    throw new UsageError(`--${flag} and --format ${o.format} cannot be combined: choose one output format`);
  const format = flag ?? o.format ?? "text";
  return format === "text" ? "human" : (format as OutputMode);
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
