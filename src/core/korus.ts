/** Facts about the agreement that several commands lean on; pinned against data/korus_timeline.csv in tests. */
export const KORUS_IN_FORCE = "2012-03-15";
/** The last full calendar year before entry into force: the baseline of "since KORUS went into effect". */
export const KORUS_BASE_YEAR = 2011;
