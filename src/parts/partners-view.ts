export * from "../render/partners";
