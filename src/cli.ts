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
import { type CommandDeps, sourcesFile } from "./commands/shared";
import { registerSources } from "./commands/sources";
import { registerTimeline } from "./commands/timeline";
import { registerTrade } from "./commands/trade";
import { decideAscii, decideColor, decideWidth, type Io } from "./context";
import { readWholeNumber } from "./core/number";
import { loadDataset } from "./data/dataset";
import type { Dataset } from "./data/schema";
import { EXIT, isKorusError, UsageError } from "./errors";
import { fillHelp } from "./help-facts";
import { dataTopic, EXIT_CODES_HELP, EXIT_CODES_TOPIC, FORMATS_TOPIC, TOPICS } from "./help-topics";
import { reflow } from "./render/format";
import { safeOutput, safeText } from "./render/safe-text";
import { toAscii } from "./render/text-width";

/** A fresh program per call: commander keeps parse state on the instance. */
export function createProgram(deps: CommandDeps, argv: readonly string[] = []): Command {
  const { io } = deps;
  const fill = (text: string) => fillHelp(text, () => deps.data().facts);
  const program = new Command("korus")
    .description("Explore the US-South Korea goods trade deficit and check claims about it, offline, from sourced data.")
    // the data's vintage is filled in from the data's facts when the version is printed
    .version(`korus ${version}\n{{data.vintage}}`, "-V, --version", "print the korus version and the data's vintage")
    .option("--no-color", "never color the output (also: NO_COLOR=1)")
    .option(
      "--width <columns>",
      "width every view fits, 30-1000 (default: the terminal's, else COLUMNS, else 80)",
      (v: string) => {
        const n = readWholeNumber(v, 30, 1000);
        if (n === null) {
          throw new CommanderError(
            EXIT.usage,
            "korus.invalidWidth",
            `error: --width ${v}: expected a whole number from 30 to 1000`,
          );
        }
        return n;
      },
    )
    .option("--ascii", "plain ASCII output: no box drawing or symbols (default when the locale is not UTF-8 or TERM=dumb)")
    .showSuggestionAfterError(true)
    // descriptions are filled before commander wraps them to the terminal's width
    .configureHelp({
      // a command's help lists --no-color and --width too: they work after the command name as well
      showGlobalOptions: true,
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
      writeOut: (s) => io.out(s.includes("{{data.vintage}}") ? reflow(versionText(s, fill), versionWidth(io, argv)) : fill(s)),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(oneLine(s, "see korus --help")),
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
    cmd.configureOutput({ outputError: (s, write) => write(oneLine(periodHint(cmd, s), `see korus ${cmd.name()} --help`)) });
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
      if (topic === "data") return page(dataTopic(deps.data().meta.datasets, sourcesFile(io)));
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

/** --version is printed as soon as commander meets it, before a later --width is parsed: read that flag here. */
function versionWidth(io: Io, argv: readonly string[]): number {
  const i = argv.findIndex((a) => a === "--width" || a.startsWith("--width="));
  const raw = i < 0 ? undefined : argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  const n = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
  return decideWidth(io, n !== undefined && n >= 30 && n <= 1000 ? n : undefined);
}

/** --version always prints the version: data that cannot be read (a bad KORUS_DATA_DIR) are named on its data line. */
function versionText(text: string, fill: (text: string) => string): string {
  try {
    return fill(text);
  } catch (e) {
    return text.replace("{{data.vintage}}", `data: cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** `korus deficit 2016`: a period given as an argument to a command that takes it as --from/--to (or --year). */
function periodHint(cmd: Command, message: string): string {
  if (!message.includes("too many arguments")) return message;
  const periods = cmd.args.filter((a) => /^\d{4}(-\d{2})?$/.test(a));
  const has = (flag: string) => cmd.options.some((o) => o.long === flag);
  const name = cmd.name();
  const declared = cmd.registeredArguments.length;
  if (!periods.length || !has("--from"))
    return declared
      ? `${name} takes at most ${declared} argument${declared === 1 ? "" : "s"} (${cmd.registeredArguments.map((a) => a.name()).join(", ")}): got ${cmd.args.map((a) => JSON.stringify(a)).join(" ")}`
      : `${name} takes no arguments: got ${cmd.args.map((a) => JSON.stringify(a)).join(" ")}`;
  const [a, b = a] = periods.length > 1 ? [periods[0]!, periods.at(-1)!] : [periods[0]!];
  const year = periods.length === 1 && has("--year") && /^\d{4}$/.test(a) ? `--year ${a}, or ` : "";
  const monthly = a.length === 7 && has("--monthly") ? " --monthly" : "";
  return `${name} takes periods as options, not arguments: give ${year}--from ${a} --to ${b}${monthly}`;
}

/** commander's usage errors can span two lines ("(Did you mean …?)"): korus prints one. */
function oneLine(message: string, hint?: string): string {
  // split, not /\s*\n\s*/: that pattern is quadratic on a long run of spaces in an echoed argument
  const text = message
    .trim()
    .replace(/^error: /, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
  // commander quotes the user's own words (an unknown command, option or value): shown safely
  return `korus: ${safeText(text)}${hint && !text.includes("Did you mean") ? ` (${hint})` : ""}\n`;
}

/** The one boundary: runs korus on argv and returns the exit code. Nothing else decides exit codes. */
export async function main(argv: string[], rawIo: Io): Promise<number> {
  // the last guard: whatever a message forgets, no control character korus did not emit reaches the terminal
  const colorCodes = decideColor(rawIo, false);
  const guard = (s: string) => safeOutput(s, colorCodes);
  const io: Io = { ...rawIo, out: (s) => rawIo.out(guard(s)), err: (s) => rawIo.err(guard(s)) };
  // bare `korus` (or only global flags): the help, on stdout, as a success; anything else unknown (`korus --bogus`)
  // reaches commander, whose usage error suggests the nearest option
  if (onlyGlobalFlags(argv)) argv = [...argv, "--help"];
  let data: Dataset | undefined;
  const deps: CommandDeps = { io, data: () => (data ??= loadDataset(io.env.KORUS_DATA_DIR || undefined)) };
  const program = createProgram(deps, argv);
  try {
    await program.parseAsync(argv, { from: "user" });
    return deps.exitCode ?? EXIT.ok;
  } catch (e) {
    return exitCodeFor(e, io);
  }
}

/** `korus`, `korus --no-color`, `korus --width 60`: nothing asked for but the look of the output. */
function onlyGlobalFlags(argv: string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--no-color" || a.startsWith("--width=")) continue;
    if (a === "--width" && i + 1 < argv.length) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}

function exitCodeFor(e: unknown, io: Io): number {
  if (e instanceof CommanderError) {
    // help and version arrive here as "errors" with exit code 0; commander already printed them.
    if (e.exitCode === 0) return EXIT.ok;
    if (e.code === "korus.invalidWidth") io.err(`korus: ${safeText(e.message.replace(/^error: /, ""))}\n`);
    return EXIT.usage;
  }
  if (isKorusError(e)) {
    io.err(`korus: ${safeText(e.message)}\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  io.err(`korus: internal error: ${safeText(err.message)} (rerun with DEBUG=korus for details)\n`);
  if (io.env.DEBUG?.split(",").includes("korus")) io.err(`${err.stack ?? ""}\n`);
  return EXIT.runtime;
}
