import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/korus.js", import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns the built binary as a user would, with color decided by env only (no TTY in tests). */
export function korus(args: string[], env: Record<string, string | undefined> = {}): RunResult {
  const clean: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env };
  for (const k of Object.keys(clean)) if (clean[k] === undefined) delete clean[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: clean as NodeJS.ProcessEnv, cwd: ROOT });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

// biome-ignore lint: control character is the point
export const ANSI = /\u001b\[/;

/** The contract for bad input: exit 2, nothing on stdout, one line on stderr that matches `message`. */
export function expectUsageError(args: string[], message: RegExp): void {
  const r = korus(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
}
