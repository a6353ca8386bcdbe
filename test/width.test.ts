import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decideAscii, decideWidth } from "../src/context";
import { wrapLines, wrapText } from "../src/render/format";
import { renderTable } from "../src/render/table";
import { displayWidth, toAscii } from "../src/render/text-width";
import { COMMANDS, helpExamples, readmeExamples } from "./helpers/commands";
import { korus, ROOT } from "./helpers/run";

const WIDTHS = [40, 60, 80, 200];
const overWidth = (text: string, width: number) => text.split("\n").filter((l) => displayWidth(l) > width);

describe("every view fits the width (--width 40, 60, 80, 200)", () => {
  const runs = [...COMMANDS, ...readmeExamples()];
  it("has README examples to run", () => {
    expect(readmeExamples().length).toBeGreaterThanOrEqual(3);
  });
  it.each(WIDTHS)("no line is wider than %d columns, in any command, README or --help example", async (width) => {
    const examples = await helpExamples((argv) => korus(argv));
    expect(examples.length).toBeGreaterThan(15);
    for (const argv of [...runs, ...examples]) {
      const r = await korus([...argv, "--width", String(width)], {}, { today: "2026-11-29" });
      expect([r.code, argv.join(" ")]).toEqual([0, argv.join(" ")]);
      expect(overWidth(r.stdout, width), `${argv.join(" ")} at ${width}`).toEqual([]);
    }
  });
  it("the same with --ascii, where every character is one column", async () => {
    for (const argv of runs) {
      const r = await korus([...argv, "--ascii", "--width", "60"], {}, { today: "2026-11-29" });
      expect(
        r.stdout.split("\n").filter((l) => l.length > 60),
        argv.join(" "),
      ).toEqual([]);
    }
  });
});

describe("the width is decided once: --width, the terminal, COLUMNS, 80", () => {
  it.each([
    [{ columns: 100, env: { COLUMNS: "70" } }, 90, 90],
    [{ columns: 100, env: { COLUMNS: "70" } }, undefined, 100],
    [{ columns: undefined, env: { COLUMNS: "70" } }, undefined, 70],
    [{ columns: undefined, env: { COLUMNS: "wide" } }, undefined, 80],
    [{ columns: undefined, env: { COLUMNS: "12" } }, undefined, 30],
    [{ columns: undefined, env: {} }, undefined, 80],
  ])("%j with --width %s: %d", (io, flag, width) => {
    expect(decideWidth(io, flag)).toBe(width);
  });
  it("COLUMNS reaches a piped run", async () => {
    const r = await korus(["deficit", "--from", "2011", "--to", "2016"], { COLUMNS: "50" });
    expect(overWidth(r.stdout, 50)).toEqual([]);
    expect(overWidth(r.stdout, 45).length).toBeGreaterThan(0);
  });
});

describe("tables fit: wrap, short headers, dropped columns in the declared order, then records", () => {
  const columns = [
    { header: "Year", align: "left" as const },
    { header: "Amount\n$ billions", short: "Amount" },
    { header: "Detail", short: "Det.", drop: 2 },
    { header: "Comment", align: "left" as const, wrap: true, drop: 1 },
  ];
  const rows = [
    ["2016", "27.6", "some detail", "a long comment that wraps at word boundaries when the table is narrow"],
    ["2017", "23.1", "more", "short"],
  ];
  const draw = (width: number) => renderTable(columns, rows, { colorOn: false, width, unitNote: "Amounts in $ billions." });
  it("wide: as is, one line per row", () => {
    const t = draw(200);
    expect(t).toContain("a long comment that wraps at word boundaries when the table is narrow");
    expect(t).toContain("$ billions");
  });
  it("narrower: the text column wraps at word boundaries before anything is dropped", () => {
    const t = draw(60);
    expect(overWidth(t, 60)).toEqual([]);
    expect(t).toMatch(/│ a long comment that\s+│/);
    expect(t).toContain("Detail");
  });
  it("narrower still: short headers (units said under the table), then the lowest drop rank goes first", () => {
    const t = draw(34);
    expect(overWidth(t, 34)).toEqual([]);
    expect(t).toContain("Amounts in $ billions.");
    expect(t).not.toMatch(/│ Comment/);
    expect(t).toContain("Not shown at this width: Comment");
  });
  it("too narrow for two columns: one block per row", () => {
    const t = renderTable(columns, rows, { colorOn: false, width: 30, minColumns: 4 });
    expect(overWidth(t, 30)).toEqual([]);
    expect(t).toMatch(/^Year:\s+2016$/m);
    expect(t).toMatch(/^Amount \$ billions:\s+27\.6$/m);
    expect(t.split("\n\n")).toHaveLength(2);
  });
  it("measures display width: a wide character takes two columns, ₩ and box drawing one", () => {
    expect(displayWidth("한국")).toBe(4);
    expect(displayWidth("₩32.0T ┄")).toBe(8);
    const t = renderTable([{ header: "Name", align: "left" }], [["한국"], ["Korea"]], { colorOn: false });
    const widths = new Set(t.split("\n").map(displayWidth));
    expect(widths.size).toBe(1);
  });
});

describe("prose wraps at word boundaries, never wider than the width", () => {
  it("wraps under a hanging indent", () => {
    expect(wrapLines("one two three four five six", 16, "- ", "  ")).toEqual(["- one two three", "  four five six"]);
  });
  it("breaks a word longer than the line (a URL) after a slash", () => {
    const lines = wrapText("see https://www.census.gov/foreign-trade/balance/c5800.html now", 30).split("\n");
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(30);
    expect(lines.join("")).toContain("https://www.census.gov/foreign-trade/balance/c5800.html".slice(0, 20));
  });
  it("--events lines wrap instead of being cut", async () => {
    const r = await korus(["deficit", "--events", "--from", "2017", "--to", "2018", "--width", "60"]);
    expect(r.stdout).not.toContain("…\n");
    expect(overWidth(r.stdout, 60)).toEqual([]);
  });
});

describe("ASCII is decided once: --ascii, TERM=dumb, a locale that is not UTF-8", () => {
  it.each([
    [{}, false, false],
    [{}, true, true],
    [{ TERM: "dumb" }, false, true],
    [{ LANG: "en_US.UTF-8" }, false, false],
    [{ LANG: "C" }, false, true],
    [{ LANG: "en_US.UTF-8", LC_ALL: "POSIX" }, false, true],
    [{ LC_CTYPE: "ko_KR.utf8", LANG: "C" }, false, false],
    [{ LC_ALL: "", LANG: "de_DE.ISO-8859-1" }, false, true],
  ])("%j --ascii=%s: %s", (env, flag, ascii) => {
    expect(decideAscii({ env }, flag)).toBe(ascii);
  });
  it("maps glyphs to ASCII", () => {
    expect(toAscii("◆ ▲ ┄ ┈ → × − ₩32.0T €11.6 CN¥2")).toBe("* ^ - . -> x - KRW 32.0T EUR 11.6 CNY 2");
  });
});

describe("the README's 60-column example", () => {
  it("is what korus prints", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const cmd = "$ korus deficit --from 2014 --to 2016 --width 60 --height 6\n";
    const start = readme.indexOf(cmd) + cmd.length;
    const shown = readme.slice(start, readme.indexOf("\n```", start));
    const r = await korus(["deficit", "--from", "2014", "--to", "2016", "--width", "60", "--height", "6"]);
    expect(r.stdout.trimEnd()).toBe(shown);
    expect(overWidth(shown, 60)).toEqual([]);
  });
});
