import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { main } from "../../src/cli";
import type { Io } from "../../src/context";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/korus.js", import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs korus in this process through the one boundary, main(argv, io), as the binary would: stdout not a
 * terminal, color decided by env only. The environment is exactly `env` (no process.env leaks in).
 */
export async function korus(
  args: string[],
  env: Record<string, string | undefined> = {},
  input: { stdin?: string; today?: string } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    out: (s) => {
      stdout += s;
    },
    err: (s) => {
      stderr += s;
    },
    isTTY: false,
    columns: undefined,
    env,
    stdin: async () => input.stdin ?? "",
    today: () => input.today ?? new Date().toISOString().slice(0, 10),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Spawns the built binary (bin/korus.js → dist/), for what only a real process shows: start-up, pipes, the bundle. */
export function korusBin(args: string[], env: Record<string, string | undefined> = {}): RunResult {
  const clean: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env };
  for (const k of Object.keys(clean)) if (clean[k] === undefined) delete clean[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: clean as NodeJS.ProcessEnv, cwd: ROOT });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: an ANSI escape is what these tests look for
export const ANSI = /\u001b\[/;

/** The contract for bad input: exit 2, nothing on stdout, one line on stderr that matches `message`. */
export async function expectUsageError(args: string[], message: RegExp): Promise<void> {
  const r = await korus(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
}
