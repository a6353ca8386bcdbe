/** The six partners bundled, with no zod attached: run-time code imports this, not the schemas. */
export const PARTNERS = ["South Korea", "China", "Japan", "Mexico", "Canada", "Germany"] as const;
export type Partner = (typeof PARTNERS)[number];

const ALIASES: Record<string, Partner> = {
  korea: "South Korea",
  "south korea": "South Korea",
  "south-korea": "South Korea",
  kr: "South Korea",
  china: "China",
  cn: "China",
  japan: "Japan",
  jp: "Japan",
  mexico: "Mexico",
  mx: "Mexico",
  canada: "Canada",
  ca: "Canada",
  germany: "Germany",
  de: "Germany",
};

/** A partner name as typed (case-insensitive, ISO codes too), or null when it is not one of the six. */
export function partnerNamed(name: string): Partner | null {
  return ALIASES[name.trim().toLowerCase()] ?? null;
}
