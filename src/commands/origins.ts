import { type Command, Option } from "commander";
import { ORIGIN_FLOWS } from "../core/origin-flows";
import { type CommandDeps, contextFor, dataset, formatOption, intOption, outputMode, viewFor, writeJson } from "./shared";

interface OriginsFlags {
  year?: string;
  from?: string;
  to?: string;
  flow: string;
  partner?: string[];
  chart: boolean;
  height?: number;
  json?: boolean;
  csv?: boolean;
  format?: string;
}

export function registerOrigins(program: Command, deps: CommandDeps): void {
  program
    .command("origins")
    .description(
      "Korea's imports (or exports) by partner as Korea reports them: the US against the world and the world without it",
    )
    .argument("[partner...]", "show only these partners beside the world and the US: {{korea.partners.words}} (default: all)")
    .option("--year <year>", "one year, {{korea.partners.years}}: each partner's value and share of the world")
    .option("--from <year>", "first year of the change (default: {{article.from}}, the base year of the article's period)")
    .option(
      "--to <year>",
      "last year of the change (default: {{article.to}}, the latest full year at the article's date; after it, the latest year with every partner's figure)",
    )
    .addOption(
      new Option("--flow <flow>", "Korea's imports c.i.f., exports f.o.b., or the balance")
        .choices(ORIGIN_FLOWS)
        .default("imports"),
    )
    .option("--partner <name>", "a partner to show (repeatable; same as the arguments)", (v: string, acc: string[] = []) => [
      ...acc,
      v,
    ])
    .option("--no-chart", "hide the chart (range view)")
    .option("--height <rows>", "chart height in rows (4-60)", intOption(4, 60))
    .option("--json", "one JSON object on stdout")
    .option("--csv", "CSV: one line per partner")
    .addOption(formatOption(true))
    .addHelpText(
      "after",
      "\nExamples:\n  korus origins                        imports by origin over the article's period ({{article.from}} → {{article.to}})\n  korus origins china japan --from 2011 --to 2023\n  korus origins --year 2016\n  korus origins --flow exports\n  korus origins --json | jq '.headline'",
    )
    .action(async (names: string[], flags: OriginsFlags, cmd: Command) => {
      const ctx = contextFor(cmd, deps);
      const mode = outputMode(flags);
      const { originsReport } = await import("../parts/origins");
      const report = originsReport(dataset(ctx), { ...flags, partners: [...names, ...(flags.partner ?? [])] });
      if (mode === "json") return writeJson(ctx, report);
      const { originsCsv, renderOrigins } = await import("../parts/korea-view");
      ctx.io.out(
        mode === "csv"
          ? originsCsv(report)
          : renderOrigins(report, {
              ...viewFor(ctx, mode),
              chart: flags.chart,
              height: flags.height,
            }),
      );
    });
}
