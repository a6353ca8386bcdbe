export * from "../render/revisions";
