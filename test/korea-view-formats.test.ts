import { describe, expect, it } from "vitest";
import { korus } from "./helpers/run";

/** Markdown outside its ```text code blocks. */
const prose = (md: string) => md.replace(/```text[\s\S]*?```/g, "");

describe("origins --format markdown", () => {
  it("the headline in bold, the partners as a GFM table, the chart in a code block, notes as paragraphs", async () => {
    const r = await korus(["origins", "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\*\*Korea's imports from the US fell 3\.0% \(2011 → 2016\); from the world 22\.5%/);
    expect(r.stdout).toMatch(/\n\n\*\*Not so for China \(\+0\.6%\), .*\.\*\*\n\n/);
    expect(r.stdout).toContain(
      "| Partner | 2011 $ millions | 2016 $ millions | Change $ millions | Change % | Share 2011 | Share 2016 |",
    );
    expect(r.stdout).toContain(
      "| World without the US (computed) | 479,844.1 | 362,977.0 | -116,867.1 | -24.4% | 91.50% | 89.36% |",
    );
    expect(r.stdout).toMatch(/^\| EU28 \(fixed membership; sum of members\) \| 47,444\.0 \|/m);
    expect(r.stdout).toMatch(/\n\nMuch of the fall is fuel prices: .*\n\n/);
    expect(r.stdout).toMatch(
      /```text\nKorea's imports by origin, indexed \(2011 = 100\)\n[\s\S]+?```\n\nNote: World without the US/,
    );
    expect(r.stdout).toMatch(/\n\nSource: Korea Customs Service via KOSIS[^\n]+https:\/\/kosis\.kr\S+\n$/);
    // nothing laid out to a width outside the code block: one line per paragraph, no box drawing
    expect(prose(r.stdout)).not.toMatch(/[┌└│]/);
    expect(prose(r.stdout)).not.toMatch(/\n {2}\S/);
  });
  it("--year: one table with every column; --no-chart: no code block", async () => {
    const r = await korus(["origins", "--year", "2016", "--format", "markdown", "--width", "40"]);
    expect(r.stdout).toMatch(/^\*\*Korea's imports by origin, 2016, \$ millions \(Korea-reported, imports c\.i\.f\.\)\*\*\n\n/);
    expect(r.stdout).toContain("| Partner | Imports $ millions | Share of the world |");
    expect(r.stdout).toContain("| World without the US (computed) | 362,977.0 | 89.36% |");
    const plain = await korus(["origins", "--no-chart", "--format", "markdown"]);
    expect(plain.stdout).not.toContain("```");
  });
});

describe("autos --format markdown", () => {
  it("each basis its own heading and table, 'not found' kept, two charts in code blocks", async () => {
    const r = await korus(["autos", "--format", "markdown"]);
    expect(r.code).toBe(0);
    const tables = r.stdout.split("\n").filter((l) => l.startsWith("| Year |"));
    expect(tables).toEqual([
      "| Year | Automotive total | passenger cars, new and used | trucks, buses, special purpose vehicles | bodies, engines and parts, tires, other parts | All US imports from Korea | Automotive share | US auto exports to Korea |",
      "| Year | HS 87 exports to the US | HS 87 imports from the US | HS 87 surplus | Korea's whole surplus with US | Autos' share of the surplus |",
    ]);
    const us = r.stdout.indexOf("**(a) US-reported");
    const kr = r.stdout.indexOf("**(b) Korea-reported");
    expect(us).toBeGreaterThan(0);
    expect(kr).toBeGreaterThan(us);
    expect(r.stdout.indexOf(tables[0]!)).toBeGreaterThan(us);
    expect(r.stdout.indexOf(tables[0]!)).toBeLessThan(kr);
    expect(r.stdout.indexOf(tables[1]!)).toBeGreaterThan(kr);
    expect(r.stdout).toContain(
      "| 2023 | 42,141.1 | 30,651.8 | 16.0 | 11,473.3 | 116,314.6<br>(now 116,305.5) | 36.2% | not found |",
    );
    expect(r.stdout).toContain("| 2016 | 21,853.3 | 2,140.5 | 19,712.8 | 23,246.4 | 84.8% |");
    expect(r.stdout).toMatch(
      /\n\n2011 → 2016: Korea's surplus with the US changed by \+11,607\.7 \$M, the HS 87 surplus by \+6,871\.4: autos account for 59% of the change\.\n\n/,
    );
    expect(r.stdout.match(/```text\n/g)).toHaveLength(2);
    expect(r.stdout).toMatch(/\n\nNote: Each side's figures are on its own basis .* never summed or netted across bases\.\n$/);
    expect(prose(r.stdout)).not.toMatch(/[┌└│]/);
  });
  it("--ascii Markdown is plain ASCII", async () => {
    for (const argv of [["autos"], ["origins"]]) {
      const r = await korus([...argv, "--format", "markdown", "--ascii"]);
      expect(r.stdout.split("\n").filter((l) => /[^\x20-\x7e]/.test(l))).toEqual([]);
    }
  });
});

describe("origins and autos: --format beside --json and --csv, as in the other views", () => {
  it.each(["origins", "autos"])("%s: --format json/csv are --json/--csv; a different pair is a usage error", async (cmd) => {
    expect((await korus([cmd, "--format", "json"])).stdout).toBe((await korus([cmd, "--json"])).stdout);
    expect((await korus([cmd, "--format", "csv"])).stdout).toBe((await korus([cmd, "--csv"])).stdout);
    expect((await korus([cmd, "--format", "text"])).stdout).toBe((await korus([cmd])).stdout);
    expect((await korus([cmd, "--json", "--format", "json"])).code).toBe(0);
    for (const [flag, format] of [
      ["--csv", "markdown"],
      ["--json", "csv"],
      ["--csv", "text"],
    ] as const) {
      const r = await korus([cmd, flag, "--format", format]);
      expect([r.code, r.stdout], `${flag} --format ${format}`).toEqual([2, ""]);
      expect(r.stderr).toMatch(new RegExp(`^korus: ${flag} and --format ${format} cannot be combined`));
    }
    const bad = await korus([cmd, "--format", "html"]);
    expect([bad.code, bad.stdout]).toEqual([2, ""]);
    expect((await korus([cmd, "--help"])).stdout).toMatch(/--format <format>\s+output format: text, markdown/);
  });
});
