// Build: validate data/ (fail with `file: line N, column: problem`), then bundle korus into one CJS file
// with the validated dataset inlined. Why a bundle: one file starts about 2x faster than tsc's many ESM
// files, and validating the data here means start-up never pays for zod (see README "Performance").
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const dataDir = process.env.KORUS_BUILD_DATA_DIR || join(root, "data");
mkdirSync(dist, { recursive: true });

const common = { bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "warning" };

// 1. The data validator, bundled on its own so the build can run it.
const loaderFile = join(dist, "tools", "load-dir.cjs");
await esbuild.build({ ...common, entryPoints: [join(root, "src/data/load-dir.ts")], outfile: loaderFile });
const { loadDataDir } = createRequire(import.meta.url)(loaderFile);
let dataset;
try {
  dataset = loadDataDir(dataDir);
} catch (e) {
  console.error(`build: ${dataDir}/${e.message}`);
  process.exit(1);
}
if (process.env.KORUS_BUILD_CHECK_ONLY) process.exit(0);
const json = JSON.stringify(dataset);
writeFileSync(join(dist, "dataset.json"), json);

// 2. The CLI. The dataset becomes a module evaluated on first use: JSON.parse of one string literal
// is the fastest way V8 has to materialise it.
const datasetPlugin = {
  name: "korus-dataset",
  setup(build) {
    build.onResolve({ filter: /^virtual:korus-dataset$/ }, () => ({ path: "dataset", namespace: "korus" }));
    build.onLoad({ filter: /.*/, namespace: "korus" }, () => ({
      contents: `export default JSON.parse(${JSON.stringify(json)});`,
      loader: "js",
    }));
  },
};
const result = await esbuild.build({
  ...common,
  entryPoints: [join(root, "src/entry.ts")],
  outfile: join(dist, "korus.cjs"),
  plugins: [datasetPlugin],
  metafile: true,
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "none",
});
const bytes = Object.values(result.metafile.outputs).reduce((s, o) => s + o.bytes, 0);
console.error(`build: data/ valid (${dataset.goodsAnnual.length} annual, ${dataset.goodsMonthly.length} monthly rows); dist/korus.cjs ${(bytes / 1024).toFixed(0)} KiB`);
