import type { Command } from "commander";
import { FOREIGN, type Foreign, parseCurrency } from "../core/currencies";
import { type CommandDeps, contextFor, dataset, formatOption, intOption, outputMode, viewFor, writeJson } from "./shared";

interface RatesFlags {
  from?: string;
  to?: string;
  all?: boolean;
  monthly?: boolean;
  chart: boolean;
  height?: number;
  json?: boolean;
  csv?: boolean;
  format?: string;
}

export function registerRates(program: Command, deps: CommandDeps): void {
  program
    .command("rates")
    .description("the bundled exchange rates (Fed H.10 averages via FRED), table and chart")
    .argument("[currency...]", `any of ${FOREIGN.join(", ")} (default: all)`)
    .option("--from <period>", "first year (YYYY), or month with --monthly (YYYY-MM)")
    .option("--to <period>", "last year (YYYY), or month with --monthly (YYYY-MM)")
    .option("--all", "the whole series ({{fx.annual}}, or {{fx.monthly}} with --monthly)")
    .option("--monthly", "monthly averages instead of annual")
    .option("--no-chart", "hide the charts")
    .option("--height <rows>", "height of each chart in rows (4-60, default 8)", intOption(4, 60))
    .option("--json", "one JSON object on stdout")
    .addOption(formatOption(true))
    .option("--csv", "CSV: a header and one line per period")
    .addHelpText(
      "after",
      "\nExamples:\n  korus rates KRW EUR --from 2011 --to 2016\n  korus rates EUR --monthly --from 2017-01 --to 2017-12 --csv",
    )
    .action(async (names: string[], flags: RatesFlags, cmd: Command) => {
      const ctx = contextFor(cmd, deps);
      const mode = outputMode(flags);
      // the same list in every refusal: USD is what the others are quoted against, not a choice
      const currencies = names.map((n) => {
        const c = parseCurrency("currency", n, FOREIGN);
        return c as Foreign;
      });
      const { ratesReport } = await import("../parts/rates");
      const report = ratesReport(dataset(ctx), { ...flags, currencies });
      if (mode === "json") return writeJson(ctx, report);
      const { ratesCsv, renderRates } = await import("../parts/rates-view");
      ctx.io.out(
        mode === "csv"
          ? ratesCsv(report)
          : renderRates(report, { chart: flags.chart, ...viewFor(ctx, mode), height: flags.height }),
      );
    });
}
