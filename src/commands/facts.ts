import type { Command } from "commander";
import { safeText } from "../render/safe-text";
import { type CommandDeps, contextFor, dataset, formatOption, outputMode, viewFor, writeJson } from "./shared";

export function registerFacts(program: Command, deps: CommandDeps): void {
  program
    .command("facts")
    .description("the {{article}} as structured facts: list, search, or show one by id")
    .argument("[words...]", "search words (all must match), or one fact id")
    .option("--json", "one JSON object on stdout")
    .addOption(formatOption(false))
    .addHelpText(
      "after",
      "\nExamples:\n  korus facts\n  korus facts deficit\n  korus facts deficit-2016\n  korus facts --json | jq '.facts[] | select(.kind==\"figure\") | .claim'",
    )
    .action(async (words: string[], flags: { json?: boolean; format?: string }, cmd: Command) => {
      const ctx = contextFor(cmd, deps);
      const { findFacts } = await import("../parts/facts");
      const report = findFacts(dataset(ctx), words);
      const mode = outputMode(flags);
      if (mode === "json") return writeJson(ctx, report);
      const { renderFacts } = await import("../parts/facts-view");
      if (report.facts.length === 0) {
        // no match is an answer, not an error: say so on stderr, exit 0 with nothing on stdout
        ctx.io.err(
          `korus: no fact matches ${words.map((w) => safeText(JSON.stringify(w))).join(" ")}; korus facts lists them all\n`,
        );
        return;
      }
      ctx.io.out(renderFacts(report, viewFor(ctx, mode)));
    });
}
