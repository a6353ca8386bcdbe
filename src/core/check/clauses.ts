/**
 * Stage 3 of the claim reader: the mentions of a sentence cut into clauses, each read and checked on its
 * own. A clause ends at ";", ":", a dash, "while", "whereas", "but", and at an "and" that starts a new
 * statement ("…to Korea and imported $69.9 billion…", "…a record and the deficit narrowed").
 */
import { CLAIM_KINDS, type Mention } from "./mentions";

export interface Clause {
  mentions: Mention[];
  /** the mentions between hard breaks (";", ":", "but", …) this clause was cut from at an "and" */
  piece: Mention[];
  start: number;
  end: number;
}

/** What can follow "and" at the start of a new statement. */
function startsStatement(ms: Mention[], k: number): boolean {
  const next = ms[k + 1];
  const after = ms[k + 2];
  if (!next) return false;
  if (next.kind === "metric" || next.kind === "direction" || next.kind === "surplus") return true;
  // "…and has already eclipsed $4.6 billion": a verb of its own
  if (
    next.kind === "sign-verb" &&
    after &&
    (after.kind === "qualifier" || after.kind === "direction" || after.kind === "multiple")
  )
    return true;
  if (next.kind === "multiple" && next.via === "verb") return true;
  if (next.kind === "us" && after && (after.kind === "metric" || after.kind === "direction" || after.kind === "sign-verb"))
    return true;
  return false;
}

function hasPredicate(ms: Mention[]): boolean {
  // a figure alone is no statement: "exports to and imports from Korea fell" is one clause with two figures
  return ms.some((m) => m.kind === "surplus" || (CLAIM_KINDS.has(m.kind) && m.kind !== "percent" && m.kind !== "among"));
}

export function splitClauses(mentions: readonly Mention[]): Clause[] {
  const pieces: Mention[][] = [[]];
  let depth = 0;
  for (const m of mentions) {
    // nothing inside brackets starts a clause: "(2024: $65.7B)" stays with what it explains
    if (m.kind === "connective" && m.word === "open") depth++;
    if (m.kind === "connective" && m.word === "close") depth = Math.max(0, depth - 1);
    if (m.kind === "clause-break" && depth > 0) continue;
    // "US goods deficit with Korea in 2016: $27.6 billion": a label before a colon belongs to what follows it
    const piece = pieces.at(-1)!;
    const label =
      m.text.trim() === ":" &&
      !hasPredicate(piece) &&
      piece.some((x) => x.kind === "metric" || x.kind === "period") &&
      !piece.some((x) => x.kind === "hedge" || x.kind === "negation");
    if (m.kind === "clause-break" && !label) pieces.push([]);
    else if (m.kind !== "clause-break") pieces.at(-1)!.push(m);
  }
  const out: { ms: Mention[]; piece: Mention[] }[] = [];
  for (const piece of pieces) {
    let current: Mention[] = [];
    let between = false;
    piece.forEach((m, k) => {
      if (m.kind === "connective" && m.word === "between") between = true;
      if (m.kind === "connective" && m.word === "and") {
        if (between) between = false;
        else if (hasPredicate(current) && startsStatement(piece, k)) {
          out.push({ ms: current, piece });
          current = [];
          return;
        }
      }
      current.push(m);
    });
    out.push({ ms: current, piece });
  }
  return out
    .filter((c) => c.ms.length > 0)
    .map((c) => ({ mentions: c.ms, piece: c.piece, start: c.ms[0]!.start, end: c.ms.at(-1)!.end }));
}
