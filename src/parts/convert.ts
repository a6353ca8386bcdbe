export { convertAmount } from "../core/convert";
