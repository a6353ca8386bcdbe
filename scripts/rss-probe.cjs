// Preloaded by the benchmark: records the process's peak RSS (KiB) and CPU time (user + system, ms) at exit.
// CPU time is the steadier measure on a shared machine: other processes stretch wall time, not our CPU time.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  const cpu = process.cpuUsage();
  writeFileSync(String(process.env.KORUS_RSS_FILE), `${process.resourceUsage().maxRSS} ${(cpu.user + cpu.system) / 1000}`);
});
