import type { FactsReport } from "../core/facts";
import { Doc, type View } from "./doc";

const ASSESS_COMMAND: Record<NonNullable<FactsReport["facts"][number]["assess"]>, string> = {
  "imports-by-origin": "korus origins",
  "auto-share": "korus autos",
};

export function renderFacts(r: FactsReport, view: View): string {
  const doc = new Doc(view).title(`${r.article.publisher}, "${r.article.title}", ${r.article.date}, ${r.article.url}`).blank();
  if (r.facts.length === 1 && r.query.length === 1 && r.facts[0]!.id === r.query[0]) {
    const f = r.facts[0]!;
    const fields: [string, string][] = [
      ["id", f.id],
      ["kind", f.kind],
      ["speaker", f.speaker],
      ["refers to", f.refersTo],
      ["statement", f.statement],
      ["quote", `"${f.quote}"`],
      [
        "claim",
        f.claim ??
          (f.assess
            ? `(weighed against a whole table: ${ASSESS_COMMAND[f.assess]}; korus check --article shows it)`
            : "(not numeric: nothing to check)"),
      ],
    ];
    // label: value lines, values wrapped under themselves; in Markdown one list
    if (doc.md) doc.list(fields.map(([label, value]) => `${label}: ${value}`));
    else for (const [label, value] of fields) doc.text(value, `${label}:`.padEnd(12), " ".repeat(12));
    if (f.claim) {
      const command = `korus check ${shellQuote(f.claim)} --as-of ${r.article.date}`;
      if (doc.md) doc.text("Check it:").pre([command]);
      else doc.blank().text(command, "check it:   ", " ".repeat(12));
    }
    return doc.toString();
  }
  doc.table(
    [
      { header: "Id", align: "left" },
      { header: "Kind", align: "left", drop: 2 },
      { header: "Speaker", align: "left", wrap: true, drop: 1 },
      { header: "Statement", align: "left", wrap: true },
    ],
    r.facts.map((f) => [f.id, f.kind, f.speaker, f.statement]),
    { spaced: true },
  );
  doc.note(`${r.facts.length} fact(s). korus facts <id> shows one with its quote.`);
  return doc.toString();
}

/** A claim as a shell argument: single quotes, so "$13.2 billion" reaches korus intact ('\'' for a quote). */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}
