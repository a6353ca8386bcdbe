import type { FactsReport } from "../core/facts";
import { palette } from "./color";
import { wrapText } from "./format";
import { renderTable } from "./table";

const ASSESS_COMMAND: Record<NonNullable<FactsReport["facts"][number]["assess"]>, string> = {
  "imports-by-origin": "korus origins",
  "auto-share": "korus autos",
};

export function renderFacts(r: FactsReport, colorOn: boolean): string {
  const c = palette(colorOn);
  const head = c.bold(`${r.article.publisher}, "${r.article.title}", ${r.article.date}, ${r.article.url}`);
  if (r.facts.length === 1 && r.query.length === 1 && r.facts[0]!.id === r.query[0]) {
    const f = r.facts[0]!;
    return `${[
      head,
      "",
      `id:         ${f.id}`,
      `kind:       ${f.kind}`,
      `speaker:    ${f.speaker}`,
      `refers to:  ${f.refersTo}`,
      `statement:  ${f.statement}`,
      `quote:      "${f.quote}"`,
      `claim:      ${f.claim ?? (f.assess ? `(weighed against a whole table: ${ASSESS_COMMAND[f.assess]}; korus check --article shows it)` : "(not numeric: nothing to check)")}`,
      ...(f.claim ? ["", `check it:   korus check ${shellQuote(f.claim)} --as-of ${r.article.date}`] : []),
    ].join("\n")}\n`;
  }
  const table = renderTable(
    [
      { header: "Id", align: "left" },
      { header: "Kind", align: "left" },
      { header: "Speaker", align: "left" },
      { header: "Statement", align: "left" },
    ],
    r.facts.map((f) => [f.id, f.kind, f.speaker, wrapText(f.statement, 56)]),
    colorOn,
    true,
  );
  return `${head}\n\n${table}\n${c.dim(`${r.facts.length} fact(s). korus facts <id> shows one with its quote.`)}\n`;
}

/** A claim as a shell argument: single quotes, so "$13.2 billion" reaches korus intact ('\'' for a quote). */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}
