// A missing or damaged dist/ gives one line and exit 1, never a stack or a NaN; a build swaps its files
// in without a moment where korus cannot find one.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers/run";

const tmp = mkdtempSync(join(tmpdir(), "korus-dist-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const DAMAGED = "korus: the build is missing or damaged: run npm run build\n";

/** A copy of bin/ and dist/ with `damage` applied; korus run from it. */
function damaged(name: string, damage: (dist: string) => void) {
  const root = join(tmp, name);
  cpSync(join(ROOT, "bin"), join(root, "bin"), { recursive: true });
  cpSync(join(ROOT, "dist"), join(root, "dist"), { recursive: true });
  damage(join(root, "dist"));
  return (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(root, "bin", "korus.js"), ...args], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", ...env },
    });
}
const edit = (file: string, f: (t: string) => string) => writeFileSync(file, f(readFileSync(file, "utf8")));

describe("a missing or damaged dist/", () => {
  it.each([
    ["dist/ missing", (d: string) => rmSync(d, { recursive: true }), ["deficit"]],
    ["dist/korus.cjs cut short", (d: string) => edit(join(d, "korus.cjs"), (t) => t.slice(0, t.length / 2)), ["--version"]],
    ["dist/data missing", (d: string) => rmSync(join(d, "data"), { recursive: true }), ["deficit"]],
    ["a data section missing", (d: string) => rmSync(join(d, "data", "fxMonthly.json")), ["rates", "--monthly"]],
    [
      "a data value edited",
      (d: string) => edit(join(d, "data", "goodsAnnual.json"), (t) => t.replace('"balance":-27624.6', '"balance":"x"')),
      ["deficit"],
    ],
    [
      "a data row removed",
      (d: string) => edit(join(d, "data", "goodsAnnual.json"), (t) => JSON.stringify(JSON.parse(t).slice(1))),
      ["deficit", "--all"],
    ],
    ["a data section not JSON", (d: string) => writeFileSync(join(d, "data", "meta.json"), "{"), ["sources"]],
    ["a part missing", (d: string) => rmSync(join(d, "parts", "trade.cjs")), ["trade"]],
    ["a part cut short", (d: string) => edit(join(d, "parts", "deficit.cjs"), (t) => t.slice(0, 1000)), ["deficit"]],
    ["the validator missing (KORUS_DATA_DIR)", (d: string) => rmSync(join(d, "load-dir.cjs")), ["deficit"]],
  ] as const)("%s: one line, exit 1", (name, damage, args) => {
    const run = damaged(name.replace(/\W+/g, "-"), damage);
    const env: Record<string, string> = name.includes("KORUS_DATA_DIR") ? { KORUS_DATA_DIR: join(ROOT, "data") } : {};
    const r = run([...args], env);
    expect([r.status, r.stdout, r.stderr]).toEqual([1, "", DAMAGED]);
  });

  it("an intact copy runs (the damage above is what fails)", () => {
    const r = damaged("intact", () => {})(["deficit", "--all"]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).not.toMatch(/NaN|undefined|Infinity/);
  });
});

describe("the build", () => {
  it("swaps dist/ in file by file: korus runs throughout a build, and no build folder is left", async () => {
    const root = join(tmp, "project");
    for (const d of ["bin", "data", "scripts", "src", "dist"]) cpSync(join(ROOT, d), join(root, d), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(root, "package.json"));
    symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
    const build = spawn(process.execPath, [join(root, "scripts", "build.mjs")], { stdio: "ignore" });
    const done = new Promise<number | null>((resolve) => build.on("exit", resolve));
    let running = true;
    void done.then(() => {
      running = false;
    });
    const failures: string[] = [];
    let runs = 0;
    while (running || runs < 2) {
      for (const args of [["deficit"], ["trade", "--monthly"]]) {
        const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const p = spawn(process.execPath, [join(root, "bin", "korus.js"), ...args], { stdio: ["ignore", "ignore", "pipe"] });
          let stderr = "";
          p.stderr.on("data", (c) => {
            stderr += c;
          });
          p.on("exit", (code) => resolve({ code, stderr }));
        });
        runs++;
        if (r.code !== 0) failures.push(`${args.join(" ")}: ${r.code} ${r.stderr}`);
      }
    }
    expect(await done).toBe(0);
    expect(failures).toEqual([]);
    expect(readdirSync(root).filter((f) => f.startsWith("dist."))).toEqual([]);
  }, 120_000);
});
