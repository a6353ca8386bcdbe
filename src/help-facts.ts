import { articlePeriod, korusDates } from "./core/korus";
import type { DataFacts } from "./data/facts";
import { spanText } from "./data/facts";

/**
 * Help texts name the data's coverage through placeholders, `{{goods.annual}}`, filled from the loaded
 * data's facts when help is printed: a refreshed data/ (or KORUS_DATA_DIR) changes the help with it, and
 * `--version` or a run without help reads nothing.
 */
export function helpValues(f: DataFacts): Record<string, string> {
  const others = f.partners.filter((p) => p.name !== f.subject).map((p) => p.name);
  const korus = korusDates(f);
  const list = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}` : (xs[0] ?? ""));
  return {
    "goods.annual": spanText(f.goodsAnnual),
    "goods.monthly": spanText(f.goodsMonthly),
    "goods.monthly.from": f.goodsMonthly.from,
    "goods.latest": f.goodsAnnual.to,
    vintages: spanText(f.vintages),
    subject: f.subject,
    partners: list(others),
    "partners.words": others.map((p) => p.toLowerCase()).join(", "),
    "partners.years": spanText(f.partnerYears),
    "partners.latest": f.partnersComplete,
    "fx.annual": spanText(f.fxAnnual),
    "fx.monthly": spanText(f.fxMonthly),
    "fx.daily": spanText(f.fxDaily),
    "cpi.latest": f.cpi.to,
    timeline: `${f.timeline.from.slice(0, 4)}-${f.timeline.to.slice(0, 4)}`,
    "korus.talks": String(korus.talksYear),
    "korus.inForce": korus.inForce,
    "korus.baseYear": String(korus.baseYear),
    firstAsOf: f.firstAsOf,
    "korea.goods": spanText(f.koreaGoods),
    "korea.goods.from": f.koreaGoods.from,
    article: `${f.article.publisher} article of ${f.article.date}`,
    "article.from": String(articlePeriod(f).from),
    "article.to": String(articlePeriod(f).to),
    "korea.partners.words": f.koreaPartners
      .map((p) =>
        p.name
          .replace(/\s*\(.*\)$/, "")
          .toLowerCase()
          .replace(/ /g, "-"),
      )
      .join(", "),
    "korea.partners.years": spanText(f.koreaPartnerYears),
    "autos.us": f.autos.US ? spanText(f.autos.US) : "none bundled",
    "autos.kr": f.autos.KR ? spanText(f.autos.KR) : "none bundled",
    "data.vintage": `data: US Census Bureau goods trade through ${f.dataVintage.lastMonth} (full years through ${f.dataVintage.lastYear})\nlatest Census release bundled: ${f.dataVintage.release} (${f.dataVintage.knownBy})`,
  };
}

const PLACEHOLDER = /\{\{([a-zA-Z.]+)\}\}/g;

/** Fills every {{key}}; an unknown key is a bug in a help text, so it throws (and a test sees it). */
export function fillHelp(text: string, facts: () => DataFacts): string {
  if (!text.includes("{{")) return text;
  const values = helpValues(facts());
  return text.replace(PLACEHOLDER, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`help text names an unknown data fact {{${key}}}`);
    return v;
  });
}
