/** Exit codes are part of the public interface: README "Exit codes" and `korus help exit-codes`. */
export const EXIT = {
  ok: 0,
  runtime: 1,
  usage: 2,
  checkFalse: 3,
  checkUnverifiable: 4,
} as const;

/** Shared across bundles: the KORUS_DATA_DIR loader is a separate file with its own copy of these classes. */
const BRAND = Symbol.for("korus.error");

export function isKorusError(e: unknown): e is KorusError {
  return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[BRAND] === true;
}

export class KorusError extends Error {
  readonly [BRAND] = true;
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad flags, values or arguments: the user can fix the call. */
export class UsageError extends KorusError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}

/** Missing or corrupt data, or anything else korus itself cannot do. */
export class DataError extends KorusError {
  constructor(message: string) {
    super(message, EXIT.runtime);
  }
}
