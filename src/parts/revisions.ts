export { revisionsReport } from "../core/revisions";
