import type { Command } from "commander";
import { type CommandDeps, contextFor, dataset, formatOption, intOption, outputMode, viewFor, writeJson } from "./shared";

interface PartnersFlags {
  year?: string;
  from?: string;
  to?: string;
  chart: boolean;
  height?: number;
  json?: boolean;
  csv?: boolean;
  format?: string;
}

export function registerPartners(program: Command, deps: CommandDeps): void {
  program
    .command("partners")
    .description("Korea beside {{partners}}: balance, exports, imports, rank by deficit")
    .argument("[partner...]", "show only these partners beside Korea: {{partners.words}} (default: all)")
    .option(
      "--year <year>",
      "one year, {{partners.years}} (default: the latest with data for every partner, {{partners.latest}})",
    )
    .option("--from <year>", "first year of a range: deficits over time, with a chart (default with --to: {{korus.talks}})")
    .option("--to <year>", "last year of a range")
    .option("--no-chart", "hide the chart (range view)")
    .option("--height <rows>", "chart height in rows (4-60)", intOption(4, 60))
    .option("--json", "one JSON object on stdout")
    .addOption(formatOption(true))
    .option("--csv", "CSV: one line per partner (year view) or per year (range view)")
    .addHelpText(
      "after",
      "\nExamples:\n  korus partners --year 2016\n  korus partners --from 2011 --to 2025\n  korus partners japan germany --from 2011\n  korus partners --year 2016 --json | jq '.korea'",
    )
    .action(async (names: string[], flags: PartnersFlags, cmd: Command) => {
      const ctx = contextFor(cmd, deps);
      const mode = outputMode(flags);
      const { partnersReport } = await import("../parts/partners");
      const report = partnersReport(dataset(ctx), { ...flags, partners: names });
      if (mode === "json") return writeJson(ctx, report);
      const { partnersCsv, renderPartners } = await import("../parts/partners-view");
      ctx.io.out(
        mode === "csv"
          ? partnersCsv(report)
          : renderPartners(report, { chart: flags.chart, ...viewFor(ctx, mode), height: flags.height }),
      );
    });
}
