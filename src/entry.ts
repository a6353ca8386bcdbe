import { fstatSync, readFileSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { main } from "./cli";
import type { Io } from "./context";
import { safeText } from "./render/safe-text";

/**
 * Node reopens a closed stdout (`korus … >&-`) on /dev/null, read-write, so writes to it succeed and vanish. A shell's
 * `> /dev/null` opens it write-only, and on Linux the access mode in /proc tells the two apart. A parent process that
 * ignores korus's output (spawn with stdio "ignore") also gives it /dev/null read-write, and nothing tells that from
 * a closed stdout: so only a person at a terminal (stderr a TTY), who can read the message, is told. Elsewhere a
 * closed stdout goes unnoticed, as before.
 */
function stdoutClosed(): boolean {
  if (process.platform !== "linux" || !process.stderr.isTTY) return false;
  try {
    const out = fstatSync(1);
    const nul = statSync("/dev/null");
    if (!out.isCharacterDevice() || out.rdev !== nul.rdev) return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync("/proc/self/fdinfo/1", "utf8"))?.[1];
    return flags !== undefined && (Number.parseInt(flags, 8) & 3) === 2;
  } catch {
    return false;
  }
}

/** The only code that touches process: builds the Io, runs main, sets the exit code (never exits). */
export function run(): void {
  const stdout = process.stdout;
  if (stdoutClosed()) {
    process.stderr.write("korus: standard output is closed: nothing can be written (redirect it to a file or /dev/null)\n");
    process.exitCode = 1;
    return;
  }
  // set once stdout fails: the rest of the output is dropped and the run ends with exit 1, whatever main returns
  let failed = false;
  const fail = (e: NodeJS.ErrnoException) => {
    // `korus … | head -1` closes the pipe early: that is the reader's choice, not an error.
    if (failed || e.code === "EPIPE") return;
    failed = true;
    process.exitCode = 1;
    const why = e.code === "ENOSPC" ? " (no space left on the device)" : "";
    process.stderr.write(`korus: cannot write to standard output: ${safeText(e.code ?? e.message)}${why}\n`);
  };
  stdout.on("error", fail);
  // nowhere to say that stderr failed: the exit code still tells
  process.stderr.on("error", () => {});
  const io: Io = {
    out: (s) => {
      if (failed) return;
      try {
        stdout.write(s);
      } catch (e) {
        fail(e as NodeJS.ErrnoException);
      }
    },
    err: (s) => {
      try {
        process.stderr.write(s);
      } catch {
        // as above: an unwritable stderr leaves the exit code to speak
      }
    },
    isTTY: stdout.isTTY === true,
    columns: stdout.isTTY ? stdout.columns : undefined,
    env: process.env,
    stdin: async () => {
      let text = "";
      process.stdin.setEncoding("utf8");
      for await (const chunk of process.stdin) text += chunk;
      return text;
    },
    today: () => new Date().toISOString().slice(0, 10),
    // this file is bundled into dist/korus.cjs: the package root is one level up, wherever npm installed it
    packageDir: dirname(__dirname),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = failed ? 1 : code;
    },
    () => {
      process.exitCode = 1;
    },
  );
}
