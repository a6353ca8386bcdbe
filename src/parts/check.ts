export { checkClaim } from "../core/check/evaluate";
export { checkArticle } from "../core/facts";
