import { Command, CommanderError, Help } from "commander";
import { version } from "../package.json";
import { registerAutos } from "./commands/autos";
import { registerCheck } from "./commands/check";
import { registerCompletion } from "./commands/completion";
import { registerConvert } from "./commands/convert";
import { registerDeficit } from "./commands/deficit";
import { registerFacts } from "./commands/facts";
import { registerMirror } from "./commands/mirror";
import { registerOrigins } from "./commands/origins";
import { registerPartners } from "./commands/partners";
import { registerRates } from "./commands/rates";
import { registerRevisions } from "./commands/revisions";
import type { CommandDeps } from "./commands/shared";
import { registerSources } from "./commands/sources";
import { registerTimeline } from "./commands/timeline";
import { registerTrade } from "./commands/trade";
import { decideAscii, decideWidth, type Io } from "./context";
import { loadDataset } from "./data/dataset";
import type { Dataset } from "./data/schema";
import { EXIT, isKorusError, UsageError } from "./errors";
import { fillHelp } from "./help-facts";
import { dataTopic, EXIT_CODES_HELP, EXIT_CODES_TOPIC, FORMATS_TOPIC, TOPICS } from "./help-topics";
import { reflow } from "./render/format";
import { toAscii } from "./render/text-width";

/** A fresh program per call: commander keeps parse state on the instance. */
export function createProgram(deps: CommandDeps): Command {
  const { io } = deps;
  const fill = (text: string) => fillHelp(text, () => deps.data().facts);
  const program = new Command("korus")
    .description("Explore the US-South Korea goods trade deficit and check claims about it, offline, from sourced data.")
    .version(version, "-V, --version", "print the korus version")
    .option("--no-color", "never color the output (also: NO_COLOR=1)")
    .option(
      "--width <columns>",
      "width every view fits, 30-1000 (default: the terminal's, else COLUMNS, else 80)",
      (v: string) => {
        if (!/^\d+$/.test(v) || Number(v) < 30 || Number(v) > 1000) {
          throw new CommanderError(
            EXIT.usage,
            "korus.invalidWidth",
            `error: --width ${v}: expected a whole number from 30 to 1000`,
          );
        }
        return Number(v);
      },
    )
    .option("--ascii", "plain ASCII output: no box drawing or symbols (default when the locale is not UTF-8 or TERM=dumb)")
    .showSuggestionAfterError(true)
    // descriptions are filled before commander wraps them to the terminal's width
    .configureHelp({
      optionDescription(o) {
        return fill(Help.prototype.optionDescription.call(this, o));
      },
      argumentDescription(a) {
        return fill(Help.prototype.argumentDescription.call(this, a));
      },
      subcommandDescription(c) {
        return fill(Help.prototype.subcommandDescription.call(this, c));
      },
      commandDescription(c) {
        return fill(Help.prototype.commandDescription.call(this, c));
      },
    })
    .exitOverride()
    .configureOutput({
      // help names the data's coverage through {{placeholders}}, filled from the data only when help is printed
      writeOut: (s) => io.out(fill(s)),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(oneLine(s)),
    })
    .addHelpText(
      "after",
      `
Examples:
  korus deficit                         headline, table and chart, 2006 to the latest year
  korus deficit --from 2011 --to 2016   the period of the USTR's 2017 statement
  korus deficit --json | jq .ratio      the same figures for scripts
  korus check "The deficit with Korea doubled between 2011 and 2016"
  korus convert 13.2B --to EUR --date 2017-07-13
  korus partners --year 2016
  korus origins                         Korea's imports by origin, 2011 → 2016, as Korea reports them
  korus autos                           the auto component, each side's basis

${EXIT_CODES_HELP}

Help topics: korus help exit-codes | data | formats. Completion: korus completion bash|zsh|fish.
Data: US Census Bureau goods trade (see korus help data). Everything works offline.`,
    );
  program.helpCommand(false);
  registerDeficit(program, deps);
  registerTrade(program, deps);
  registerPartners(program, deps);
  registerConvert(program, deps);
  registerRates(program, deps);
  registerCheck(program, deps);
  registerFacts(program, deps);
  registerMirror(program, deps);
  registerOrigins(program, deps);
  registerAutos(program, deps);
  registerRevisions(program, deps);
  registerTimeline(program, deps);
  registerSources(program, deps);
  registerCompletion(program, deps);
  // a usage error inside a command points at that command's help
  for (const cmd of program.commands) {
    cmd.configureOutput({ outputError: (s, write) => write(oneLine(s, `see korus ${cmd.name()} --help`)) });
  }
  program
    .command("help")
    .description(`help for a command, or a topic: ${TOPICS.join(", ")}`)
    .argument("[topic]", "a command name or a topic")
    .action(async (topic: string | undefined) => {
      if (topic === undefined) return program.outputHelp();
      // topics are written for a wide terminal and fitted to this one
      const globals = program.opts() as { width?: number; ascii?: boolean };
      const width = decideWidth(io, globals.width);
      const ascii = decideAscii(io, globals.ascii === true);
      const page = (text: string) => io.out(reflow(ascii ? toAscii(text) : text, width));
      if (topic === "exit-codes") return page(EXIT_CODES_TOPIC);
      if (topic === "formats") return page(FORMATS_TOPIC);
      if (topic === "data") return page(dataTopic(deps.data().meta.datasets));
      if (topic === "claims") return page((await import("./parts/check-view")).claimsTopic());
      if (topic === "verdicts") return page((await import("./parts/check-view")).VERDICTS_TOPIC);
      const cmd = program.commands.find((c) => c.name() === topic);
      if (!cmd || topic === "help") {
        const names = program.commands.map((c) => c.name()).filter((n) => n !== "help");
        throw new UsageError(
          `no help for ${JSON.stringify(topic)}: give a command (${names.join(", ")}) or a topic (${TOPICS.join(", ")})`,
        );
      }
      cmd.outputHelp();
    });
  return program;
}

/** commander's usage errors can span two lines ("(Did you mean …?)"): korus prints one. */
function oneLine(message: string, hint?: string): string {
  const text = message
    .trim()
    .replace(/^error: /, "")
    .replace(/\s*\n\s*/g, " ");
  return `korus: ${text}${hint && !text.includes("Did you mean") ? ` (${hint})` : ""}\n`;
}

/** The one boundary: runs korus on argv and returns the exit code. Nothing else decides exit codes. */
export async function main(argv: string[], io: Io): Promise<number> {
  // bare `korus` (or only global flags): the help, on stdout, as a success
  if (!argv.some((a) => !a.startsWith("-") || ["-h", "--help", "-V", "--version"].includes(a))) argv = [...argv, "--help"];
  let data: Dataset | undefined;
  const deps: CommandDeps = { io, data: () => (data ??= loadDataset(io.env.KORUS_DATA_DIR || undefined)) };
  const program = createProgram(deps);
  try {
    await program.parseAsync(argv, { from: "user" });
    return deps.exitCode ?? EXIT.ok;
  } catch (e) {
    return exitCodeFor(e, io);
  }
}

function exitCodeFor(e: unknown, io: Io): number {
  if (e instanceof CommanderError) {
    // help and version arrive here as "errors" with exit code 0; commander already printed them.
    if (e.exitCode === 0) return EXIT.ok;
    if (e.code === "korus.invalidWidth") io.err(`korus: ${e.message.replace(/^error: /, "")}\n`);
    return EXIT.usage;
  }
  if (isKorusError(e)) {
    io.err(`korus: ${e.message}\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  io.err(`korus: internal error: ${err.message} (rerun with DEBUG=korus for details)\n`);
  if (io.env.DEBUG?.split(",").includes("korus")) io.err(`${err.stack ?? ""}\n`);
  return EXIT.runtime;
}
