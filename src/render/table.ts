import Table from "cli-table3";

export interface Column {
  header: string;
  align?: "left" | "right";
}

/**
 * The one table renderer. Cells arrive formatted (and colored, if at all) by the caller.
 * cli-table3 colors its header and border red/grey by default and ignores NO_COLOR, so its
 * own styling is switched off unless color is on.
 */
export function renderTable(columns: Column[], rows: string[][], colorOn: boolean): string {
  const table = new Table({
    head: columns.map((c) => c.header),
    colAligns: columns.map((c) => c.align ?? "right"),
    // no rule between body rows: 40 rows stay 40 lines
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    style: colorOn ? { head: ["bold"], border: ["grey"] } : { head: [], border: [] },
  });
  for (const row of rows) table.push(row);
  return table.toString();
}
