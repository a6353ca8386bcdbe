import { type Command, Option } from "commander";
import { CURRENCIES, type Currency, parseCurrency } from "../core/currencies";
import { DEFAULT_MONTHS } from "../core/korus";
import { UNITS, type Units } from "../render/format";
import { type CommandDeps, contextFor, dataset, formatOption, intOption, outputMode, viewFor, writeJson } from "./shared";

interface DeficitFlags {
  from?: string;
  to?: string;
  all?: boolean;
  monthly?: boolean;
  units?: Units;
  currency: Currency;
  events?: boolean;
  chart: boolean;
  height?: number;
  json?: boolean;
  csv?: boolean;
  format?: string;
}

export function registerDeficit(program: Command, deps: CommandDeps): void {
  program
    .command("deficit")
    .description("US goods trade balance with South Korea: headline, table and chart")
    .option("--from <period>", "first year (YYYY), or month with --monthly (YYYY-MM)")
    .option("--to <period>", "last year (YYYY), or month with --monthly (YYYY-MM)")
    .option("--all", "the whole series ({{goods.annual}}, or {{goods.monthly}} with --monthly)")
    .option("--monthly", "monthly figures instead of annual")
    .addOption(
      new Option("--units <units>", "display units for the table (default: billions; millions with --monthly)").choices(UNITS),
    )
    .option(
      "--currency <currency>",
      `convert each period at its own average exchange rate: ${CURRENCIES.join(", ")}`,
      (v: string) => parseCurrency("--currency", v),
      "USD" as Currency,
    )
    .option("--events", "mark every KORUS timeline event (korus timeline) in the table and chart")
    .option("--no-chart", "hide the chart")
    .option("--height <rows>", "chart height in rows (4-60)", intOption(4, 60))
    .option("--json", "one JSON object (the data behind the table) on stdout")
    .option("--csv", "CSV: a header and one line per period")
    .addOption(formatOption(true))
    .addHelpText(
      "after",
      `
Default range: {{korus.talks}} (launch of KORUS talks) to the latest full year ({{goods.latest}}); --monthly: the latest ${DEFAULT_MONTHS} months.
Figures: US Census Bureau, goods, Census basis, nominal US dollars, not seasonally adjusted.

Examples:
  korus deficit
  korus deficit --from 2011 --to 2016
  korus deficit --all --units millions --no-chart
  korus deficit --monthly --from 2017-01 --to 2018-12
  korus deficit --currency KRW --from 2011 --to 2016
  korus deficit --json | jq '.rows[] | select(.year==2016) | .balance'`,
    )
    .action(async (flags: DeficitFlags, cmd: Command) => {
      const ctx = contextFor(cmd, deps);
      const mode = outputMode(flags);
      const { deficitReport } = await import("../parts/deficit");
      const report = deficitReport(dataset(ctx), flags);
      if (mode === "json") return writeJson(ctx, report);
      const { deficitCsv, renderDeficit } = await import("../parts/deficit-view");
      if (mode === "csv") return ctx.io.out(deficitCsv(report));
      ctx.io.out(
        renderDeficit(report, {
          ...viewFor(ctx, mode),
          // a month is a few billion: in billions to one decimal it would read -0.2, 0.0
          units: flags.units ?? (flags.monthly ? "millions" : "billions"),
          chart: flags.chart,
          height: flags.height,
        }),
      );
    });
}
