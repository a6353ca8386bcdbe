#!/usr/bin/env node
"use strict";
// Node 22.1+ can cache compiled code between runs (in the OS temp dir; NODE_DISABLE_COMPILE_CACHE=1 turns
// it off). Node 20 has no such cache: the call is skipped there.
const m = require("node:module");
if (typeof m.enableCompileCache === "function") m.enableCompileCache();
/** @type {{ run(): void } | undefined} */
let cli;
try {
  cli = require("../dist/korus.cjs");
} catch (e) {
  // a checkout that was never built (npm ci runs no build), or a dist/ cut short: one line that says what
  // to do, not a stack (DEBUG=korus shows it)
  process.stderr.write("korus: the build is missing or damaged: run npm run build\n");
  if (process.env.DEBUG?.split(",").includes("korus")) process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
}
cli?.run();
