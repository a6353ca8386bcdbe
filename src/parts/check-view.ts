export * from "../render/check";
