import { dirname } from "node:path";
import { main } from "./cli";
import type { Io } from "./context";

/** The only code that touches process: builds the Io, runs main, sets the exit code (never exits). */
export function run(): void {
  const stdout = process.stdout;
  // `korus … | head -1` closes the pipe early: that is the reader's choice, not an error. Any other failure to
  // write the results (a full disk, `> /dev/full`, a closed stdout) is one line on stderr and exit 1, never a
  // stack trace; nothing more is written after it.
  let outputFailed = false;
  const failed = (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE" || outputFailed) return;
    outputFailed = true;
    process.stderr.write(
      `korus: cannot write the output: ${e.code ?? e.message}${e.code === "ENOSPC" ? " (no space left on the device)" : ""}\n`,
    );
    process.exitCode = 1;
  };
  stdout.on("error", failed);
  const io: Io = {
    out: (s) => {
      if (outputFailed) return;
      try {
        stdout.write(s);
      } catch (e) {
        failed(e as NodeJS.ErrnoException);
      }
    },
    err: (s) => void process.stderr.write(s),
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
      process.exitCode = outputFailed ? 1 : code;
    },
    () => {
      process.exitCode = 1;
    },
  );
}
