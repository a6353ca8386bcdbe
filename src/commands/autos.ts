import type { Command } from "commander";
import { type CommandDeps, contextFor, dataset, formatOption, intOption, outputMode, viewFor, writeJson } from "./shared";

interface AutosFlags {
  from?: string;
  to?: string;
  chart: boolean;
  height?: number;
  json?: boolean;
  csv?: boolean;
  format?: string;
}

export function registerAutos(program: Command, deps: CommandDeps): void {
  program
    .command("autos")
    .description("the auto component on each side's basis: US end-use imports from Korea, Korea's HS 87 trade with the US")
    .option(
      "--from <year>",
      "first year (default: the first of either section; each section is clipped to its coverage: US {{autos.us}}, Korea {{autos.kr}})",
    )
    .option("--to <year>", "last year (default: the latest of either section)")
    .option("--no-chart", "hide the charts")
    .option("--height <rows>", "chart height in rows (4-60, default 10)", intOption(4, 60))
    .option("--json", "one JSON object on stdout")
    .option("--csv", "CSV: one line per figure, each naming its reporter")
    .addOption(formatOption(true))
    .addHelpText(
      "after",
      "\nEach side's figures stay on its own basis: never summed or netted across bases.\nThe share of the change in Korea's surplus is over {{article.from}} → {{article.to}} (the article's\nperiod), or over the years asked for.\n\nExamples:\n  korus autos\n  korus autos --from 2011 --to 2016\n  korus autos --json | jq '.us.rows[0]'",
    )
    .action(async (flags: AutosFlags, cmd: Command) => {
      const ctx = contextFor(cmd, deps);
      const mode = outputMode(flags);
      const { autosReport } = await import("../parts/autos");
      const report = autosReport(dataset(ctx), flags);
      if (mode === "json") return writeJson(ctx, report);
      const { autosCsv, renderAutos } = await import("../parts/korea-view");
      ctx.io.out(
        mode === "csv"
          ? autosCsv(report)
          : renderAutos(report, {
              ...viewFor(ctx, mode),
              chart: flags.chart,
              height: flags.height,
            }),
      );
    });
}
