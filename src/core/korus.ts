/** Facts about the agreement that several commands lean on; pinned against data/korus_timeline.csv in tests. */
export const KORUS_IN_FORCE = "2012-03-15";
/** The last full calendar year before entry into force: the baseline of "since KORUS went into effect". */
export const KORUS_BASE_YEAR = 2011;
/** Default annual view: from the launch of KORUS negotiations (2006) to the latest full year. */
export const DEFAULT_FIRST_YEAR = 2006;
/** Default monthly view: the latest 24 months. */
export const DEFAULT_MONTHS = 24;
