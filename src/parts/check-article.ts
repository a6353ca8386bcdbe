export { checkArticle } from "../core/check/article";
