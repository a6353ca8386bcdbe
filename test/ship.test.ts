import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, korus, ROOT } from "./helpers/run";

const tmp = mkdtempSync(join(tmpdir(), "korus-ship-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("packaging", () => {
  it("npm pack has only what the tool needs, and the installed korus works from any directory", () => {
    // --ignore-scripts: dist/ was built by `npm test`; rebuilding here would race the other test files
    const packed = JSON.parse(
      execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", tmp], { cwd: ROOT, encoding: "utf8" }),
    );
    const files: string[] = packed[0].files.map((f: { path: string }) => f.path).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        "bin/korus.js",
        "bin/package.json",
        "dist/korus.cjs",
        "dist/data/goodsAnnual.json",
        "dist/parts/check.cjs",
        "dist/load-dir.cjs",
        "package.json",
        "README.md",
        "data/SOURCES.md",
      ]),
    );
    expect(files.filter((f) => /^(src|test|scripts|node_modules)\//.test(f) || f.endsWith(".ts"))).toEqual([]);
    const tarball = join(tmp, packed[0].filename);
    // 450 KiB: Korea-side data and SOURCES-korea-side.md, origins and autos (November 2026); cli-table3 and asciichart are gone
    expect(statSync(tarball).size).toBeLessThan(450 * 1024);

    const prefix = join(tmp, "prefix");
    execFileSync("npm", ["install", "-g", "--prefix", prefix, "--no-audit", "--no-fund", "--offline", tarball], {
      encoding: "utf8",
      stdio: "pipe",
    });
    const elsewhere = mkdtempSync(join(tmp, "cwd-"));
    const bin = join(prefix, "bin", "korus");
    const run = (args: string[]) =>
      spawnSync(bin, args, { cwd: elsewhere, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const deficit = run(["deficit"]);
    expect([deficit.status, deficit.stderr]).toEqual([0, ""]);
    expect(deficit.stdout).toMatch(/^US goods trade balance with South Korea, 2006 → 2025/);
    const check = run(["check", "--article"]);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/│ TRUE\s+│ lighthizer-statement/);
    const convert = run(["convert", "13.2B", "--to", "EUR", "--date", "2017-07-13"]);
    expect(convert.stdout).toMatch(/^\$13\.20 billion = €11\.56 billion/);
    expect(readdirSync(elsewhere)).toEqual([]);
  }, 120_000);
});

describe("offline", () => {
  const probe = join(ROOT, "test", "helpers", "no-network.cjs");
  it.each([
    [["deficit"]],
    [["deficit", "--json", "--currency", "KRW"]],
    [["convert", "13.2B", "--to", "EUR", "--date", "2017-07-13"]],
    [["check", "--article"]],
    [["check", "Korea's surplus with the US was about $23 billion in 2017"]],
    [["partners", "--from", "2011"]],
    [["mirror"]],
    [["help", "data"]],
  ])("korus %j never touches the network", (args) => {
    const r = spawnSync(process.execPath, ["--require", probe, BIN, ...args], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(r.stderr).not.toContain("NETWORK USED");
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  const unshare = spawnSync("unshare", ["-n", "true"]).status === 0;
  it.runIf(unshare)("works in a network namespace with no network at all", () => {
    const r = spawnSync("unshare", ["-n", process.execPath, BIN, "check", "--article"], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("lighthizer-statement");
  });
});

describe("the shell", () => {
  it("bash completion loads without errors and completes commands, options and values", () => {
    const script = (line: string) =>
      spawnSync("bash", ["-c", `source <("${process.execPath}" "${BIN}" completion bash) && ${line}; echo "\${COMPREPLY[@]}"`], {
        encoding: "utf8",
      });
    const loaded = spawnSync("bash", ["-c", `source <("${process.execPath}" "${BIN}" completion bash)`], { encoding: "utf8" });
    expect([loaded.status, loaded.stderr]).toEqual([0, ""]);
    expect(script("COMP_WORDS=(korus de); COMP_CWORD=1; _korus").stdout.trim()).toBe("deficit");
    expect(script('COMP_WORDS=(korus convert 1B --to ""); COMP_CWORD=4; _korus').stdout.trim()).toBe("USD EUR KRW JPY CNY");
    expect(script('COMP_WORDS=(korus trade ""); COMP_CWORD=2; _korus').stdout).toMatch(/exports imports balance total/);
    expect(script("COMP_WORDS=(korus deficit --un); COMP_CWORD=2; _korus").stdout.trim()).toBe("--units");
    expect(script('COMP_WORDS=(korus deficit --units ""); COMP_CWORD=3; _korus').stdout.trim()).toBe("billions millions");
    expect(script("COMP_WORDS=(korus partners --year 2016 --js); COMP_CWORD=4; _korus").stdout.trim()).toBe("--json");
  });

  it("zsh and fish scripts name every command", async () => {
    const zsh = (await korus(["completion", "zsh"])).stdout;
    expect(zsh).toMatch(/^#compdef korus/);
    const fish = (await korus(["completion", "fish"])).stdout;
    for (const c of ["deficit", "convert", "check", "partners", "trade"]) expect(fish).toContain(`-a '${c}'`);
    expect(fish).toContain("-l 'currency' -xa 'USD EUR KRW JPY CNY'");
    const bad = await korus(["completion", "powershell"]);
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([
      2,
      "",
      'korus: no completion for "powershell": use one of bash, zsh, fish\n',
    ]);
  });

  it("has help topics in the style of gh help", async () => {
    expect((await korus(["help", "exit-codes"])).stdout).toMatch(/^Exit codes:\n {2}0 {2}success/);
    expect((await korus(["help", "data"])).stdout).toContain("us_korea_goods_annual.csv");
    expect((await korus(["help", "formats"])).stdout).toContain("schemaVersion");
    expect((await korus(["help", "convert"])).stdout).toMatch(/^Usage: korus convert/);
    const bad = await korus(["help", "nope"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^korus: no help for "nope": give a command \(deficit, .*\) or a topic \(exit-codes, data, formats, claims, verdicts\)\n$/,
    );
    const bare = await korus([]);
    expect([bare.code, bare.stderr]).toEqual([0, ""]);
    expect(bare.stdout).toMatch(/^Usage: korus/);
  });
});
