import { type Command, Option } from "commander";
import type { CheckReport } from "../core/check/evaluate";
import type { Verdict } from "../core/check/types";
import { EXIT, UsageError } from "../errors";
import { type CommandDeps, contextFor, dataset, writeJson } from "./shared";

interface CheckFlags {
  asOf?: string;
  json?: boolean;
  format?: "text" | "json" | "claimreview";
  exitStatus?: boolean;
  article?: boolean;
}

export const FORMATS = ["text", "json", "claimreview"] as const;

/** --exit-status, as jq -e and gh do: the verdict in the exit code. */
export function verdictExit(v: Verdict): number {
  if (v === "true" || v === "mostly-true") return EXIT.ok;
  if (v === "unverifiable") return EXIT.checkUnverifiable;
  return EXIT.checkFalse;
}

export function registerCheck(program: Command, deps: CommandDeps): void {
  program
    .command("check")
    .description("fact-check one sentence about US-Korea goods trade: verdict, evidence, arithmetic, source")
    .argument("[claim...]", 'the claim, in quotes: "The deficit doubled between 2011 and 2016"')
    .option(
      "--as-of <date>",
      "the claim's date (YYYY-MM-DD, from {{firstAsOf}}): only data published by then counts (default: today)",
    )
    .option("--json", "one JSON object on stdout (same as --format json)")
    .addOption(new Option("--format <format>", "output format").choices(FORMATS))
    .option("--exit-status", "exit 0 if true or mostly-true, 3 if half-true, mostly-false or false, 4 if unverifiable")
    .option("--article", "check every numeric fact of the {{article}} as of its date")
    .addHelpText(
      "after",
      `
Verdicts: true, mostly-true, half-true, mostly-false, false, unverifiable (see README "Verdicts").
"Since KORUS went into effect" means from {{korus.baseYear}} (the last full year before {{korus.inForce}}) to the latest full year.

Examples:
  korus check "The US goods deficit with Korea was \\$16.6 billion in 2012"
  korus check "Since KORUS went into effect, the deficit has doubled" --as-of 2017-07-13
  korus check "The US deficit with Japan was bigger than with Korea in 2016" --json
  korus check --article`,
    )
    .action(async (words: string[], flags: CheckFlags, cmd: Command) => {
      const ctx = contextFor(cmd, deps);
      const format = flags.format ?? (flags.json ? "json" : "text");
      if (flags.json && flags.format && flags.format !== "json")
        throw new UsageError(`--json and --format ${flags.format} cannot be combined: choose one`);
      const today = new Date().toISOString().slice(0, 10);
      const ds = dataset(ctx);
      const { checkArticle, checkClaim } = await import("../parts/check");
      const views = () => import("../parts/check-view");
      if (flags.article) {
        if (words.length) throw new UsageError("--article checks the article's own facts: give no claim with it");
        if (flags.asOf)
          throw new UsageError(`--article checks the facts as of the article's date (${ds.article.article.date}): drop --as-of`);
        const report = checkArticle(ds, today);
        if (format === "json") writeJson(ctx, report);
        else if (format === "claimreview") {
          const { claimReview } = await views();
          writeJson(
            ctx,
            report.results.map((r) => claimReview(r.report, { today, claimAuthor: r.fact.speaker, url: report.article.url })),
          );
        } else ctx.io.out((await views()).renderArticleCheck(report, ctx.colorOn));
        const worst = report.results.map((r) => verdictExit(r.report.verdict)).reduce((a, b) => Math.max(a, b), 0);
        if (flags.exitStatus) return setExit(worst);
        return;
      }
      const claim = words.join(" ");
      const report: CheckReport = checkClaim(ds, { claim, asOf: flags.asOf, today });
      if (format === "json") writeJson(ctx, report);
      else if (format === "claimreview") writeJson(ctx, (await views()).claimReview(report, { today }));
      else ctx.io.out((await views()).renderCheck(report, ctx.colorOn));
      if (flags.exitStatus) setExit(verdictExit(report.verdict));
    });

  function setExit(code: number): void {
    deps.exitCode = code;
  }
}
