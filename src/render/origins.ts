import type { OriginRangeRow, OriginsRangeReport, OriginsYearReport } from "../core/origins";
import { toCsv } from "./csv";
import { Doc, type View } from "./doc";
import { formatNumber, MISSING } from "./format";

const m = (v: number | null) => (v === null ? MISSING : formatNumber(v, 1));
const p = (v: number | null, d = 1) => (v === null ? MISSING : `${formatNumber(v, d, { sign: true })}%`);
const share = (v: number | null) => (v === null ? MISSING : `${formatNumber(v, 2)}%`);
/** Machine output: $M to 0.1 and percentages to 0.01, as published and documented (never float noise). */
const r1 = (v: number | null) => (v === null ? null : Number(v.toFixed(1)));
const r2 = (v: number | null) => (v === null ? null : Number(v.toFixed(2)));

const FLOW_WORDS = {
  imports: { noun: "imports", from: "from", title: "Korea's imports by origin" },
  exports: { noun: "exports", from: "to", title: "Korea's exports by destination" },
  balance: { noun: "balance", from: "with", title: "Korea's goods balance by partner" },
} as const;

function name(x: { partner: string; label: string | null; kind: string }): string {
  if (!x.label || x.kind === "world") return x.partner;
  if (x.kind === "computed") return `${x.partner} (computed)`;
  return x.partner.endsWith(")") ? `${x.partner.slice(0, -1)}; ${x.label})` : `${x.partner} (${x.label})`;
}

/** "fell 3.0%" / "rose 0.6%": the headline's words for a percent change. */
function moved(v: number): string {
  return `${v < 0 ? "fell" : "rose"} ${formatNumber(Math.abs(v), 1)}%`;
}

export function renderOrigins(r: OriginsYearReport | OriginsRangeReport, o: View & { chart: boolean; height?: number }): string {
  // tables fit the width (src/render/table.ts): the partner names wrap, then the columns give way in `drop` order
  const doc = new Doc(o);
  const w = FLOW_WORDS[r.flow];
  if (r.view === "year") {
    doc.title(`${w.title}, ${r.year}, $ millions (${r.basis})`).blank();
    doc.table(
      [
        { header: "Partner", align: "left", wrap: true },
        { header: `${w.noun[0]!.toUpperCase()}${w.noun.slice(1)}\n$ millions` },
        ...(r.flow === "balance" ? [] : [{ header: "Share of\nthe world", drop: 1 }]),
      ],
      r.rows.map((x) => [name(x), m(x.value), ...(r.flow === "balance" ? [] : [share(x.share)])]),
    );
  } else {
    for (const sentence of headline(r)) doc.title(sentence);
    doc.blank().table(
      [
        { header: "Partner", align: "left", wrap: true },
        { header: `${r.range.from}\n$ millions`, short: r.range.from, drop: 4 },
        { header: `${r.range.to}\n$ millions`, short: r.range.to, drop: 5 },
        { header: "Change\n$ millions", short: "Change", drop: 3 },
        { header: "Change\n%" },
        ...(r.flow === "balance"
          ? []
          : [
              { header: `Share\n${r.range.from}`, drop: 1 },
              { header: `Share\n${r.range.to}`, drop: 2 },
            ]),
      ],
      r.rows.map((x) => [
        name(x),
        m(x.from),
        m(x.to),
        x.change === null ? MISSING : formatNumber(x.change, 1, { sign: true }),
        p(x.changePct),
        ...(r.flow === "balance" ? [] : [share(x.shareFrom), share(x.shareTo)]),
      ]),
      { unitNote: "Values and changes in $ millions." },
    );
    if (r.fuel) {
      const f = r.fuel;
      doc
        .blank()
        .text(
          `Much of the fall is fuel prices: imports from the four Gulf suppliers (${f.partners.join(", ")}) ${moved(f.changePct)} (${m(f.from)} → ${m(f.to)} $M); from the world without the US and those four, ${moved(f.restChangePct)} (${m(f.restFrom)} → ${m(f.restTo)}).`,
        );
    }
    const charted = r.chart.map((code) => r.rows.find((x) => x.code === code)).filter((x): x is OriginRangeRow => !!x);
    if (o.chart && r.years.length > 1 && charted.length) {
      doc.blank().chart({
        title: `${w.title}, indexed (${r.range.from} = 100)`,
        labels: r.years.map(String),
        series: charted.map((x) => ({ name: x.partner, values: x.index })),
        height: o.height ?? 12,
      });
    }
  }
  doc.blank();
  for (const n of r.notes) doc.note(n, "Note: ", "  ");
  for (const s of r.meta.sources)
    doc.note(`${s.publisher}, ${s.title}. ${s.basis}. ${s.vintage}.${s.url ? ` ${s.url}` : ""}`, "Source: ", "  ");
  return doc.toString();
}

/** The article's point in one sentence, and where it does not hold (a sentence each). */
function headline(r: OriginsRangeReport): string[] {
  const w = FLOW_WORDS[r.flow];
  const span = `${r.range.from} → ${r.range.to}`;
  const h = r.headline;
  if (!h || h.us === null) return [`${w.title}, ${span}, $ millions (${r.basis})`];
  const parts = [`Korea's ${w.noun} ${w.from} the US ${moved(h.us)} (${span})`];
  const rest: string[] = [];
  if (h.world !== null) rest.push(`${w.from} the world ${formatNumber(Math.abs(h.world), 1)}%`);
  if (h.worldWithoutUs !== null) rest.push(`${w.from} the world without the US ${formatNumber(Math.abs(h.worldWithoutUs), 1)}%`);
  const same = (v: number | null) => v === null || Math.sign(v) === Math.sign(h.us!);
  const sentence =
    rest.length && same(h.world) && same(h.worldWithoutUs)
      ? `${parts[0]}; ${rest.join(", ")}.`
      : `${parts[0]}; ${w.from} the world ${h.world === null ? "n/a" : moved(h.world)}, ${w.from} the world without the US ${h.worldWithoutUs === null ? "n/a" : moved(h.worldWithoutUs)}.`;
  const sentences = [sentence];
  if (r.flow === "imports" && h.exceptions.length)
    sentences.push(
      `${h.us < 0 ? "Not so for" : "Imports grew more than from the US from"} ${h.exceptions.map((x) => `${x.partner.endsWith(")") ? x.code : x.partner} (${p(x.changePct)})`).join(", ")}${h.us < 0 ? ": imports from them did not fall more than from the US" : ""}.`,
    );
  return sentences;
}

export function originsCsv(r: OriginsYearReport | OriginsRangeReport): string {
  if (r.view === "year") {
    return toCsv(
      ["year", "partner", "partner_code", "kind", "label", `${r.flow}_musd`, "share_of_world_pct", "source_id"],
      r.rows.map((x) => [r.year, x.partner, x.code, x.kind, x.label, r1(x.value), r2(x.share), x.sourceId]),
    );
  }
  return toCsv(
    [
      "partner",
      "partner_code",
      "kind",
      "label",
      `${r.flow}_${r.range.from}_musd`,
      `${r.flow}_${r.range.to}_musd`,
      "change_musd",
      "change_pct",
      `share_${r.range.from}_pct`,
      `share_${r.range.to}_pct`,
    ],
    r.rows.map((x) => [
      x.partner,
      x.code,
      x.kind,
      x.label,
      r1(x.from),
      r1(x.to),
      r1(x.change),
      r2(x.changePct),
      r2(x.shareFrom),
      r2(x.shareTo),
    ]),
  );
}
