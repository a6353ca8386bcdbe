import { type Command, Option } from "commander";
import { parseTransform, SERIES, TRANSFORMS, type Transform } from "../core/series";
import { UNITS, type Units } from "../render/format";
import { type CommandDeps, contextFor, dataset, formatOption, intOption, outputMode, viewFor, writeJson } from "./shared";

interface TradeFlags {
  from?: string;
  to?: string;
  all?: boolean;
  monthly?: boolean;
  change?: Transform;
  real?: string | true;
  units?: Units;
  chart: boolean;
  height?: number;
  json?: boolean;
  csv?: boolean;
  format?: string;
}

export function registerTrade(program: Command, deps: CommandDeps): void {
  program
    .command("trade")
    .description("US goods exports, imports, balance and total trade with Korea, with FRED-style transforms")
    .argument("[series...]", `any of ${SERIES.join(", ")} (default: exports imports balance)`)
    .option("--from <period>", "first year (YYYY), or month with --monthly (YYYY-MM)")
    .option("--to <period>", "last year (YYYY), or month with --monthly (YYYY-MM)")
    .option("--all", "the whole series ({{goods.annual}}, or {{goods.monthly}} with --monthly)")
    .option("--monthly", "monthly figures")
    .option(
      "--change <transform>",
      `${TRANSFORMS.join("|")}: change, percent change, year-over-year percent, compound annual growth`,
      parseTransform,
    )
    .option("--real [base-year]", "constant dollars via CPI-U (default base: the latest CPI year, {{cpi.latest}})")
    .addOption(
      new Option("--units <units>", "display units for money (default: billions; millions with --monthly)").choices(UNITS),
    )
    .option("--no-chart", "hide the chart")
    .option("--height <rows>", "chart height in rows (4-60)", intOption(4, 60))
    .option("--json", "one JSON object on stdout")
    .addOption(formatOption(true))
    .option("--csv", "CSV: a header and one line per period")
    .addHelpText(
      "after",
      "\nExamples:\n  korus trade exports imports --from 2011 --to 2016\n  korus trade exports --change pct --from 2010\n  korus trade balance --real 2016 --all\n  korus trade total --monthly --change yoy --from 2024-01",
    )
    .action(async (names: string[], flags: TradeFlags, cmd: Command) => {
      const ctx = contextFor(cmd, deps);
      const mode = outputMode(flags);
      const { tradeReport } = await import("../parts/trade");
      const report = tradeReport(dataset(ctx), { ...flags, series: names });
      if (mode === "json") return writeJson(ctx, report);
      const { renderTrade, tradeCsv } = await import("../parts/trade-view");
      ctx.io.out(
        mode === "csv"
          ? tradeCsv(report)
          : renderTrade(report, {
              ...viewFor(ctx, mode),
              // a month is a few billion: in billions to one decimal it would read -0.2, 0.0
              units: flags.units ?? (flags.monthly ? "millions" : "billions"),
              chart: flags.chart,
              height: flags.height,
            }),
      );
    });
}
