export { tradeReport } from "../core/trade";
