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
  // a checkout that was never built (npm ci runs no build): one line that says what to do, not a stack
  if (!(e instanceof Error && "code" in e && e.code === "MODULE_NOT_FOUND" && e.message.includes("korus.cjs"))) throw e;
  process.stderr.write("korus: the build is missing: run npm run build in the korus checkout (or reinstall the package)\n");
  process.exitCode = 1;
}
cli?.run();
