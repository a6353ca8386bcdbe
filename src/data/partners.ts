/** The six partners bundled, with no zod attached: run-time code imports this, not the schemas. */
export const PARTNERS = ["South Korea", "China", "Japan", "Mexico", "Canada", "Germany"] as const;
export type Partner = (typeof PARTNERS)[number];
