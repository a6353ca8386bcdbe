export { ratesReport } from "../core/rates";
