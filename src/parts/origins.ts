export { originsReport } from "../core/origins";
