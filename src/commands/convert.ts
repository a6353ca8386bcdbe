import { type Command, Option } from "commander";
import { CURRENCIES, type Currency, parseCurrency, RATE_SOURCES } from "../core/currencies";
import type { RateSource } from "../core/fx";
import { UsageError } from "../errors";
import { type CommandDeps, contextFor, dataset, viewFor, writeJson } from "./shared";

interface ConvertFlags {
  from?: string;
  to?: string;
  date?: string;
  source?: RateSource;
  json?: boolean;
}

export function registerConvert(program: Command, deps: CommandDeps): void {
  program
    .command("convert")
    .description("convert an amount between USD, EUR, KRW, JPY and CNY at a dated, sourced rate")
    .argument("<amount...>", 'e.g. 13.2B, "$13.2 billion", 27,600,000,000, 1.5e9, "€11.6 billion", ₩31.4tn')
    .option("--from <currency>", `currency of the amount when it names none (default USD): ${CURRENCIES.join(", ")}`)
    .option("--to <currency>", `currency to convert to: ${CURRENCIES.join(", ")}`)
    .option("--date <date>", "YYYY-MM-DD, YYYY-MM or YYYY: the finest bundled rate for it (default: latest annual average)")
    .addOption(
      new Option("--source <source>", "where both exist for a day: ECB reference or Fed H.10 noon rate").choices(RATE_SOURCES),
    )
    .option("--json", "one JSON object on stdout")
    // so that "-27.6B" is an amount, not an unknown option; real unknown options are refused below
    .allowUnknownOption()
    .addHelpText(
      "after",
      `
Rates: daily ECB and Fed H.10 rates for {{fx.daily}}, else Fed H.10 monthly averages
({{fx.monthly}}), else annual averages ({{fx.annual}}). Cross rates (KRW to EUR) go through USD on the same date.

Examples:
  korus convert 13.2B --to EUR --date 2017-07-13     the article's "11.6 billion euros"
  korus convert 27.6B --to KRW --date 2016           at the 2016 annual average
  korus convert "31.4 trillion won" --to EUR --date 2016-05
  korus convert 13.2B --to EUR --date 2017-07-13 --source fed --json`,
    )
    .action(async (words: string[], flags: ConvertFlags, cmd: Command) => {
      const ctx = contextFor(cmd, deps);
      const stray = words.find((w) => /^-(-|[a-z])/i.test(w));
      if (stray) throw new UsageError(`unknown option '${stray}' for convert (see korus convert --help)`);
      if (flags.to === undefined) throw new UsageError(`convert needs --to <currency>: one of ${CURRENCIES.join(", ")}`);
      const to: Currency = parseCurrency("--to", flags.to);
      const from = flags.from !== undefined ? parseCurrency("--from", flags.from) : undefined;
      const { convertAmount } = await import("../parts/convert");
      const report = convertAmount(dataset(ctx), {
        amount: words.join(" "),
        from,
        to,
        date: flags.date,
        source: flags.source,
      });
      if (flags.json) return writeJson(ctx, report);
      const { renderConvert } = await import("../parts/convert-view");
      ctx.io.out(renderConvert(report, viewFor(ctx)));
    });
}
