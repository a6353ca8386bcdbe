import type { Command } from "commander";
import { type CommandDeps, contextFor, dataset, formatOption, intOption, outputMode, viewFor, writeJson } from "./shared";

export function registerMirror(program: Command, deps: CommandDeps): void {
  program
    .command("mirror")
    .description("the US-reported goods balance beside the Korea-reported one, the gap and why; services points")
    .option("--from <year>", "first year (default: the first year both sides report, {{korea.goods.from}})")
    .option("--to <year>", "last year (default: {{goods.latest}})")
    .option("--no-chart", "hide the chart")
    .option("--height <rows>", "chart height in rows (4-60, default 10)", intOption(4, 60))
    .option("--json", "one JSON object on stdout")
    .addOption(formatOption(true))
    .option("--csv", "CSV of the goods comparison")
    .action(
      async (
        flags: { from?: string; to?: string; chart: boolean; height?: number; json?: boolean; csv?: boolean; format?: string },
        cmd: Command,
      ) => {
        const ctx = contextFor(cmd, deps);
        const mode = outputMode(flags);
        const { mirrorReport } = await import("../parts/mirror");
        const report = mirrorReport(dataset(ctx), flags);
        if (mode === "json") return writeJson(ctx, report);
        const { mirrorCsv, renderMirror } = await import("../parts/mirror-view");
        ctx.io.out(
          mode === "csv"
            ? mirrorCsv(report)
            : renderMirror(report, { chart: flags.chart, ...viewFor(ctx, mode), height: flags.height }),
        );
      },
    );
}
