export * from "../render/sources";
