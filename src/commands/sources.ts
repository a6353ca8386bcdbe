import type { Command } from "commander";
import { version } from "../../package.json";
import { type CommandDeps, contextFor, dataset, sourcesFile, viewFor, writeJson } from "./shared";

export function registerSources(program: Command, deps: CommandDeps): void {
  program
    .command("sources")
    .description("every bundled dataset: publisher, table, vintage, coverage, unit, basis, url; --cite to paste")
    .option("--cite", "one citation per dataset, to paste under an article")
    .option("--json", "one JSON object on stdout")
    .action(async (flags: { cite?: boolean; json?: boolean }, cmd: Command) => {
      const ctx = contextFor(cmd, deps);
      const { sourcesReport } = await import("../parts/sources");
      const report = sourcesReport(dataset(ctx));
      if (flags.json) return writeJson(ctx, report);
      const { citeSources, renderSources } = await import("../parts/sources-view");
      ctx.io.out(
        flags.cite ? citeSources(report, version, viewFor(ctx)) : renderSources(report, viewFor(ctx), sourcesFile(deps.io)),
      );
    });
}
