import { dirname } from "node:path";
import { main } from "./cli";
import type { Io } from "./context";

/** The only code that touches process: builds the Io, runs main, sets the exit code (never exits). */
export function run(): void {
  const stdout = process.stdout;
  // `korus … | head -1` closes the pipe early: that is the reader's choice, not an error.
  stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
  });
  const io: Io = {
    out: (s) => void stdout.write(s),
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
      process.exitCode = code;
    },
    () => {
      process.exitCode = 1;
    },
  );
}
