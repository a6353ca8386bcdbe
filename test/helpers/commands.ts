import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createProgram } from "../../src/cli";
import { ROOT } from "./run";

/** Every command korus has, by name, as the program registers them (help included). */
export const COMMAND_NAMES: string[] = createProgram({
  io: {
    out: () => {},
    err: () => {},
    isTTY: false,
    columns: undefined,
    env: {},
    stdin: async () => "",
    today: () => "2026-11-29",
  },
  data: () => {
    throw new Error("no data needed to list commands");
  },
}).commands.map((c) => c.name());

/** Every command and its main variants: the width, ASCII and Markdown tests run them all. */
export const COMMANDS: string[][] = [
  ["deficit"],
  ["deficit", "--all"],
  ["deficit", "--from", "2011", "--to", "2016"],
  ["deficit", "--from", "1994", "--to", "1999"],
  ["deficit", "--from", "2016", "--to", "2016"],
  ["deficit", "--monthly"],
  ["deficit", "--monthly", "--all"],
  ["deficit", "--units", "millions", "--all", "--no-chart"],
  ["deficit", "--currency", "KRW", "--from", "2011", "--to", "2016"],
  ["deficit", "--currency", "EUR", "--all"],
  ["deficit", "--events", "--from", "2016", "--to", "2019"],
  ["trade"],
  ["trade", "exports", "imports", "balance", "total", "--from", "2011", "--to", "2016"],
  ["trade", "--change", "pct"],
  ["trade", "--change", "yoy", "--monthly"],
  ["trade", "--real", "--units", "millions"],
  ["partners"],
  ["partners", "--year", "2016"],
  ["partners", "--from", "2015", "--to", "2023"],
  ["partners", "--from", "2011", "--to", "2025"],
  ["partners", "japan", "germany", "--from", "2011"],
  ["partners", "--from", "2016", "--to", "2016"],
  ["trade", "--from", "2016", "--to", "2016"],
  ["convert", "13.2B", "--to", "EUR", "--date", "2017-07-13"],
  ["convert", "27.6B", "--to", "KRW", "--date", "2016"],
  ["convert", "₩31.4tn", "--to", "EUR", "--date", "2017-07"],
  ["rates"],
  ["rates", "KRW", "EUR", "--from", "2011", "--to", "2016"],
  ["rates", "EUR", "--monthly", "--from", "2017-01", "--to", "2017-12"],
  ["rates", "--all"],
  ["check", "The US goods deficit with Korea was $16.6 billion in 2012"],
  ["check", "Since KORUS went into effect, the deficit has doubled", "--as-of", "2017-07-13"],
  ["check", "The US deficit with Japan was bigger than with Korea in 2016"],
  ["check", "foo bar"],
  ["check", "--article"],
  ["facts"],
  ["facts", "deficit"],
  ["facts", "deficit-2016"],
  ["mirror"],
  ["mirror", "--from", "2015", "--to", "2016"],
  ["revisions"],
  ["revisions", "2017"],
  ["timeline"],
  ["timeline", "--from", "2017", "--to", "2019"],
  ["origins"],
  ["origins", "--year", "2016"],
  ["origins", "--from", "2011", "--to", "2016"],
  ["origins", "--flow", "balance", "--from", "2011", "--to", "2016"],
  ["origins", "--flow", "exports"],
  ["origins", "--year", "2016", "--flow", "balance"],
  ["origins", "china", "japan", "--from", "2011", "--to", "2023"],
  ["autos"],
  ["autos", "--from", "2011", "--to", "2016"],
  ["autos", "--from", "2011", "--to", "2011"],
  ["sources"],
  ["sources", "--cite"],
  ["help", "data"],
  ["help", "formats"],
  ["help", "claims"],
  ["help", "verdicts"],
  ["help", "exit-codes"],
];

/** A `$ korus …` line of the README as argv (single and double quotes; no pipes or redirections). */
function shellWords(line: string): string[] | null {
  if (/[|<>;&`]|\$\(/.test(line.replace(/'[^']*'/g, ""))) return null;
  const words: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) words.push(m[1] ?? m[2] ?? m[3]!);
  return words;
}

/** Every `$ korus …` and `korus …` example of the README that runs on its own (no pipe), as argv. */
export function readmeExamples(): string[][] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const out: string[][] = [];
  for (const m of readme.matchAll(/^\$ korus (.+)$/gm)) {
    const words = shellWords(m[1]!);
    if (words) out.push(words);
  }
  return out;
}

/**
 * The "Examples:" of every command's --help that run on their own (no pipe, no file to read), as argv: the help
 * promises them, so they must fit too.
 */
export async function helpExamples(run: (argv: string[]) => Promise<{ stdout: string }>): Promise<string[][]> {
  const top = (await run(["--help"])).stdout;
  const names = [...top.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!).filter((n) => n !== "help" && n !== "completion");
  const out: string[][] = [];
  for (const name of new Set(names)) {
    const help = (await run([name, "--help"])).stdout;
    const examples = help.slice(help.indexOf("Examples:"));
    for (const m of examples.matchAll(/^ {2}korus (.+)$/gm)) {
      // an example may be followed, two spaces on, by what it shows
      const words = shellWords(m[1]!.split(/\s{2,}/)[0]!);
      // machine output (JSON, CSV) is not laid out to a width
      const machine = words?.some(
        (w, i) => w === "--json" || w === "--csv" || (w === "--format" && !/^(text|markdown)$/.test(words[i + 1] ?? "")),
      );
      if (words && !machine && !words.includes("--file") && !words.includes("-")) out.push(words);
    }
  }
  return out;
}
