export { deficitReport } from "../core/deficit";
