export { autosReport } from "../core/autos";
