declare module "virtual:story" {
  const payload: import("../model/payload.ts").Payload;
  export default payload;
}
