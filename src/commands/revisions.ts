import type { Command } from "commander";
import { type CommandDeps, contextFor, dataset, formatOption, outputMode, viewFor, writeJson } from "./shared";

export function registerRevisions(program: Command, deps: CommandDeps): void {
  program
    .command("revisions")
    .description("how a year's figures changed between the bundled Census releases ({{vintages}})")
    .argument("[year]", "one year (default: all years with vintages)")
    .option("--json", "one JSON object on stdout")
    .addOption(formatOption(true))
    .option("--csv", "CSV: one line per year and release")
    .addHelpText("after", "\nExamples:\n  korus revisions 2017\n  korus revisions --csv")
    .action(async (year: string | undefined, flags: { json?: boolean; csv?: boolean; format?: string }, cmd: Command) => {
      const ctx = contextFor(cmd, deps);
      const mode = outputMode(flags);
      const { revisionsReport } = await import("../parts/revisions");
      const report = revisionsReport(dataset(ctx), year);
      if (mode === "json") return writeJson(ctx, report);
      const { renderRevisions, revisionsCsv } = await import("../parts/revisions-view");
      ctx.io.out(mode === "csv" ? revisionsCsv(report) : renderRevisions(report, viewFor(ctx, mode)));
    });
}
