export * from "../render/deficit";
