import type { Command } from "commander";
import { type CommandDeps, contextFor, dataset, formatOption, outputMode, viewFor, writeJson } from "./shared";

export function registerTimeline(program: Command, deps: CommandDeps): void {
  program
    .command("timeline")
    .description("KORUS events with dates, actors and sources ({{timeline}})")
    .option("--from <date>", "YYYY, YYYY-MM or YYYY-MM-DD")
    .option("--to <date>", "YYYY, YYYY-MM or YYYY-MM-DD")
    .option("--json", "one JSON object on stdout")
    .addOption(formatOption(true))
    .option("--csv", "CSV: one line per event")
    .addHelpText("after", "\nExamples:\n  korus timeline\n  korus timeline --from 2017 --to 2019")
    .action(async (flags: { from?: string; to?: string; json?: boolean; csv?: boolean; format?: string }, cmd: Command) => {
      const ctx = contextFor(cmd, deps);
      const mode = outputMode(flags);
      const { timelineReport } = await import("../parts/timeline");
      const report = timelineReport(dataset(ctx), flags);
      if (mode === "json") return writeJson(ctx, report);
      const { renderTimeline, timelineCsv } = await import("../parts/timeline-view");
      ctx.io.out(mode === "csv" ? timelineCsv(report) : renderTimeline(report, viewFor(ctx, mode)));
    });
}
