import { readFileSync } from "node:fs";
import { type Command, Option } from "commander";
import type { CheckReport } from "../core/check/evaluate";
import type { Verdict } from "../core/check/types";
import { DataError, EXIT, UsageError } from "../errors";
import { type CommandDeps, contextFor, dataset, writeJson, writeJsonLine } from "./shared";

interface CheckFlags {
  asOf?: string;
  json?: boolean;
  format?: (typeof FORMATS)[number];
  exitStatus?: boolean;
  article?: boolean;
  file?: string;
}

export const FORMATS = ["text", "markdown", "json", "jsonl", "claimreview"] as const;

/** --exit-status, as jq -e and gh do: the verdict in the exit code. */
export function verdictExit(v: Verdict): number {
  if (v === "true" || v === "mostly-true") return EXIT.ok;
  if (v === "unverifiable") return EXIT.checkUnverifiable;
  return EXIT.checkFalse;
}

/** The worst of several verdicts, as an exit code: false beats unverifiable beats true. */
function worstExit(verdicts: Verdict[]): number {
  const codes = verdicts.map(verdictExit);
  return codes.includes(EXIT.checkFalse)
    ? EXIT.checkFalse
    : codes.includes(EXIT.checkUnverifiable)
      ? EXIT.checkUnverifiable
      : EXIT.ok;
}

export function registerCheck(program: Command, deps: CommandDeps): void {
  program
    .command("check")
    .description("fact-check a sentence (or a whole text) about US-Korea goods trade: verdict, evidence, arithmetic, source")
    .argument("[claim...]", "the claim, in single quotes: 'The deficit doubled between 2011 and 2016'; - reads a text from stdin")
    .option(
      "--as-of <date>",
      "the claim's date (YYYY-MM-DD, from {{firstAsOf}}): only data published by then counts (default: today)",
    )
    .option("--file <file>", "check every check-worthy sentence of a text file (- for stdin)")
    .option("--json", "JSON on stdout: one object (a text: one object per sentence, JSON Lines)")
    .addOption(new Option("--format <format>", "output format (json: one object, or one array for a text)").choices(FORMATS))
    .option(
      "--exit-status",
      "exit 0 if true or mostly-true, 3 if half-true, mostly-false or false, 4 if unverifiable (a text: the worst)",
    )
    .option("--article", "check every numeric fact of the {{article}} as of its date")
    .addHelpText(
      "after",
      `
Verdicts: true, mostly-true, half-true, mostly-false, false, unverifiable (korus help verdicts).
Claim forms read: korus help claims. "Since KORUS went into effect" means from {{korus.baseYear}} (the last full year
before {{korus.inForce}}) to the latest full year published at the claim's date.
Quote claims with single quotes: in double quotes the shell turns "$13.2 billion" into "3.2 billion".

Examples:
  korus check 'The US goods deficit with Korea was $16.6 billion in 2012'
  korus check 'Since KORUS went into effect, the deficit has doubled' --as-of 2017-07-13
  korus check 'In the first half of 2017 the US deficit with Korea was $10.8 billion'
  korus check 'The US deficit with Japan was bigger than with Korea in 2016' --json
  korus check --file speech.txt --as-of 2017-07-13
  pbpaste | korus check - --json | jq -r 'select(.verdict != "true") | .claim'
  korus check --article`,
    )
    .action(async (words: string[], flags: CheckFlags, cmd: Command) => {
      const ctx = contextFor(cmd, deps);
      if (flags.json && flags.format && flags.format !== "json" && flags.format !== "jsonl") {
        throw new UsageError(`--json and --format ${flags.format} cannot be combined: choose one`);
      }
      const today = deps.io.today();
      const ds = dataset(ctx);
      const { checkArticle, checkClaim, checkText } = await import("../parts/check");
      const views = () => import("../parts/check-view");
      const fromStdin = words.length === 1 && words[0] === "-";
      if (flags.article) {
        if (words.length || flags.file)
          throw new UsageError("--article checks the article's own facts: give no claim or --file with it");
        if (flags.asOf)
          throw new UsageError(`--article checks the facts as of the article's date (${ds.article.article.date}): drop --as-of`);
        const report = checkArticle(ds, today);
        const format = flags.format ?? (flags.json ? "json" : "text");
        if (format === "json") writeJson(ctx, report);
        else if (format === "jsonl") for (const r of report.results) writeJsonLine(ctx, r);
        else if (format === "claimreview") {
          const { claimReview } = await views();
          writeJson(
            ctx,
            report.results.map((r) => claimReview(r.report, { today, claimAuthor: r.fact.speaker, url: report.article.url })),
          );
        } else ctx.io.out((await views()).renderArticleCheck(report, ctx.colorOn, ctx.width, ctx.ascii, format === "markdown"));
        if (flags.exitStatus) deps.exitCode = worstExit(report.results.map((r) => r.report.verdict));
        return;
      }
      if (flags.file !== undefined || fromStdin) {
        if (flags.file !== undefined && words.length) throw new UsageError("give a claim or --file, not both");
        const source = flags.file === undefined || flags.file === "-" ? "stdin" : flags.file;
        const text = source === "stdin" ? await deps.io.stdin() : readText(flags.file!);
        const report = checkText(ds, { text, source, asOf: flags.asOf, today });
        const format = flags.format ?? (flags.json ? "jsonl" : "text");
        if (format === "jsonl") for (const r of report.results) writeJsonLine(ctx, { index: r.index, ...r.report });
        else if (format === "json") writeJson(ctx, report);
        else if (format === "claimreview") {
          const { claimReview } = await views();
          writeJson(
            ctx,
            report.results.map((r) => claimReview(r.report, { today })),
          );
        } else ctx.io.out((await views()).renderTextCheck(report, ctx.colorOn, ctx.width, ctx.ascii, format === "markdown"));
        if (flags.exitStatus) deps.exitCode = worstExit(report.results.map((r) => r.report.verdict));
        return;
      }
      const claim = words.join(" ");
      const report: CheckReport = checkClaim(ds, { claim, asOf: flags.asOf, today });
      const format = flags.format ?? (flags.json ? "json" : "text");
      if (format === "json") writeJson(ctx, report);
      else if (format === "jsonl") writeJsonLine(ctx, report);
      else if (format === "claimreview") writeJson(ctx, (await views()).claimReview(report, { today }));
      else ctx.io.out((await views()).renderCheck(report, ctx.colorOn, ctx.width, ctx.ascii, format === "markdown"));
      if (flags.exitStatus) deps.exitCode = verdictExit(report.verdict);
    });
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw code === "ENOENT" || code === "EISDIR" || code === "EACCES"
      ? new UsageError(
          `--file ${JSON.stringify(file)}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "not readable"}; give a text file, or - for stdin`,
        )
      : new DataError(`--file ${JSON.stringify(file)}: cannot read it (${code})`);
  }
}
