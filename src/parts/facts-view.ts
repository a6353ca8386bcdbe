export * from "../render/facts";
