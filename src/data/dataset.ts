import type { Dataset } from "./schema";

let bundled: Promise<Dataset> | undefined;

/**
 * The one loader. The bundled dataset was validated at build time and is inlined as a lazily
 * evaluated module, so --help and --version never pay for it. KORUS_DATA_DIR (another copy of data/,
 * e.g. a newer Census vintage) is read and validated with the same code the build uses.
 */
export function loadDataset(dataDir: string | undefined): Promise<Dataset> {
  if (dataDir) return import("./load-dir").then((m) => m.loadDataDir(dataDir));
  bundled ??= import("virtual:korus-dataset").then((m) => m.default);
  return bundled;
}
