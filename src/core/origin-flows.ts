/** The flows `korus origins` shows: a choice list kept apart from the core so the CLI's start-up does not load it. */
export const ORIGIN_FLOWS = ["imports", "exports", "balance"] as const;
export type OriginFlow = (typeof ORIGIN_FLOWS)[number];
