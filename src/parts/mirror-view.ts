export * from "../render/mirror";
