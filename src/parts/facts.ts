export { findFacts } from "../core/facts";
