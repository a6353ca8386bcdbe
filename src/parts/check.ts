export { checkArticle } from "../core/check/article";
export { checkClaim } from "../core/check/evaluate";
export { checkText } from "../core/check/text";
