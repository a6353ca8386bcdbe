export * from "../render/timeline";
