declare module "virtual:korus-dataset" {
  const dataset: import("./schema").Dataset;
  export default dataset;
}
