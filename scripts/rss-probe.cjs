// Preloaded by the benchmark's memory pass only: records the process's peak RSS at exit.
const { writeFileSync } = require("node:fs");
process.on("exit", () => writeFileSync(String(process.env.KORUS_RSS_FILE), String(process.resourceUsage().maxRSS)));
