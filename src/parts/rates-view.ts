export * from "../render/rates";
