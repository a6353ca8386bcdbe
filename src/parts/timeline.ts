export { sourcesReport } from "../core/catalog";
export { timelineReport } from "../core/timeline";
