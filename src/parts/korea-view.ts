// One part for both Korea-side views (origins, autos): each view part bundles the table and chart renderers,
// about 9 kB of the npm tarball apiece, and the tarball has a size limit (test/ship.test.ts).
export * from "../render/autos";
export * from "../render/origins";
