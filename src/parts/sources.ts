export { sourcesReport } from "../core/sources-report";
