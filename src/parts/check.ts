export { checkClaim } from "../core/check/evaluate";
export { checkText } from "../core/check/text";
