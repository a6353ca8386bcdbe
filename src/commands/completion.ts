import type { Command } from "commander";
import { CURRENCIES, FOREIGN } from "../core/currencies";
import { SERIES, TRANSFORMS } from "../core/series";
import { UsageError } from "../errors";
import { fillHelp } from "../help-facts";
import { TOPICS } from "../help-topics";
import type { CommandDeps } from "./shared";

export const SHELLS = ["bash", "zsh", "fish"] as const;

/** What the scripts need from the data: the partners' names, and help texts' {{placeholders}} filled. */
export interface CompletionData {
  partners: readonly string[];
  /** the partners of Korea's file (korus origins) */
  koreaPartners: readonly string[];
  fill: (text: string) => string;
}

/** Values the shell can offer where commander has no .choices(): currencies, series, transforms, partners. */
function valueHints(data: CompletionData): Record<string, Record<string, readonly string[]>> {
  return {
    deficit: { "--currency": CURRENCIES },
    convert: { "--to": CURRENCIES, "--from": CURRENCIES },
    rates: { "<args>": FOREIGN },
    trade: { "<args>": SERIES, "--change": TRANSFORMS },
    partners: { "<args>": data.partners.map(kebab) },
    origins: { "<args>": data.koreaPartners.map(kebab), "--partner": data.koreaPartners.map(kebab) },
    help: { "<args>": TOPICS },
    completion: { "<args>": SHELLS },
  };
}

/** "United Arab Emirates" → "united-arab-emirates"; "EU28 (fixed membership)" → "eu28": a word the shell can offer. */
function kebab(name: string): string {
  return name
    .replace(/\s*\(.*\)$/, "")
    .toLowerCase()
    .replace(/ /g, "-");
}

interface Spec {
  name: string;
  description: string;
  options: { flag: string; takesValue: boolean; values: readonly string[]; description: string }[];
  args: readonly string[];
}

function specs(program: Command, data: CompletionData): { global: Spec["options"]; commands: Spec[] } {
  const VALUE_HINTS = valueHints(data);
  const opts = (cmd: Command, name: string) =>
    cmd.options
      .filter((o) => o.long)
      .map((o) => ({
        flag: o.long!,
        takesValue: o.required || o.optional,
        values: o.argChoices ?? VALUE_HINTS[name]?.[o.long!] ?? [],
        description: data.fill(o.description),
      }));
  const commands = program.commands.map((c) => ({
    name: c.name(),
    description: data.fill(c.description()),
    options: [...opts(c, c.name()), { flag: "--help", takesValue: false, values: [], description: "show help" }],
    args:
      c.name() === "help"
        ? [...(VALUE_HINTS.help!["<args>"] ?? []), ...program.commands.map((x) => x.name()).filter((n) => n !== "help")]
        : (VALUE_HINTS[c.name()]?.["<args>"] ?? []),
  }));
  return {
    global: [...opts(program, ""), { flag: "--help", takesValue: false, values: [], description: "show help" }],
    commands,
  };
}

const q = (s: string) => s.replace(/'/g, "'\\''");

export function bashCompletion(program: Command, data: CompletionData): string {
  const { global, commands } = specs(program, data);
  const names = commands.map((c) => c.name).join(" ");
  const valueCase = (options: Spec["options"]) =>
    options
      .filter((o) => o.takesValue)
      .map(
        (o) =>
          `        ${o.flag}) ${o.values.length ? `COMPREPLY=( $(compgen -W '${o.values.join(" ")}' -- "$cur") )` : "COMPREPLY=()"}; return ;;`,
      )
      .join("\n");
  const cmdCases = commands
    .map(
      (c) => `    ${c.name})
      case "$prev" in
${valueCase([...c.options, ...global])}
      esac
      COMPREPLY=( $(compgen -W '${q([...new Set([...c.options.map((o) => o.flag), ...global.map((o) => o.flag), ...c.args])].join(" "))}' -- "$cur") ) ;;`,
    )
    .join("\n");
  return `# korus completion for bash. Install: korus completion bash > ~/.local/share/bash-completion/completions/korus
# or add to ~/.bashrc:  source <(korus completion bash)
_korus() {
  local cur prev cmd i w
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  for (( i = 1; i < COMP_CWORD; i++ )); do
    w="\${COMP_WORDS[i]}"
    case " ${names} " in *" $w "*) cmd="$w"; break ;; esac
  done
  case "$cmd" in
    "")
      case "$prev" in
${valueCase(global)}
      esac
      COMPREPLY=( $(compgen -W '${q([names, ...global.map((o) => o.flag)].join(" "))}' -- "$cur") ) ;;
${cmdCases}
  esac
}
complete -F _korus korus
`;
}

export function zshCompletion(program: Command, data: CompletionData): string {
  return `#compdef korus
# korus completion for zsh. Install: korus completion zsh > "\${fpath[1]}/_korus"   or in ~/.zshrc:  source <(korus completion zsh)
autoload -U +X bashcompinit && bashcompinit
${bashCompletion(program, data)}`;
}

export function fishCompletion(program: Command, data: CompletionData): string {
  const { global, commands } = specs(program, data);
  const esc = (s: string) => s.replace(/'/g, "\\'");
  const lines = [
    "# korus completion for fish. Install: korus completion fish > ~/.config/fish/completions/korus.fish",
    "complete -c korus -f",
  ];
  for (const c of commands) lines.push(`complete -c korus -n '__fish_use_subcommand' -a '${c.name}' -d '${esc(c.description)}'`);
  for (const o of global)
    lines.push(`complete -c korus -l '${o.flag.slice(2)}'${o.takesValue ? " -r" : ""} -d '${esc(o.description)}'`);
  for (const c of commands) {
    for (const o of c.options) {
      const values = o.values.length ? ` -xa '${o.values.join(" ")}'` : o.takesValue ? " -r" : "";
      lines.push(
        `complete -c korus -n '__fish_seen_subcommand_from ${c.name}' -l '${o.flag.slice(2)}'${values} -d '${esc(o.description)}'`,
      );
    }
    if (c.args.length) lines.push(`complete -c korus -n '__fish_seen_subcommand_from ${c.name}' -a '${c.args.join(" ")}'`);
  }
  return `${lines.join("\n")}\n`;
}

export function registerCompletion(program: Command, deps: CommandDeps): void {
  program
    .command("completion")
    .description("print a shell completion script: bash, zsh or fish")
    .argument("<shell>", SHELLS.join(", "))
    .addHelpText(
      "after",
      `
Install:
  bash  echo 'source <(korus completion bash)' >> ~/.bashrc
  zsh   echo 'source <(korus completion zsh)' >> ~/.zshrc
  fish  korus completion fish > ~/.config/fish/completions/korus.fish`,
    )
    .action((shell: string) => {
      const data = () => ({
        partners: deps.data().facts.partners.map((p) => p.name),
        koreaPartners: deps.data().facts.koreaPartners.map((p) => p.name),
        fill: (text: string) => fillHelp(text, () => deps.data().facts),
      });
      if (shell === "bash") deps.io.out(bashCompletion(program, data()));
      else if (shell === "zsh") deps.io.out(zshCompletion(program, data()));
      else if (shell === "fish") deps.io.out(fishCompletion(program, data()));
      else throw new UsageError(`no completion for ${JSON.stringify(shell)}: use one of ${SHELLS.join(", ")}`);
    });
}
