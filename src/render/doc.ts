import { type BarSpec, type ChartSpec, renderBars, renderChart } from "./chart";
import { palette } from "./color";
import { wrapLines } from "./format";
import { type Column, markdownTable, renderTable, type TableOptions } from "./table";
import { toAscii } from "./text-width";

/**
 * How a view looks, decided once in the context (src/context.ts) and passed to every renderer: the width it must
 * fit, color, plain ASCII, and text or Markdown.
 */
export interface View {
  width: number;
  colorOn: boolean;
  /** plain ASCII only: --ascii, a non-UTF-8 locale or TERM=dumb */
  ascii?: boolean;
  /** "markdown": GitHub-flavoured tables, charts in code blocks, prose as paragraphs (--format markdown) */
  format?: OutputFormat;
}
export const OUTPUT_FORMATS = ["text", "markdown"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

type ChartInput = Omit<ChartSpec, "width" | "colorOn" | "ascii">;
type BarsInput = Omit<BarSpec, "width" | "colorOn" | "ascii">;

/**
 * A view as a sequence of blocks (title, prose, lists, tables, charts, notes), laid out for a View: in text every
 * block fits the width (prose wraps at word boundaries, tables fit or become records, charts are drawn to the
 * width) and is ASCII when asked; in Markdown each block becomes a paragraph, a list, a GFM table or a code block.
 *
 * A command's view adopts it by writing `const doc = new Doc(view)`, then `doc.title(…)`, `doc.text(…)`,
 * `doc.table(columns, rows)`, `doc.chart(spec)`, `doc.note(…)`, `doc.source(…)`, and returning `doc.toString()`;
 * its columns declare which may wrap (`wrap`), their short headers (`short`) and the order they are dropped in
 * (`drop`) — see src/render/table.ts. Nothing else is needed for --width, --ascii and --format markdown.
 */
export class Doc {
  private readonly blocks: string[][] = [];
  private readonly c;
  readonly md: boolean;

  constructor(readonly view: View) {
    this.c = palette(view.colorOn && view.format !== "markdown");
    this.md = view.format === "markdown";
  }

  private tx(s: string): string {
    return this.view.ascii ? toAscii(s) : s;
  }

  private wrap(text: string, first = "", rest = first): string[] {
    return wrapLines(this.tx(text), this.view.width, this.tx(first), this.tx(rest));
  }

  /** A bold heading line. */
  title(text: string): this {
    if (this.md) this.blocks.push([`**${mdText(this.tx(text))}**`]);
    else this.blocks.push(this.wrap(text).map((l) => this.c.bold(l)));
    return this;
  }

  /** A paragraph, wrapped (with a hanging indent: `first` before the first line, `rest` before the others). */
  text(text: string, first = "", rest = first): this {
    if (this.md) this.blocks.push([mdText(this.tx(`${first.trim() ? `${first.trim()} ` : ""}${text}`))]);
    else this.blocks.push(this.wrap(text, first, rest));
    return this;
  }

  /** A dimmed paragraph: notes, sources, caveats. */
  note(text: string, first = "", rest = first): this {
    if (this.md) return this.text(text, first, rest);
    this.blocks.push(this.wrap(text, first, rest).map((l) => this.c.dim(l)));
    return this;
  }

  /** A list under an optional heading: "  - item" lines in text, "- item" in Markdown. */
  list(items: readonly string[], heading?: string, bullet = "  - "): this {
    if (this.md) {
      const lines = items.map((x) => `- ${mdText(this.tx(x))}`);
      this.blocks.push(heading ? [mdText(this.tx(heading)), "", ...lines] : lines);
    } else
      this.blocks.push([
        ...(heading ? this.wrap(heading) : []),
        ...items.flatMap((x) => this.wrap(x, bullet, " ".repeat(bullet.length))),
      ]);
    return this;
  }

  /** An empty line (text only: Markdown separates every block). */
  blank(): this {
    if (!this.md) this.blocks.push([""]);
    return this;
  }

  table(columns: Column[], rows: string[][], opts: Omit<TableOptions, "colorOn" | "width" | "ascii"> = {}): this {
    if (this.md) {
      // every column and its full header (units included): a Markdown viewer scrolls, it does not drop
      this.blocks.push([markdownTable(columns, rows)]);
    } else
      this.blocks.push([
        renderTable(columns, rows, { ...opts, colorOn: this.view.colorOn, width: this.view.width, ascii: this.view.ascii }),
      ]);
    return this;
  }

  chart(spec: ChartInput): this {
    return this.pre(renderChart({ ...spec, ...this.drawing() }).split("\n"));
  }

  bars(spec: BarsInput): this {
    return this.pre(renderBars({ ...spec, ...this.drawing() }).split("\n"));
  }

  private drawing() {
    return { width: this.view.width, colorOn: this.view.colorOn && !this.md, ascii: this.view.ascii === true };
  }

  /** Lines laid out already (a chart): as they are in text, a code block in Markdown. */
  pre(lines: string[]): this {
    const text = lines.map((l) => this.tx(l));
    this.blocks.push(this.md ? ["```text", ...text, "```"] : text);
    return this;
  }

  toString(): string {
    if (this.md) return `${this.blocks.map((b) => b.join("\n")).join("\n\n")}\n`;
    return `${this.blocks.map((b) => b.join("\n")).join("\n")}\n`;
  }
}

/** Prose in Markdown: nothing a viewer would take for markup (emphasis, HTML, a table row). */
export function mdText(s: string): string {
  return s
    .replace(/\\/g, "\\\\")
    .replace(/([*`<>[\]])/g, "\\$1")
    .replace(/^([#>+-]|\d+\.)(\s)/, "\\$1$2")
    .replace(/\n/g, " ");
}
