import { describe, expect, it } from "vitest";
import { partnersReport } from "../src/core/partners";
import dataset from "../src/data/dev-dataset";
import { renderBars, renderChart, stepDecimals, yTicks } from "../src/render/chart";
import { markdownTable } from "../src/render/table";
import { COMMANDS, readmeExamples } from "./helpers/commands";
import { korus } from "./helpers/run";

const TODAY = { today: "2026-11-29" };

describe("--ascii: plain ASCII from every command", () => {
  it("every command, variant and README example prints only ASCII", async () => {
    for (const argv of [...COMMANDS, ...readmeExamples()]) {
      const r = await korus([...argv, "--ascii"], {}, TODAY);
      expect(r.code, argv.join(" ")).toBe(0);
      const bad = r.stdout.split("\n").filter((l) => /[^\x20-\x7e]/.test(l));
      expect(bad, argv.join(" ")).toEqual([]);
    }
  });
  it("is the default when the locale is not UTF-8 or TERM=dumb, and not otherwise", async () => {
    const argv = ["deficit", "--from", "2011", "--to", "2016"];
    for (const env of [{ LANG: "C" }, { LC_ALL: "en_US.ISO-8859-1" }, { TERM: "dumb" }])
      expect((await korus(argv, env)).stdout, JSON.stringify(env)).not.toMatch(/[^\x20-\x7e\n]/);
    expect((await korus(argv, { LANG: "en_US.UTF-8" })).stdout).toContain("┌");
  });
});

/** The tables of a Markdown document: runs of lines that start with "|". */
function markdownTables(text: string): string[][] {
  const tables: string[][] = [];
  let current: string[] | null = null;
  let inCode = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("```")) inCode = !inCode;
    if (!inCode && line.startsWith("|")) {
      if (!current) {
        current = [];
        tables.push(current);
      }
      current.push(line);
    } else current = null;
  }
  return tables;
}
/** Cells of a table row: split on pipes that are not escaped. */
const cells = (row: string) =>
  row
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/);

const TABLE_COMMANDS = COMMANDS.filter(
  (argv) =>
    !["convert", "sources", "help"].includes(argv[0]!) &&
    !(argv[0] === "facts" && argv[1] === "deficit-2016") &&
    !(argv[0] === "check" && argv[1] === "foo bar"),
);

describe("--format markdown", () => {
  it("every command with a table prints GitHub-flavoured tables: header, separator row, same column count", async () => {
    for (const argv of TABLE_COMMANDS) {
      const r = await korus([...argv, "--format", "markdown"], {}, TODAY);
      expect(r.code, argv.join(" ")).toBe(0);
      const tables = markdownTables(r.stdout);
      expect(tables.length, argv.join(" ")).toBeGreaterThan(0);
      for (const t of tables) {
        expect(t[1], argv.join(" ")).toMatch(/^\|( (:---|---:) \|)+$/);
        const n = cells(t[0]!).length;
        for (const row of t) expect(cells(row).length, `${argv.join(" ")}: ${row}`).toBe(n);
      }
      expect(r.stdout, argv.join(" ")).toMatch(/Source|source URL|https:\/\//);
      // eslint-style: no box drawing outside code blocks
      const outside = r.stdout.replace(/```text[\s\S]*?```/g, "");
      expect(outside, argv.join(" ")).not.toMatch(/[┌└│]/);
    }
  });
  it("puts the chart in a code block and the source line after it", async () => {
    const r = await korus(["deficit", "--from", "2011", "--to", "2016", "--format", "markdown"]);
    expect(r.stdout).toMatch(
      /```text\nUS goods trade balance with South Korea, \$ billions[\s\S]+┤[\s\S]+```\n\nSource: U\.S\. Census Bureau/,
    );
    expect(r.stdout).toContain("| 2016 | 42.3 | 69.9 | -27.6 | +0.7 | deficit narrowed |");
  });
  it("check: the verdict in bold, the evidence as a table, lists as lists", async () => {
    const r = await korus([
      "check",
      "The deficit with Korea doubled between 2011 and 2016",
      "--as-of",
      "2017-07-13",
      "--format",
      "markdown",
    ]);
    expect(r.stdout).toMatch(/^\*\*TRUE\*\* The deficit with Korea doubled between 2011 and 2016\n/);
    expect(r.stdout).toContain("| South Korea | 2016 | US goods deficit | 27,624.6 |");
    expect(r.stdout).toMatch(/\*\*Caveats:\*\*\n- /);
    const text = await korus(
      ["check", "-", "--format", "markdown", "--as-of", "2017-07-13"],
      {},
      { stdin: "The deficit with Korea doubled between 2011 and 2016. Nice." },
    );
    expect(text.stdout).toMatch(/\| # \| Verdict \| Sentence \| Why \|/);
  });
  it("escapes pipes in cells and joins header lines", () => {
    const t = markdownTable(
      [{ header: "Name\n(unit)", align: "left" }, { header: "Value" }],
      [
        ["a | b", "1"],
        ["two\nlines", "2"],
      ],
    ).split("\n");
    expect(t[0]).toBe("| Name (unit) | Value |");
    expect(t[1]).toBe("| :--- | ---: |");
    expect(t[2]).toBe("| a \\| b | 1 |");
    expect(t[3]).toBe("| two<br>lines | 2 |");
  });
  it("is a usage error beside a different --json or --csv, and refuses unknown formats", async () => {
    const both = await korus(["deficit", "--csv", "--format", "markdown"]);
    expect([both.code, both.stdout]).toEqual([2, ""]);
    expect(both.stderr).toMatch(/--csv and --format markdown cannot be combined/);
    expect((await korus(["deficit", "--format", "html"])).code).toBe(2);
    expect(JSON.parse((await korus(["deficit", "--format", "json"])).stdout).command).toBe("deficit");
  });
});

/** The rows of a chart between its title and its x axis, without the y labels. */
function plotRows(text: string, title: string): { label: string; cells: string }[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(title));
  const out: { label: string; cells: string }[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const m = /^(\s*-?[\d.,]*) ([┤│])(.*)$/.exec(lines[i]!);
    if (!m) {
      if (out.length) break;
      continue;
    }
    out.push({ label: m[1]!.trim(), cells: m[3]! });
  }
  return out;
}

describe("charts that do not mislead", () => {
  it("labels the y axis with the decimals its step needs", async () => {
    expect([stepDecimals(5), stepDecimals(2.5), stepDecimals(0.25), stepDecimals(20)]).toEqual([0, 1, 2, 0]);
    const r = await korus(["deficit", "--from", "1994", "--to", "1999"]);
    const labels = plotRows(r.stdout, "US goods trade balance with South Korea, $")
      .map((x) => x.label)
      .filter(Boolean);
    expect(labels).toEqual(["5.0", "2.5", "0.0", "-2.5", "-5.0", "-7.5", "-10.0"]);
  });
  it("shows every series of partners --from 2015 --to 2023, Korea drawn last in its own heavy line", async () => {
    for (const width of [60, 80, 120]) {
      const r = await korus(["partners", "--from", "2015", "--to", "2023", "--width", String(width)]);
      const plot = plotRows(r.stdout, "US goods deficit by partner")
        .map((x) => x.cells)
        .join("\n");
      // ── China, ══ Japan, •• Mexico, ++ Canada, ×× Germany, ━━ South Korea (the legend says so)
      expect(r.stdout).toMatch(/━━ South Korea ◀/);
      for (const glyph of ["─", "═", "•", "+", "×", "━"]) expect(plot, `${glyph} at ${width}`).toContain(glyph);
    }
  });
  it("draws the zero line in a glyph no series uses, and never puts a non-zero value on it", () => {
    const text = renderChart({
      title: "t",
      labels: ["2001", "2002", "2003", "2004"],
      series: [{ name: "a", values: [-10, -12, -80, -95] }],
      width: 60,
      colorOn: false,
    });
    const rows = plotRows(text, "t");
    const zero = rows.find((x) => x.label === "0")!;
    expect(zero.cells).toMatch(/^┈+$/);
    const t = yTicks(-95, -10, 12);
    expect(t.max).toBe(0);
  });
  it("shows one period as a single labelled point", async () => {
    const r = await korus(["deficit", "--from", "2016", "--to", "2016"]);
    expect(r.stdout).toMatch(/● -27\.6/);
    expect(r.stdout).toMatch(/^\s+2016$/m);
    // several series in one period: a bar each, named, instead of points hiding each other
    const partners = await korus(["partners", "--from", "2016", "--to", "2016"]);
    expect(partners.stdout).toMatch(/US goods deficit by partner, \$ billions, 2016\nSouth Korea ◀\s+27\.6 │█+\n/);
    expect(partners.stdout).toMatch(/^Japan\s+68\.8 │█+$/m);
  });
  it("always labels the last period, at 40 to 200 columns", async () => {
    for (const width of [40, 50, 60, 80, 200]) {
      const r = await korus(["deficit", "--all", "--width", String(width)]);
      const lines = r.stdout.split("\n");
      const axis = lines.findIndex((l) => /^\s+└/.test(l));
      expect(lines[axis + 1]!.trimEnd(), String(width)).toMatch(/2025$/);
    }
  });
  it("says when a column averages several periods", async () => {
    const r = await korus(["deficit", "--monthly", "--all", "--width", "80"]);
    expect(r.stdout).toMatch(/each column averages about \d+\.\d months \(496 in \d+ columns/);
    expect((await korus(["deficit", "--width", "80"])).stdout).not.toContain("each column averages");
  });
  it("partners --year draws a horizontal bar chart, Korea marked", async () => {
    const r = await korus(["partners", "--year", "2016"]);
    expect(r.stdout).toMatch(/^China\s+-346\.8 █+│$/m);
    expect(r.stdout).toMatch(/^South Korea ◀\s+-27\.6 \s*█+│$/m);
    const bars = renderBars({
      title: "b",
      items: [
        { label: "a", value: -10 },
        { label: "b", value: 5, highlight: true },
        { label: "c", value: null },
      ],
      width: 40,
      colorOn: false,
      ascii: true,
    });
    expect(bars).toMatch(/^a\s+-10\.0 #+\|$/m);
    expect(bars).toMatch(/^b <\s+5\.0\s+\|#+$/m);
    expect(bars).toMatch(/^c\s+n\/a\s+\|$/m);
    expect(partnersReport(dataset, { year: "2016" }).view).toBe("year");
  });
});
