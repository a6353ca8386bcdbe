#!/usr/bin/env node
"use strict";
require("../dist/korus.cjs").run();
