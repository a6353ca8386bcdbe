#!/usr/bin/env node
"use strict";
// Node 22.1+ can cache compiled code between runs (in the OS temp dir; NODE_DISABLE_COMPILE_CACHE=1 turns
// it off). Node 20 has no such cache: the call is skipped there.
const m = require("node:module");
if (typeof m.enableCompileCache === "function") m.enableCompileCache();
require("../dist/korus.cjs").run();
