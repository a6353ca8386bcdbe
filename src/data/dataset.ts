import bundled from "virtual:korus-dataset";
import { loadDataDir } from "./load-dir";
import type { Dataset } from "./schema";

/**
 * The one loader. The bundled dataset was validated at build time and is read one section at a time on
 * first use (dist/data/SECTION.json), so --help and --version read only the small `facts` section, if
 * anything. KORUS_DATA_DIR (another copy of data/, e.g. a newer Census vintage) is read and validated with
 * the code the build uses.
 */
export function loadDataset(dataDir: string | undefined): Dataset {
  return dataDir ? loadDataDir(dataDir) : bundled;
}
