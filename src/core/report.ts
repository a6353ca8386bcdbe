import type { SourceRef } from "./sources";

/** Raised only when a field of a --json object changes meaning or disappears (README "Output formats"). */
export const SCHEMA_VERSION = 1;

/** What every --json object starts with: the schema version, the command that made it, the datasets used. */
export interface ReportHeader<C extends string> {
  schemaVersion: number;
  command: C;
  meta: { sources: SourceRef[] };
}

export function reportHeader<C extends string>(command: C, sources: SourceRef[]): ReportHeader<C> {
  return { schemaVersion: SCHEMA_VERSION, command, meta: { sources } };
}
