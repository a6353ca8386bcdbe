export * from "../render/trade";
