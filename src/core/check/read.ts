import { type Currency, parseAmount } from "../amount";
import type { KorusDates } from "../korus";
import type { Check, Metric, PartnerName, Qualifier, Reading, Stated, YearRef } from "./types";

/**
 * Reads one English sentence about US–Korea goods trade into checks. A rule-based reader: it knows
 * levels, changes, partner comparisons, records, currency equivalences and the age of the agreement,
 * and says "unverifiable" (with what it can read) for anything else. Pure: no data, no dates.
 */

export const CAN_READ = [
  'levels: "The US goods deficit with Korea was $16.6 billion in 2012"',
  'changes: "The deficit doubled between 2011 and 2016", "exports fell by 3% in 2016", "since KORUS went into effect"',
  'partners: "The US deficit with Japan was bigger than with Korea in 2016"',
  'records: "The deficit hit a record in 2024", "the lowest in a decade"',
  'currencies: "$27.6 billion is about 32 trillion won"',
];

const PARTNER_WORDS: [RegExp, PartnerName][] = [
  [/\bkorea\b/, "South Korea"],
  [/\bchina\b|\bchinese\b|\bbeijing\b/, "China"],
  [/\bjapan\b|\bjapanese\b|\btokyo\b/, "Japan"],
  [/\bmexico\b|\bmexican\b/, "Mexico"],
  [/\bcanada\b|\bcanadian\b|\bottawa\b/, "Canada"],
  [/\bgermany\b|\bgerman\b|\bberlin\b/, "Germany"],
];

// Countries people compare Korea with that korus does not bundle: a claim about them is unverifiable, never
// silently read as one about Korea.
const UNBUNDLED =
  /\b(france|french|britain|british|united kingdom|uk|england|italy|italian|india|indian|vietnam|vietnamese|taiwan|taiwanese|brazil|brazilian|ireland|irish|switzerland|swiss|thailand|malaysia|singapore|australia|australian|russia|russian|north korea|netherlands|dutch|spain|spanish|indonesia|philippines|saudi arabia|israel|turkey|european union|eu)\b/;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  a: 1,
};

const OFF_TOPIC =
  /\b(jobs?|employment|unemployment|workers|tariffs?|invest(ment|ments|ed|ing)?|pledges?|gdp|cars?|autos?|automobiles?|vehicles?|steel|aluminum|beef|rice|semiconductors?|chips?|services|troops|defen[cs]e|military|nuclear|currency manipulat\w*|inflation|oil|lng|agricultur\w*|ships?|shipbuilding)\b/;

/** Lower-case, one space, common names folded: "U.S." → "us", "South Korea" → "korea". */
export function normalise(text: string): { text: string; mentionsUs: boolean } {
  let t = ` ${text
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, " ")
    .replace(/\u2212/g, "-")
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')} `;
  t = t.replace(
    /\bthe united states\b|\bunited states\b|\bu\.s\.a?\.?(?=[\s,;:'])|\bamerica\b|\bamerican\b|\bwashington\b|\bwashington's\b/g,
    "us",
  );
  t = t.replace(/\bthe us's\b|\bus's\b/g, "us");
  t = t.replace(/\brepublic of korea\b|\bsouth korea\b|\bsouth korean\b|\bkorean\b|\bseoul\b|\brok\b/g, "korea");
  const mentionsUs = /\bus\b|\bour\b|\bwe\b|\bkorus\b/.test(t);
  return { text: t.replace(/\s+/g, " "), mentionsUs };
}

interface MoneyHit {
  start: number;
  end: number;
  stated: Omit<Stated, "qualifier">;
  currencyExplicit: boolean;
}

const SCALE_WORD = "thousand|mn|mln|million|bn|bln|billion|tn|trn|trillion";
const CUR_WORD = "us dollars|dollars|dollar|usd|euros|euro|eur|korean won|won|krw|yen|jpy|yuan|cny|renminbi|rmb";
const MONEY = new RegExp(
  `(us\\$|\\$|€|₩|cn¥|¥)?\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:(k|m|b|bn|tn|t)\\b|\\s*(${SCALE_WORD})\\b)?(?:\\s*(${CUR_WORD})\\b)?`,
  "g",
);

function findMoney(t: string): MoneyHit[] {
  const hits: MoneyHit[] = [];
  for (const m of t.matchAll(MONEY)) {
    const [whole, sym, num, shortScale, longScale, word] = m;
    if (!sym && !word && !shortScale && !longScale) continue;
    if (!sym && !word && /^(19|20)\d\d$/.test(num!)) continue;
    if (!sym && !word) {
      // "13.2 billion" with no currency: money only next to trade words, read as US dollars
      if (!/deficit|surplus|export|import|trade|gap|balance/.test(t)) continue;
    }
    const text = whole.trim();
    let amount: ReturnType<typeof parseAmount>;
    try {
      amount = parseAmount(text.replace(/\s+/g, " "));
    } catch {
      continue;
    }
    const scale = shortScale ?? longScale;
    const unit = scale ? Math.abs(parseAmount(`1${/^[kmbt]$/.test(scale) ? scale : ` ${scale}`}`).value) : 1;
    const decimals = num!.includes(".") ? num!.split(".")[1]!.length : 0;
    let precision = 0.5 * 10 ** -decimals * unit;
    if (!scale && decimals === 0) {
      const zeros = /0*$/.exec(num!.replace(/,/g, ""))![0].length;
      precision = 0.5 * 10 ** zeros;
    }
    hits.push({
      start: m.index!,
      end: m.index! + whole.length,
      stated: { text, value: Math.abs(amount.value), currency: (amount.currency ?? "USD") as Currency, precision },
      currencyExplicit: Boolean(sym || word),
    });
  }
  return hits;
}

function qualifierBefore(t: string, start: number): Qualifier {
  const before = t.slice(Math.max(0, start - 28), start);
  if (
    /(more than|over|above|exceed(ed|ing|s)?|topp?(ed|ing|s)?|surpass(ed|ing)?|in excess of|at least|upwards of)\s*$/.test(before)
  )
    return "more-than";
  if (/(less than|under|below|at most|fewer than)\s*$/.test(before)) return "less-than";
  if (/(nearly|almost|just under|close to)\s*$/.test(before)) return "nearly";
  if (/(about|around|roughly|approximately|some|an estimated|~|circa|about an?)\s*$/.test(before)) return "about";
  return "exact";
}

function findMetric(t: string): { metric: Metric; koreaView: boolean } | null {
  if (/korea(?:'s)? (?:trade )?surplus|surplus (?:for|of) korea|korea (?:ran|runs|had|has) a (?:\w+ )?surplus/.test(t))
    return { metric: "deficit", koreaView: true };
  if (/\b(deficit|trade gap|trade imbalance|imbalance|shortfall|gap)\b/.test(t)) return { metric: "deficit", koreaView: false };
  if (/korea(?:'s)? exports|exports from korea|korea exported|korea(?:'s)? shipments to us/.test(t))
    return { metric: "imports", koreaView: true };
  if (/korea(?:'s)? imports|imports from (?:the )?us\b|korea imported/.test(t)) return { metric: "exports", koreaView: true };
  if (/\bexport(s|ed)?\b|\bsales to korea\b|\bshipments to korea\b/.test(t)) return { metric: "exports", koreaView: false };
  if (/\bimport(s|ed)?\b|\bpurchases from korea\b/.test(t)) return { metric: "imports", koreaView: false };
  if (
    /(total|two-way|bilateral|overall) trade|trade between|trade volume|volume of trade|trade (?:with korea )?(?:totall?ed|was worth)/.test(
      t,
    )
  )
    return { metric: "total", koreaView: false };
  if (/\bsurplus\b/.test(t)) return { metric: "balance", koreaView: false };
  if (/\b(trade )?balance\b/.test(t)) return { metric: "balance", koreaView: false };
  return null;
}

function partnersIn(t: string): { name: PartnerName; index: number }[] {
  const found: { name: PartnerName; index: number }[] = [];
  for (const [re, name] of PARTNER_WORDS) {
    const m = re.exec(t);
    if (m) found.push({ name, index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

function numberWord(w: string): number | null {
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

interface Periods {
  from: YearRef;
  to: YearRef;
  /** a single year named for a level ("in 2012") */
  single: YearRef | null;
  /** the sentence names a span (from/to, since, between) rather than one year */
  span: boolean;
}

const YEAR = /\b(19[89]\d|20[0-4]\d)\b/g;

function findPeriods(t: string, rules: string[], korus: KorusDates): Periods {
  const latest: YearRef = { latest: true };
  if (
    /since (?:the )?(?:korus|(?:free )?trade (?:agreement|deal|pact)|fta|agreement|deal|pact)(?: (?:fta|agreement|deal))?(?: (?:went|came|entered) into (?:effect|force)| took effect| (?:was )?(?:implemented|enacted|signed)| began)?/.test(
      t,
    ) ||
    /since korus\b/.test(t)
  ) {
    rules.push(
      `"since KORUS went into effect" = from ${korus.baseYear}, the last full year before entry into force (${korus.inForce}), to the latest full year published at the claim's date`,
    );
    return { from: { year: korus.baseYear }, to: latest, single: null, span: true };
  }
  let m = /(?:between|from) (\d{4}) (?:and|to|through|until) (\d{4})/.exec(t) ?? /\b(\d{4}) ?(?:-|–|to) ?(\d{4})\b/.exec(t);
  if (m) return { from: { year: Number(m[1]) }, to: { year: Number(m[2]) }, single: null, span: true };
  m = /since (\d{4})/.exec(t);
  if (m) {
    rules.push(`"since ${m[1]}" = from ${m[1]} to the latest full year published at the claim's date`);
    return { from: { year: Number(m[1]) }, to: latest, single: null, span: true };
  }
  m = /(?:over|in|during) the (?:past|last) (\w+) years?/.exec(t) ?? /(?:over|in|during) the (?:past|last) (decade)/.exec(t);
  if (m) {
    const n = m[1] === "decade" ? 10 : numberWord(m[1]!);
    if (n) {
      rules.push(`"the past ${n} years" = from ${n} years before the latest full year to the latest full year`);
      return { from: { latest: true, back: n }, to: latest, single: null, span: true };
    }
  }
  const years = [...t.matchAll(YEAR)].map((y) => Number(y[1]));
  if (years.length >= 2) return { from: { year: years[0]! }, to: { year: years[years.length - 1]! }, single: null, span: true };
  if (years.length === 1) {
    const y = years[0]!;
    return { from: { year: y - 1 }, to: { year: y }, single: { year: y }, span: false };
  }
  if (/\blast year\b|\blatest (full )?year\b/.test(t))
    rules.push('"last year" = the latest full year published at the claim\'s date');
  return { from: { latest: true, back: 1 }, to: latest, single: latest, span: false };
}

const UP =
  /\b(doubled|tripled|trebled|quadrupled|increased|increases|increase|rose|risen|rises|grew|grown|grows|climbed|climbs|jumped|surged|soared|widened|widens|expanded|went up|gone up|has gone up|ballooned|swelled|spiked|more than doubled)\b/;
const DOWN =
  /\b(halved|decreased|decreases|decrease|fell|fallen|falls|declined|declines|dropped|drops|shrank|shrunk|shrinks|narrowed|narrows|went down|gone down|contracted|plunged|slipped|sank|came down|slumped|tumbled)\b/;

function changeWords(t: string): { factor: number; mode: "exact" | "more-than" | "nearly"; word: string } | null {
  const m =
    /(more than |over |nearly |almost |roughly |about |close to )?(doubled|tripled|trebled|quadrupled|halved|cut in half)\b/.exec(
      t,
    );
  if (!m) return null;
  const factor = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, halved: 0.5, "cut in half": 0.5 }[m[2] as "doubled"];
  const q = (m[1] ?? "").trim();
  const mode =
    q === "more than" || q === "over" ? "more-than" : q === "nearly" || q === "almost" || q === "close to" ? "nearly" : "exact";
  return { factor, mode, word: m[0].trim() };
}

function splitClauses(text: string): string[] {
  return text
    .split(/;|,?\s+(?:while|whereas|but)\s+|,\s+and\s+(?=(?:us|korea|the|its|our|exports|imports|goods)\b)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function readClaim(raw: string, korus: KorusDates): Reading {
  const { text: t } = normalise(raw);
  const rules: string[] = [];
  const unverifiable = (reason: string): Reading => ({ checks: [], rules, unverifiable: reason });

  // The agreement's age: "KORUS went into effect five years ago", "a five-year-old free trade agreement"
  const age =
    /(?:went|came|entered) into (?:effect|force) (?:\w+ )?(\w+|\d+(?:\.\d+)?) years? ago|(\w+)-year-old (?:free )?(?:trade )?(?:agreement|deal|pact|fta)/.exec(
      t,
    );
  if (age) {
    const n = numberWord(age[1] ?? age[2] ?? "");
    if (n !== null)
      return {
        checks: [{ type: "age", years: n, qualifier: qualifierBefore(t, age.index + age[0].indexOf(age[1] ?? age[2]!)) }],
        rules,
        unverifiable: null,
      };
  }

  const money = findMoney(t);
  const metric = findMetric(t);

  // Currency equivalence: two amounts in different currencies and nothing about trade flows
  if (!metric && money.length >= 2 && money[0]!.stated.currency !== money[1]!.stated.currency) {
    const year = [...t.matchAll(YEAR)].map((y) => y[1]!).find((y) => !money.some((h) => t.slice(h.start, h.end).includes(y)));
    return {
      checks: [
        {
          type: "fx",
          amount: { ...money[0]!.stated, qualifier: "exact" },
          result: { ...money[1]!.stated, qualifier: qualifierBefore(t, money[1]!.start) },
          date: year ?? null,
        },
      ],
      rules,
      unverifiable: null,
    };
  }

  const offTopic = OFF_TOPIC.exec(t);
  if (offTopic) {
    return unverifiable(
      `korus holds Census totals of US goods trade with Korea and five partners, exchange rates and CPI; "${offTopic[0]}" is outside that data`,
    );
  }
  if (!metric)
    return unverifiable("korus could not find a trade figure (deficit, surplus, exports, imports, total trade) in the claim");

  const other = UNBUNDLED.exec(t);
  if (other) {
    return unverifiable(
      `"${other[0]}" is not a bundled partner: korus has US goods trade with South Korea, China, Japan, Mexico, Canada and Germany`,
    );
  }
  const partners = partnersIn(t);
  const nonKorea = partners.filter((p) => p.name !== "South Korea");
  const pair =
    /(korea|china|japan|mexico|canada|germany)(?:'s)? (?:exports|imports|trade|surplus|deficit|shipments) (?:to|from|with) (korea|china|japan|mexico|canada|germany)\b/.exec(
      t,
    );
  if (pair && !/\bus\b/.test(t)) {
    return unverifiable("korus holds only US-reported trade with each partner; trade between two other countries is not bundled");
  }
  if (partners.length === 0) rules.push("no partner named: read as US goods trade with South Korea");

  // Comparisons: "the US deficit with Japan was bigger than with Korea in 2016"
  const cmp = /\b(bigger|larger|greater|higher|wider|smaller|lower|less|narrower)\b than\b/.exec(t);
  if (cmp && partners.length >= 2) {
    const periods = findPeriods(t, rules, korus);
    const subject = partners.find((p) => p.index < cmp.index) ?? partners[0]!;
    const object =
      partners.find((p) => p.index > cmp.index && p.name !== subject.name) ?? partners.find((p) => p.name !== subject.name)!;
    const relation = /bigger|larger|greater|higher|wider/.test(cmp[1]!) ? "greater" : "less";
    return {
      checks: [
        {
          type: "compare",
          metric: metric.metric,
          subject: subject.name,
          object: object.name,
          year: periods.single ?? periods.to,
          relation,
        },
      ],
      rules,
      unverifiable: null,
    };
  }

  const partner: PartnerName =
    nonKorea.length === 1 && !partners.some((p) => p.name === "South Korea") ? nonKorea[0]!.name : "South Korea";
  if (metric.koreaView)
    rules.push(
      `read from Korea's side: Korea's ${metric.metric === "deficit" ? "surplus with the US is the US deficit" : metric.metric === "imports" ? "exports to the US are US imports" : "imports from the US are US exports"} (US-reported figures)`,
    );

  // Records: "a record", "the largest since 1985", "the lowest in a decade"
  const rec =
    /\b(record(?: high| low)?|all-time (?:high|low)|(?:largest|biggest|highest|widest|smallest|lowest|narrowest) (?:ever|on record|since (\d{4})|in (?:(a|one|\w+|\d+) )?(decades?|years?)))\b/.exec(
      t,
    );
  if (rec) {
    const periods = findPeriods(t.replace(rec[0], ""), rules, korus);
    const low = /low|smallest|narrowest/.test(rec[1]!);
    const since = rec[2] ? Number(rec[2]) : null;
    let window: number | null = null;
    if (rec[4]) {
      const n = numberWord(rec[3] ?? "a") ?? 1;
      window = rec[4].startsWith("decade") ? 10 * n : n;
    }
    const year = periods.single ?? periods.to;
    const checks: Check[] = [
      { type: "record", metric: metric.metric, partner, year, extreme: low ? "min" : "max", since, window, word: rec[0] },
    ];
    // "hit a record $66 billion": the level is a claim too
    const level = money[0];
    if (level)
      checks.push({
        type: "level",
        metric: metric.metric,
        partner,
        year,
        stated: { ...level.stated, qualifier: qualifierBefore(t, level.start) },
      });
    return { checks, rules, unverifiable: null };
  }

  // Changes and levels, clause by clause; a later clause inherits the first clause's period
  const checks: Check[] = [];
  const clauses = splitClauses(t);
  let inherited: Periods | null = null;
  for (const clause of clauses) {
    const cMetric = findMetric(clause) ?? metric;
    const cMoney = findMoney(clause);
    const own = findPeriods(clause, rules, korus);
    const hasOwnPeriod = own.span || (own.single !== null && !("latest" in own.single));
    const periods: Periods = hasOwnPeriod || !inherited ? own : inherited;
    inherited ??= periods;
    const ratio = changeWords(clause);
    const up = UP.test(clause);
    const down = DOWN.test(clause);
    const direction = ratio ? (ratio.factor > 1 ? "up" : "down") : up && !down ? "up" : down && !up ? "down" : null;

    // an amount in another currency in brackets right after a dollar amount: an equivalence to check
    const bracketed = cMoney.filter(
      (h, i) =>
        i > 0 &&
        h.stated.currency !== "USD" &&
        /\(\s*$/.test(clause.slice(0, h.start)) &&
        cMoney[i - 1]!.stated.currency === "USD",
    );
    for (const b of bracketed) {
      const prev = cMoney[cMoney.indexOf(b) - 1]!;
      checks.push({
        type: "fx",
        amount: { ...prev.stated, qualifier: "exact" },
        result: { ...b.stated, qualifier: qualifierBefore(clause, b.start) },
        date: null,
      });
    }
    const levelHits = cMoney.filter((h) => !bracketed.includes(h));
    const fromTo = /from\s*$/.test(clause.slice(0, levelHits[0]?.start ?? 0).slice(-12)) && levelHits.length >= 2;
    const pct =
      /(?:by |of )?(?:about |around |roughly |nearly |almost |more than |over |some )?(\d+(?:\.\d+)?)\s?(?:%|percent|per cent)/.exec(
        clause,
      );

    if (ratio) {
      checks.push({
        type: "ratio",
        metric: cMetric.metric,
        partner,
        from: periods.from,
        to: periods.to,
        factor: ratio.factor,
        mode: ratio.mode,
        word: ratio.word,
      });
    } else if (pct && direction) {
      const decimals = pct[1]!.includes(".") ? pct[1]!.split(".")[1]!.length : 0;
      checks.push({
        type: "percent",
        metric: cMetric.metric,
        partner,
        from: periods.from,
        to: periods.to,
        direction,
        percent: Number(pct[1]),
        precision: 0.5 * 10 ** -decimals,
        qualifier: qualifierBefore(clause, pct.index + pct[0].indexOf(pct[1]!)),
      });
    } else if (
      direction &&
      levelHits.length === 1 &&
      /\bby\s+(?:about |around |roughly |nearly |almost |more than |over |some )?(?:us\$|\$|€|₩|¥)?\s?\d/.test(clause)
    ) {
      const h = levelHits[0]!;
      checks.push({
        type: "delta",
        metric: cMetric.metric,
        partner,
        from: periods.from,
        to: periods.to,
        direction,
        stated: { ...h.stated, qualifier: qualifierBefore(clause, h.start) },
      });
    } else if (direction && !fromTo) {
      checks.push({
        type: "direction",
        metric: cMetric.metric,
        partner,
        from: periods.from,
        to: periods.to,
        direction,
        word: (UP.exec(clause) ?? DOWN.exec(clause))![0],
      });
    }
    if (fromTo) {
      checks.push({
        type: "level",
        metric: cMetric.metric,
        partner,
        year: periods.from,
        stated: { ...levelHits[0]!.stated, qualifier: qualifierBefore(clause, levelHits[0]!.start) },
      });
      checks.push({
        type: "level",
        metric: cMetric.metric,
        partner,
        year: periods.to,
        stated: { ...levelHits[1]!.stated, qualifier: qualifierBefore(clause, levelHits[1]!.start) },
      });
    } else if (!direction && levelHits.length >= 1) {
      const h = levelHits[0]!;
      checks.push({
        type: "level",
        metric: cMetric.metric,
        partner,
        year: periods.single ?? periods.to,
        stated: { ...h.stated, qualifier: qualifierBefore(clause, h.start) },
      });
    } else if (direction && !ratio && !pct && levelHits.length === 1 && checks.at(-1)?.type === "direction") {
      // "rose to $X in 2018": the level reached is the claim
      const h = levelHits[0]!;
      if (
        /\bto\s*(?:about |around |roughly |nearly |almost |more than |over |some )?$/.test(clause.slice(0, h.start).slice(-20))
      ) {
        checks.push({
          type: "level",
          metric: cMetric.metric,
          partner,
          year: periods.to,
          stated: { ...h.stated, qualifier: qualifierBefore(clause, h.start) },
        });
      }
    }
  }
  if (checks.length === 0)
    return unverifiable("korus found a trade figure but no stated amount, change, comparison or record to check");
  return { checks, rules, unverifiable: null };
}
