// The few tests that need a real process: the shebang and start-up, exit codes as a shell sees them, pipes,
// the bundle's own data sections, and a --json round trip through the built binary. Everything
// else runs in-process through main(argv, io) (test/helpers/run.ts).
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { version } from "../package.json";
import { ANSI, BIN, korus, korusBin, ROOT } from "./helpers/run";

describe("the built binary", () => {
  it("starts from its shebang and prints the version", () => {
    const r = spawnSync(BIN, ["--version"], { encoding: "utf8" });
    // the version and, on a second line, the data's vintage (issue 12)
    expect([r.status, r.stdout.split("\n")[0], r.stderr]).toEqual([0, `korus ${version}`, ""]);
    expect(r.stdout).toMatch(
      /\ndata: US Census Bureau goods trade through \d{4}-\d{2} \(full years through \d{4}\)\nlatest Census release bundled: census_\S+ \(\d{4}-\d{2}-\d{2}\)\n$/,
    );
  });

  it("gives the documented exit codes", () => {
    expect(korusBin(["deficit", "--json"]).code).toBe(0);
    expect(korusBin(["deficit"], { KORUS_DATA_DIR: join(ROOT, "nope") }).code).toBe(1);
    expect(korusBin(["deficit", "--from", "1900"]).code).toBe(2);
    expect(korusBin(["check", "The deficit with Korea quadrupled between 2011 and 2016", "--exit-status"]).code).toBe(3);
    expect(korusBin(["check", "bananas are yellow", "--exit-status"]).code).toBe(4);
  });

  it("prints the same --json as the sources run in-process (the bundle and its data sections agree)", async () => {
    for (const args of [
      ["deficit", "--json"],
      ["partners", "--year", "2016", "--json"],
      ["check", "--article", "--json"],
    ]) {
      const bin = korusBin(args);
      expect(bin.code).toBe(0);
      expect(JSON.parse(bin.stdout)).toEqual(JSON.parse((await korus(args)).stdout));
    }
  });

  it("colors on FORCE_COLOR, not when piped, never in --json", () => {
    expect(korusBin(["deficit"], { FORCE_COLOR: "1" }).stdout).toMatch(ANSI);
    expect(korusBin(["deficit"]).stdout).not.toMatch(ANSI);
    expect(korusBin(["deficit", "--json"], { FORCE_COLOR: "1" }).stdout).not.toMatch(ANSI);
  });

  it("ends quietly when the reader closes the pipe early", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" deficit --all --monthly | head -3`], { encoding: "utf8" });
    expect(r.stdout.split("\n")).toHaveLength(4);
    expect(r.stderr).toBe("");
  });

  it("says in one line that the build is missing, never a stack", () => {
    const copy = mkdtempSync(join(tmpdir(), "korus-nobuild-"));
    try {
      cpSync(join(ROOT, "bin"), join(copy, "bin"), { recursive: true });
      const r = spawnSync(process.execPath, [join(copy, "bin", "korus.js"), "deficit"], { encoding: "utf8" });
      expect([r.status, r.stdout]).toEqual([1, ""]);
      expect(r.stderr).toBe("korus: the build is missing or damaged: run npm run build\n");
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe("the build", () => {
  it("refuses a corrupt data file with file and line, and leaves dist/ as it was", () => {
    const dir = mkdtempSync(join(tmpdir(), "korus-build-data-"));
    try {
      cpSync(join(ROOT, "data"), dir, { recursive: true });
      writeFileSync(
        join(dir, "fx_annual.csv"),
        "year,krw_per_usd,usd_per_eur,eur_per_usd,jpy_per_usd,cny_per_usd,usd_per_eur_method\n1981,-5,,,220.6,1.71,\n",
      );
      const r = spawnSync(process.execPath, ["scripts/build.mjs"], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, KORUS_BUILD_DATA_DIR: dir },
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("fx_annual.csv:2: krw_per_usd: expected a positive number");
      expect(korusBin(["--version"]).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
