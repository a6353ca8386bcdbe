import type { SourceRef } from "./sources";

/**
 * The version of each command's --json schema, raised only when a field changes meaning or disappears
 * (README "Output formats"). check is at 2: its reading became clauses, periods and explanations; mirror is at 2:
 * its rows became both sides' flows in $ millions from the complete Korea-reported series.
 */
export const SCHEMA_VERSIONS: Readonly<Record<string, number>> = { check: 2, mirror: 2 };
export const SCHEMA_VERSION = 1;

/** What every --json object starts with: the schema version, the command that made it, the datasets used. */
export interface ReportHeader<C extends string> {
  schemaVersion: number;
  command: C;
  meta: { sources: SourceRef[] };
}

export function reportHeader<C extends string>(command: C, sources: SourceRef[]): ReportHeader<C> {
  return { schemaVersion: SCHEMA_VERSIONS[command] ?? SCHEMA_VERSION, command, meta: { sources } };
}
