import { UsageError } from "../errors";

export const SERIES = ["exports", "imports", "balance", "total"] as const;
export type Series = (typeof SERIES)[number];
export const TRANSFORMS = ["abs", "pct", "yoy", "cagr"] as const;
export type Transform = (typeof TRANSFORMS)[number];

export const TRANSFORM_TEXT: Record<Transform, string> = {
  abs: "change from the previous period, in the series' unit",
  pct: "percent change from the previous period",
  yoy: "percent change from the same period a year earlier",
  cagr: "compound annual growth rate from the first period shown to each period, percent",
};

export function parseSeries(names: string[]): Series[] {
  if (names.length === 0) return ["exports", "imports", "balance"];
  return [
    ...new Set(
      names.map((n) => {
        const s = n.toLowerCase();
        if (!(SERIES as readonly string[]).includes(s))
          throw new UsageError(
            `unknown series ${JSON.stringify(n)}: use any of ${SERIES.join(", ")}${/^\d{4}(-\d{2})?$/.test(n) ? `; for a period give --from ${n} --to ${n}` : ""}`,
          );
        return s as Series;
      }),
    ),
  ];
}

export function parseTransform(value: string): Transform {
  const v = value.toLowerCase();
  if (!(TRANSFORMS as readonly string[]).includes(v))
    throw new UsageError(
      `unknown --change ${JSON.stringify(value)}: use one of ${TRANSFORMS.join(", ")} (${TRANSFORMS.map((t) => `${t}: ${TRANSFORM_TEXT[t]}`).join("; ")})`,
    );
  return v as Transform;
}
