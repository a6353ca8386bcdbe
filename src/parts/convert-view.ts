export * from "../render/convert";
