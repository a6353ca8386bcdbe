export { partnersReport } from "../core/partners";
