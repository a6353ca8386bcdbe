export * from "../render/check";
export { claimsTopic, formsMarkdown, VERDICTS_TOPIC } from "../render/check-help";
