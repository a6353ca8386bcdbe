export { mirrorReport } from "../core/mirror";
