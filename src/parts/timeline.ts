export { timelineReport } from "../core/timeline";
