declare module "virtual:story" {
  const payload: import("../model/payload").Payload;
  export default payload;
}
