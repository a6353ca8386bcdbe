import Table from "cli-table3";

export interface Column {
  header: string;
  align?: "left" | "right";
}

/**
 * The one table renderer. Cells arrive formatted (and colored, if at all) by the caller.
 *
 * Speed: cli-table3 spends most of a render on per-cell bookkeeping (option merging, span layout), so a
 * 40 × 6 table cost 20-30 ms at start-up. The body is handed to it as one row of tall cells, one per column,
 * each row's lines padded to the same height: the same drawing from 6 cells instead of 240, about half the
 * time. (The other half of the old cost was its string-width; see fast-string-width.cjs.)
 * cli-table3 colors its header and border red/grey by default and ignores NO_COLOR, so its own styling
 * is switched off unless color is on.
 */
/** `spaced`: a blank line between rows, for tables whose cells wrap over several lines. */
export function renderTable(columns: Column[], rows: string[][], colorOn: boolean, spaced = false): string {
  const table = new Table({
    head: columns.map((c) => c.header),
    colAligns: columns.map((c) => c.align ?? "right"),
    // no rule between the header and the body, nor between body rows: 40 rows stay 40 lines
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    style: colorOn ? { head: ["bold"], border: ["grey"] } : { head: [], border: [] },
  });
  if (rows.length > 0) {
    const cells = columns.map(() => [] as string[]);
    rows.forEach((row, i) => {
      if (spaced && i > 0) for (const c of cells) c.push("");
      const split = columns.map((_, j) => (row[j] ?? "").split("\n"));
      const height = Math.max(...split.map((lines) => lines.length));
      split.forEach((lines, j) => {
        for (let k = 0; k < height; k++) cells[j]!.push(lines[k] ?? "");
      });
    });
    table.push(cells.map((lines) => lines.join("\n")));
  }
  return table.toString();
}
