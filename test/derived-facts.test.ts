// Facts about the data (coverage, defaults, partners, anchors, vintage notes) are derived from the data, never
// written in code: a data/ copy with one more year, or another anchor, changes help, defaults and notes with it.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { korus, ROOT } from "./helpers/run";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function dataCopy(edit: (dir: string) => void): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "korus-facts-"));
  dirs.push(dir);
  cpSync(join(ROOT, "data"), dir, { recursive: true });
  edit(dir);
  return { KORUS_DATA_DIR: dir, NO_COLOR: "1" };
}

// A made-up 2026 (test data, not a figure of any source): the subject's row in both files that must agree.
const oneMoreYear = dataCopy((dir) => {
  appendFileSync(join(dir, "us_korea_goods_annual.csv"), "2026,70000.0,120000.0,-50000.0,census_c5800_scrape_2026-06-17\n");
  appendFileSync(
    join(dir, "us_partner_goods_annual.csv"),
    "2026,South Korea,5800,70000.0,120000.0,-50000.0,census_c5800_scrape_2026-06-17\n",
  );
});

describe("a data/ copy with one more year", () => {
  it("moves help texts, default ranges and coverage with it", async () => {
    expect((await korus(["deficit", "--help"])).stdout).toContain("the whole series (1985-2025,");
    expect((await korus(["deficit", "--help"], oneMoreYear)).stdout).toContain("the whole series (1985-2026,");
    // only Korea has 2026: the partners' default stays the latest year every partner has (issue 12)
    expect((await korus(["partners", "--help"], oneMoreYear)).stdout).toMatch(
      /default: the latest with data for\s+every partner, 2025/,
    );
    const json = JSON.parse((await korus(["deficit", "--json"], oneMoreYear)).stdout);
    expect(json.range).toEqual({ from: "2006", to: "2026" });
    expect(json.coverage).toEqual({ from: "1985", to: "2026" });
    expect((await korus(["help", "data"], oneMoreYear)).stdout).toMatch(/us_korea_goods_annual\.csv\s+1985-2026/);
  });

  it("notes the partners whose data stop earlier, and never ranks them", async () => {
    const r = JSON.parse((await korus(["partners", "--from", "2024", "--json"], oneMoreYear)).stdout);
    expect(r.range).toEqual({ from: "2024", to: "2026" });
    expect(r.notes.join(" ")).toMatch(/Not every partner has data for every year: China 1985-2025, Japan 1985-2025/);
    expect(r.koreaRank.at(-1)).toEqual({ year: 2026, rank: 1, of: 1 });
  });

  it("takes KORUS's dates from the timeline's anchors", async () => {
    const moved = dataCopy((dir) => {
      const file = join(dir, "korus_timeline.csv");
      const text = readFileSync(file, "utf8")
        .replace(",talks-launched\n", ",\n")
        .replace(",talks-concluded\n", ",talks-launched\n");
      writeFileSync(file, text);
    });
    expect(JSON.parse((await korus(["deficit", "--json"], moved)).stdout).range.from).toBe("2007");
    expect((await korus(["deficit", "--help"], moved)).stdout).toContain("Default range: 2007 (launch of KORUS talks)");
    const none = dataCopy((dir) => {
      const file = join(dir, "korus_timeline.csv");
      writeFileSync(file, readFileSync(file, "utf8").replace(",in-force\n", ",\n"));
    });
    const r = await korus(["deficit"], none);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(r.stderr).toBe(
      "korus: korus_timeline.csv:1: no event has the anchor in-force (korus needs talks-launched, in-force, column anchor)\n",
    );
  });

  it("refuses a partners file whose Korea rows differ from the annual file", async () => {
    const r = await korus(
      ["deficit"],
      dataCopy((dir) => {
        const file = join(dir, "us_partner_goods_annual.csv");
        writeFileSync(
          file,
          readFileSync(file, "utf8").replace(
            "2016,South Korea,5800,42262.2,69886.8,-27624.6",
            "2016,South Korea,5800,42263.2,69886.8,-27623.6",
          ),
        );
      }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^korus: us_partner_goods_annual\.csv:188: South Korea 2016 is 42263\.2\/69886\.8\/-27623\.6 \(exports\/imports\/balance\), but us_korea_goods_annual\.csv:33 has 42262\.2\/69886\.8\/-27624\.6\n$/,
    );
  });
});
