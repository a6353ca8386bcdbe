/**
 * What makes a clause unreadable before any form tries it: a declared list, tried in order, each with the case
 * it refuses. A guard refuses; it never reads. The forms (forms.ts) only see clauses every guard let through.
 */
import { namesCountry, namesUs } from "../countries";
import type { Clause } from "./clauses";
import type { ReadContext } from "./forms";
import { BLOCKING, CLAIM_KINDS, isShareWords, type Mention } from "./mentions";

export interface GuardInput {
  /** the claim's text (after Unicode folding), for quoting parts of it */
  text: string;
  clause: Clause;
  ctx: ReadContext;
  /** the sentence ends with a question mark */
  question: boolean;
  /** a denial or rebuttal in a later clause of the sentence ("…, but that is incorrect") */
  denial: Mention | undefined;
  /** a citation of Korea's own statistics anywhere in the claim */
  korean: Mention | undefined;
  /** the sentence names a figure from Korea's side ("Korea's exports to the US …") */
  seoulSide: boolean;
  /** the sentence names the US ("the U.S. exported …, while South Korea sent …") */
  sentenceUs: boolean;
  /** the figure a clause without a figure word of its own takes from the sentence */
  inherits: { metric: string; text: string } | null;
  /** the word outside the data that the figure this clause inherits stands next to ("red meat exports") */
  leaningOn: Mention | undefined;
}

export interface Refusal {
  why: string;
  /** the mentions to list as not read */
  notRead?: Mention[];
}

export interface Guard {
  name: string;
  /** a claim it refuses, for the reader's tests */
  example: string;
  refuse(g: GuardInput): Refusal | null;
}

export function quote(ms: readonly Mention[]): string {
  return ms.map((m) => `'${m.text.trim()}'`).join(", ");
}

/** The mentions an off-topic word must stand near to change what a clause is about. */
const FIGURE_KINDS: ReadonlySet<Mention["kind"]> = new Set<Mention["kind"]>([
  ...CLAIM_KINDS,
  "metric",
  "surplus",
  "product",
  "share",
]);

export function blockedWhat(m: Mention): string {
  switch (m.kind) {
    case "negation":
      return "negated statements (a misread negation would flip the verdict)";
    case "hedge":
      return "predictions, conditions or estimates";
    case "fiscal":
      return "fiscal years (the data are calendar years)";
    case "this-year":
      return "the current, unfinished year";
    case "tie":
      return "ties (a figure equal to a record within rounding)";
    case "cumulative":
      return "running totals up to a month ('as of August', 'through October'): say which months";
    case "unreadable":
      return m.what;
    default:
      return "changes in percentage points";
  }
}

/** A partner as the owner of a deficit or balance with the US: "Korea's deficit with the US", "Korea ran a deficit with the US". */
function ownFigure(ms: readonly Mention[]): { partner: Mention & { kind: "partner" }; metric: Mention } | null {
  for (let i = 0; i < ms.length; i++) {
    const p = ms[i]!;
    if (p.kind !== "partner") continue;
    let j = i + 1;
    while (ms[j] && (ms[j]!.kind === "sign-verb" || ms[j]!.kind === "money" || ms[j]!.kind === "qualifier")) j++;
    const m = ms[j];
    if (m?.kind !== "metric" || m.perspective !== "us" || (m.metric !== "deficit" && m.metric !== "balance")) continue;
    if (ms.slice(j + 1).some((x) => x.kind === "us")) return { partner: p, metric: m };
  }
  return null;
}

export const GUARDS: readonly Guard[] = [
  {
    name: "question",
    example: "Has the deficit with Korea doubled since KORUS?",
    refuse: (g) => (g.question ? { why: "the sentence is a question, and a question asserts nothing to check" } : null),
  },
  {
    name: "later denial",
    example: "Some claim the deficit with Korea fell in 2024, but that is incorrect",
    refuse: ({ denial, clause }) =>
      denial
        ? {
            why: `could not read '${denial.text.trim()}': a later part of the sentence disputes what it says`,
            notRead: clause.mentions.includes(denial) ? [denial] : [],
          }
        : null,
  },
  {
    // "steel exports", "tariffs came down": a word near a figure changes which figure; "driven largely by steel",
    // far from every figure, is context
    name: "outside the data",
    example: "US steel exports to Korea rose 10% in 2016",
    refuse: ({ clause, ctx, leaningOn }) => {
      const figureAt = clause.mentions.flatMap((m, i) => (FIGURE_KINDS.has(m.kind) ? [i] : []));
      const offTopic =
        clause.mentions.find((m, i) => m.kind === "off-topic" && figureAt.some((j) => Math.abs(i - j) <= 3)) ?? leaningOn;
      return offTopic
        ? {
            why: `'${offTopic.text.trim()}' is outside the data: korus holds Census totals of US goods trade with ${ctx.partners.join(", ")}, exchange rates and CPI`,
          }
        : null;
    },
  },
  {
    // "the ROK-U.S. trade balance recorded a surplus": whose surplus is not said either
    name: "surplus and deficit",
    example: "The balance with Korea swung from a $4 billion surplus in 1996 to a $7.5 billion deficit in 1998",
    refuse: ({ clause }) => {
      const surplus = clause.mentions.find((m) => m.kind === "surplus" || (m.kind === "black-red" && m.sign === "surplus"));
      const deficit = clause.mentions.find(
        (m) =>
          (m.kind === "metric" && (m.metric === "deficit" || m.metric === "balance")) ||
          (m.kind === "black-red" && m.sign === "deficit"),
      );
      return surplus && deficit
        ? {
            why: `could not read ${quote([surplus, deficit])} in one clause: whose surplus and whose deficit is not read`,
            notRead: [surplus, deficit],
          }
        : null;
    },
  },
  {
    // the partner's own deficit or balance, which korus does not hold under that name
    name: "a partner's own deficit",
    example: "Korea's trade deficit with the US was $56.5 billion in 2025",
    refuse: ({ clause, text }) => {
      const owned = ownFigure(clause.mentions);
      if (!owned) return null;
      const name = owned.partner.name;
      return {
        why: `could not read '${text.slice(owned.partner.start, owned.metric.end)}' with the US: korus holds the US balance with ${name} (${name}'s surplus with the US is the US deficit), not ${name}'s own deficit or balance`,
        notRead: [owned.partner, owned.metric],
      };
    },
  },
  {
    // "exported by South Korea to the US", "imports of US goods by Korea": who trades which way is said in the
    // passive, which the forms (reading "exports" from the US side) would turn around
    name: "a passive 'by'",
    example: "Goods worth $115.7 billion were exported by South Korea to the US in 2023",
    refuse: ({ clause }) => {
      const ms = clause.mentions;
      const i = ms.findIndex(
        (m, k) => m.kind === "partner" && ms[k - 1]?.kind === "connective" && (ms[k - 1] as { word: string }).word === "by",
      );
      if (i < 0 || !ms.some((m) => m.kind === "metric" && (m.metric === "exports" || m.metric === "imports"))) return null;
      return {
        why: `could not read '${ms[i - 1]!.text.trim()} ${ms[i]!.text.trim()}': who exports to whom, said in the passive (say 'Korea's exports to the US …')`,
        notRead: [ms[i]!],
      };
    },
  },
  {
    // Korea's statistics cited for a figure said from the US side ("according to KITA, the US imported …"): Korean
    // bodies also relay US figures, so whose figure it is cannot be told; said from Korea's side, it is Korea's
    name: "Korea's statistics for a US figure",
    example: "According to the Korea Customs Service, the US imported $113.4 billion from Korea in 2025",
    refuse: ({ korean, clause }) =>
      korean && !clause.mentions.some((m) => m.kind === "metric" && m.perspective === "korea")
        ? {
            why: `the claim cites Korea's own statistics ('${korean.text.trim()}') for a figure said from the US side: whether it is Korea's figure or a US one they relay is not said (say 'Korea's exports to the US …' for Korea's own)`,
          }
        : null,
  },
  {
    // "Korea exported $115.7 billion to the US in 2023 and imported $71.3 billion": beside a figure said from
    // Seoul's side, a bare "imported" is Seoul's too, which the forms would read from the US side
    name: "a bare flow beside Seoul's",
    example: "Korea's exports to the US were strong in 2023, and it imported $71.3 billion",
    refuse: ({ clause, ctx, seoulSide }) => {
      const ms = clause.mentions;
      const beside = ms.some((m) => m.kind === "metric" && m.perspective === "korea" && namesCountry(ctx.subject, m.text));
      if (!seoulSide || (ms.some((m) => m.kind === "us") && !beside)) return null;
      const bare = ms.find(
        (m, k) =>
          m.kind === "metric" &&
          m.perspective === "us" &&
          (m.metric === "exports" || m.metric === "imports") &&
          ms[k - 1]?.kind !== "us" &&
          !namesUs(m.text),
      );
      return bare
        ? {
            why: `could not read whose '${bare.text.trim()}' it is beside ${ctx.subject}'s own figure (say '${ctx.subject}'s …' or 'US …')`,
            notRead: [bare],
          }
        : null;
    },
  },
  {
    // "exports rose 31% in 2021 and the surplus widened to $22.7 billion": a surplus is no export, whatever figure
    // the sentence named first
    name: "a surplus after another figure",
    example: "Korea's exports to the US were strong, and the surplus widened to $22.7 billion in 2021",
    refuse: ({ clause, inherits }) => {
      const s = clause.mentions.find((m) => m.kind === "surplus" || m.kind === "black-red");
      const own = clause.mentions.find(
        (m): m is Mention & { kind: "metric" } => m.kind === "metric" && m.metric !== "deficit" && m.metric !== "balance",
      );
      const other = own ? { metric: own.metric, text: own.text } : inherits;
      return s && other && other.metric !== "deficit" && other.metric !== "balance"
        ? {
            why: `could not read '${s.text.trim()}' after '${other.text.trim()}': whose surplus, on which figures (say 'Korea's surplus with the US …')`,
            notRead: [s],
          }
        : null;
    },
  },
  {
    // "Korean goods were exported to America": US exports go from the US, US imports come to it
    name: "the US on both ends",
    example: "$66.5 billion worth of Korean goods were exported to America in 2016",
    refuse: ({ clause, text }) => {
      const ms = clause.mentions;
      const m = ms.find((x, k) => {
        if (x.kind !== "metric" || x.perspective !== "us" || (x.metric !== "exports" && x.metric !== "imports")) return false;
        const next = ms[k + 1];
        const word =
          next?.kind === "connective" ? next.word : /^\s+(to|from)\s*$/i.exec(text.slice(x.end, next?.start ?? x.end))?.[1];
        const after = next?.kind === "connective" ? ms[k + 2] : next;
        return after?.kind === "us" && word === (x.metric === "exports" ? "to" : "from");
      });
      return m
        ? { why: `could not read '${m.text.trim()}' with the US on both ends: which way the goods go`, notRead: [m] }
        : null;
    },
  },
  {
    // "Korea's imports from Chile": a counterpart korus does not know must not fall back to the US
    name: "an unknown counterpart",
    example: "Korea's imports from Chile rose 10% in 2016",
    refuse: ({ clause, text }) => {
      for (const m of clause.mentions) {
        if (m.kind !== "metric" || m.perspective !== "korea") continue;
        const after = /^\s+(?:to|from|with)\s+(?:the\s+)?(\S+)/i.exec(text.slice(m.end));
        if (!after) continue;
        // "Korea's exports from the US": the flow and the preposition disagree about which way the goods go
        const prep = /^\s+(\w+)/.exec(text.slice(m.end))![1]!.toLowerCase();
        const usNamed = namesUs(m.text);
        if (!usNamed && ((m.metric === "imports" && prep === "from") || (m.metric === "exports" && prep === "to")))
          return {
            why: `could not read '${text.slice(m.start, m.end + after[0].length).trim()}': which way the goods go`,
            notRead: [m],
          };
        const at = m.end + after[0].length - after[1]!.length;
        const named = clause.mentions.find((x) => x.start === at);
        if (named?.kind === "partner" || named?.kind === "us") continue;
        if (/^(?:us|u\.s\.?|united|america)/i.test(after[1]!)) continue;
        return {
          why: `could not read '${text.slice(m.start, at + after[1]!.length).trim()}': korus knows no country by that name`,
          notRead: [m],
        };
      }
      return null;
    },
  },
  {
    // "Korea's imports fell 22.5%", "Korea's total exports": Korea's trade with whom is not said, and the world is
    // as likely as the US
    name: "no counterpart",
    example: "Korea's imports fell 22.5% between 2011 and 2016",
    refuse: ({ clause, ctx, sentenceUs }) => {
      const theirs = clause.mentions.filter((m) => m.kind === "metric" && m.perspective === "korea");
      if (theirs.length === 0) return null;
      // "the U.S. exported $43.6 billion to South Korea, while South Korea sent $56.6 billion": the US said before
      const named =
        sentenceUs || clause.mentions.some((m) => m.kind === "us" || (m.kind === "partner" && m.name !== ctx.subject));
      if (named || theirs.some((m) => namesUs(m.text))) return null;
      return {
        why: `could not read '${theirs[0]!.text.trim()}' without a partner: ${ctx.subject}'s trade with the US, or with the world? (say 'with the US', 'to the US')`,
        notRead: theirs,
      };
    },
  },
  {
    // "Korea posted a trade deficit of $10.3 billion": the partner's own balance with the world, not the US's with it
    name: "a partner's overall balance",
    example: "Korea posted a trade deficit of $10.3 billion in 2023",
    refuse: ({ clause, text }) => {
      const ms = clause.mentions;
      for (let i = 0; i < ms.length; i++) {
        const p = ms[i]!;
        if (p.kind !== "partner") continue;
        let j = i + 1;
        let verb = false;
        while (ms[j] && (ms[j]!.kind === "sign-verb" || ms[j]!.kind === "money" || ms[j]!.kind === "qualifier")) {
          verb ||= ms[j]!.kind === "sign-verb";
          j++;
        }
        const m = ms[j];
        if (m?.kind !== "metric" || m.perspective !== "us" || (m.metric !== "deficit" && m.metric !== "balance")) continue;
        if (!verb) continue;
        if (ms.slice(j + 1).some((x) => x.kind === "us" || x.kind === "partner")) continue;
        return {
          why: `could not read '${text.slice(p.start, m.end).trim()}': ${p.name}'s own balance with the world is not bundled (korus holds the US balance with ${p.name}, and ${p.name}'s with its partners)`,
          notRead: [p, m],
        };
      }
      return null;
    },
  },
  {
    // "…, and its exports to China rose 23%": whose exports "its" means is said in another clause
    name: "its",
    example: "Korea's exports to the US were strong, and its exports to China rose 23% in 2021",
    refuse: ({ clause, text, seoulSide }) => {
      // "the deficit with Korea overtook its deficit with Germany": the US's, in a sentence said from its side
      if (!seoulSide) return null;
      const its = (x: Mention) => /\b(?:its|their)\s+(?:[a-z-]+\s+)?$/i.test(text.slice(Math.max(0, x.start - 24), x.start));
      // "… fell 4.8% as its surplus shrank to $23.2 billion": a second figure in a clause read with the first's
      const metrics = clause.mentions.filter((x) => x.kind === "metric");
      const m = clause.mentions.find((x) => its(x) && (x.kind === "metric" || (x.kind === "surplus" && metrics.length > 0)));
      return m
        ? { why: `could not read whose figure '${m.text.trim()}' is: 'its' refers to a name said elsewhere`, notRead: [m] }
        : null;
    },
  },
  {
    // "the US was Korea's second largest source of imports": a rank among Korea's partners, which korus does not rank
    name: "a rank among a partner's partners",
    example: "The US was Korea's second largest source of imports in 2023",
    refuse: ({ clause, text }) => {
      const ms = clause.mentions;
      const i = ms.findIndex(
        (p, k) =>
          p.kind === "partner" &&
          /^['’]s\b/i.test(text.slice(p.end)) &&
          ["superlative", "ordinal", "rank-noun"].includes(ms[k + 1]?.kind ?? ""),
      );
      return i >= 0
        ? {
            why: `could not read '${ms[i]!.text.trim()} ${ms[i + 1]!.text.trim()}': korus does not rank ${(ms[i] as { name: string }).name}'s own partners`,
            notRead: [ms[i]!, ms[i + 1]!],
          }
        : null;
    },
  },
  {
    // "imports to Korea from the US": whose imports, and which way, is not the US-side reading of "imports"
    name: "imports to a country",
    example: "Imports to Korea from the US were $43.2 billion in 2016",
    refuse: ({ clause, text }) => {
      const m = clause.mentions.find(
        (x) =>
          x.kind === "metric" && x.perspective === "us" && /^\s+(?:to|into)\s/i.test(text.slice(x.end)) && /import/i.test(x.text),
      );
      return m
        ? {
            why: `could not read '${m.text.trim()} to …': whose imports (the US's imports go from a country, not to it)`,
            notRead: [m],
          }
        : null;
    },
  },
  {
    // "Korea's exports to the US rose 29% while exports to China rose 23%": in a sentence said from Seoul's side,
    // a bare "exports to China" may be Korea's or the US's
    name: "whose flow, after Seoul's",
    example: "Korea's exports to the US were strong, while exports to China rose 23% in 2021",
    refuse: ({ clause, ctx, seoulSide }) => {
      if (!seoulSide) return null;
      const ms = clause.mentions;
      if (ms.some((m) => (m.kind === "metric" && m.perspective === "korea") || m.kind === "us")) return null;
      const ours = ms.find((m) => m.kind === "metric" && m.perspective === "us");
      const third = ms.find((m) => m.kind === "partner" && m.name !== ctx.subject);
      return ours && third
        ? {
            why: `could not read whose '${ours.text.trim()}' with '${third.text.trim()}' is meant: the sentence speaks from ${ctx.subject}'s side (say '${ctx.subject}'s exports to …' or 'US exports to …')`,
            notRead: [ours, third],
          }
        : null;
    },
  },
  {
    // "Korea's imports from China": Korea's own statistics by partner answer it, for one partner named alone
    name: "a third country",
    example: "Korea's surplus with the US and China rose in 2016",
    refuse: ({ clause, ctx }) => {
      // named from the subject's side ("Korea's exports"); "Japan's exports to the US" is US trade with Japan
      const theirs = clause.mentions.find(
        (m) => m.kind === "metric" && m.perspective === "korea" && (m.owner === ctx.subject || namesCountry(ctx.subject, m.text)),
      );
      const thirds = clause.mentions.filter(
        (m): m is Mention & { kind: "partner" } => m.kind === "partner" && m.name !== ctx.subject,
      );
      if (!theirs || thirds.length === 0) return null;
      const names = [...new Set(thirds.map((t) => t.name))];
      const us = clause.mentions.find((m) => m.kind === "us");
      if (names.length === 1 && !us && ctx.subjectPartners.includes(names[0]!)) return null;
      return {
        why:
          names.length > 1 || us
            ? `could not read '${theirs.text.trim()}' with more than one partner (${quote(us ? [...thirds, us] : thirds)}): say one partner per sentence`
            : `could not read '${theirs.text.trim()}' with '${thirds[0]!.text.trim()}': ${ctx.subject}'s own statistics by partner are bundled for ${ctx.subjectPartners.join(", ")}`,
        notRead: [theirs, ...thirds],
      };
    },
  },
  {
    // "has since quadrupled", "since then": since when is said in another sentence, or not at all
    name: "since when",
    example: "The deficit with Korea was $13.2 billion in 2011 and has since quadrupled",
    refuse: ({ clause }) => {
      const ms = clause.mentions;
      const since = ms.find(
        (m, i) => m.kind === "connective" && m.word === "since" && !["period", "range", "event"].includes(ms[i + 1]?.kind ?? ""),
      );
      return since ? { why: "could not read 'since' without a year or event after it (since when?)", notRead: [since] } : null;
    },
  },
  {
    // a denial or a condition reaches over what "and" joins to it ("It is a myth that … and that …")
    name: "denied by 'and'",
    example: "It is a myth that the deficit with Korea doubled and exports fell",
    refuse: ({ clause }) => {
      const denied = clause.piece.find((m) => (m.kind === "negation" || m.kind === "hedge") && !clause.mentions.includes(m));
      return denied
        ? { why: `could not read '${denied.text.trim()}' elsewhere in the sentence: korus does not judge ${blockedWhat(denied)}` }
        : null;
    },
  },
  {
    name: "words no form reads",
    example: "The monthly deficit with Korea averaged $4.7 billion in 2025",
    refuse: ({ clause }) => {
      // "autos make up half of the surplus": with a product named, a share is what the share form reads
      const product = clause.mentions.some((m) => m.kind === "product");
      const blocked = clause.mentions.filter((m) => BLOCKING.has(m.kind) && !(product && isShareWords(m)));
      return blocked.length
        ? { why: `could not read ${quote(blocked)}: korus does not judge ${blockedWhat(blocked[0]!)}`, notRead: blocked }
        : null;
    },
  },
];
