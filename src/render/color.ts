import { Chalk, type ChalkInstance } from "chalk";

const instances = new Map<boolean, ChalkInstance>();

/** A chalk for an already-made color decision (see decideColor); never consults the environment. */
export function palette(colorOn: boolean): ChalkInstance {
  let c = instances.get(colorOn);
  if (!c) {
    c = new Chalk({ level: colorOn ? 1 : 0 });
    instances.set(colorOn, c);
  }
  return c;
}
