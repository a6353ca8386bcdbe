/** `korus help <topic>`: reference pages in the style of `gh help exit-codes`. */
export const EXIT_CODES_HELP = `Exit codes:
  0  success (for check: a verdict was reached)
  1  runtime or data error (corrupt data file: file:line: problem; damaged build; closed stdout; internal error)
  2  usage error (unknown command or option, bad value); nothing is printed on stdout
  3  check --exit-status: the claim is half-true, mostly-false or false
  4  check --exit-status: the claim is unverifiable`;

export const EXIT_CODES_TOPIC = `${EXIT_CODES_HELP}

Every error is one line on stderr starting "korus:", saying what was wrong and what is accepted.
Set DEBUG=korus to add a stack trace to an internal error.
Scripts: korus check '<claim>' --exit-status && echo "holds"
`;

export const FORMATS_TOPIC = `Output formats

Every command prints a human view (tables, charts, prose) to stdout; errors and notes go to stderr.
--json prints one JSON object: the very object the human view is rendered from. Plain numbers (no grouping,
no units), null for a missing value, never NaN. Every object has
  schemaVersion  1, check 2 (raised only when a field changes meaning or disappears)
  command        the command that made it
  meta.sources   the datasets used: dataset, file, title, table, publisher, unit, basis, vintage, url
--csv (deficit, trade, partners, origins, autos, rates, mirror, revisions, timeline): a header and one line per row, raw
numbers, an empty cell for a missing value; RFC 4180 quoting.
--format markdown (every command with a table, and check): GitHub-flavoured tables with every column, the chart
in a code block, the headline, notes and sources as paragraphs. --ascii: the human view in plain ASCII.

Precision (--json and --csv round every number to it, so no float noise such as 16.616400000000002):
  money in millions   0.1, as Census publishes it; converted money (--currency) also to 0.1 million
  money in billions   4 decimals (still $0.1 million): mirror's services figures
  exchange rates      4 decimals as H.10 publishes them, or 6 significant digits when finer (a rate below 1)
  percent             2 decimals (trade --change pct|yoy|cagr)
  convert result      2 decimals of the target currency
  everything else     computed ratios and growth rates (ratio, cagr, check's actual): 6 decimals

deficit    rows[] {year|month, exports, imports, balance, change, sourceId[, perUsd]} in millions of the
           currency (USD as published); first/last {period, balance}; ratio; cagr; change; markers[];
           range; coverage; unit; currency; basis; source; notes[]
convert    input {text, amount, currency}; to; result; rate {base, quote, rate}; legs[] {currency, base,
           quote, rate, perUsd, period, kind, source, label, derivation, dataset}; rateDate; kind; notes[]
rates      currencies[]; quotes {CUR: "USD per EUR" | "CUR per USD"}; rows[] {period, CUR...}; range
check      claim; asOf; latestFullYear; latestMonth; verdict; reason; interpretation {clauses[] {text,
           form, checks[], unread[], unverifiable, states}, checks[], rules[], unread[], unverifiable,
           reported}; clauses[] {check, verdict, actual, reason, evidence[], arithmetic[],
           explanation {period, band, error, sensitivity[]}}; caveats[]; hints[]; sources[]. A text
           (check --file, check -): one object a line with its index; --format json: results[]
facts      article {publisher, title, date, url}; query[]; facts[] {id, statement, quote, speaker,
           refersTo, kind, claim}
trade      series[]; transform; real {baseYear, deflator, baseIndex}; unit; rows[] {period, series...}
partners   view "year": year; rows[] {partner, code, exports, imports, balance, rank, sourceId};
           korea {rank, of}; missing[]. view "range": partners[]; rows[] {year, partner: deficit};
           koreaRank[]
mirror     rows[] {year, usReported, koreaReported, difference, koreaPublisher} ($ billions); why[];
           services {usReported[], koreaReported[]}
origins    view "year": flow; basis; year; rows[] {partner, code, kind, label, value, share, sourceId};
           missing[]. view "range": flow; basis; range; years[]; rows[] {partner, code, kind, label, from,
           to, change, changePct, shareFrom, shareTo, values[], index[]}; headline {us, world,
           worldWithoutUs, exceptions[]}; fuel {partners[], codes[], reason, from, to, changePct, restFrom,
           restTo, restChangePct}; chart[] ($M; percentages unrounded)
autos      range; unit; us {basis, sources[], coverage, shown, classes[], total, rows[] {year, byClass,
           automotive, allImports, allImportsSource, share, currentAllImports}, exportsToKorea: null,
           notes[]}; kr {basis, sources[], coverage, shown, product, rows[] {year, exports, imports,
           balance, totalBalance, share}, increase {from, to, autos, total, share}, notes[]}; notes[]
revisions  years[]; rows[] {year, sourceId, knownBy, vintage, exports, imports, balance, balanceRevision}
timeline   events[] {date, event, actors, sourceUrl, sourceTitle}
sources    datasets[] {id, file, title, publisher, unit, basis, coverage, vintage, url, notes, periodNotes, rows};
           copies[]; article

The README ("Output formats") documents every field; the test suite validates every command's JSON against
those documented schemas.
`;

export function dataTopic(
  datasets: { id: string; file: string; title: string; publisher: string; coverage: string; unit: string }[],
  sourcesFile = "data/SOURCES.md",
): string {
  const lines = datasets.map(
    (d) => `  ${d.file.padEnd(36)} ${d.coverage.padEnd(28)} ${d.unit}\n  ${"".padEnd(36)} ${d.title} (${d.publisher})`,
  );
  return `Bundled data (offline; no network is used at run time)

${lines.join("\n")}

Signs, the same in every view:
  balance   exports − imports; negative = a US deficit (deficit, trade, partners --year, revisions)
  deficit   imports − exports; positive = a US deficit (headlines, partners --from/--to, mirror's sizes)
  changes   signed as the quantity they change (a balance change of −14.0: the deficit widened by 14.0), with
            the words next to them: deficit widened / narrowed, surplus grew / shrank, turned to deficit / surplus
Monthly figures are not seasonally adjusted: headlines compare a month with the same month a year earlier, and
monthly tables default to $ millions.

Every number comes from a stored public source; SOURCES.md says where, with unit, basis and gaps:
  ${sourcesFile}
A missing value is shown as missing, never guessed. korus sources --cite prints citations.
KORUS_DATA_DIR=/path/to/data reads another copy of data/ (validated the same way; a corrupt file exits 1).
`;
}

export const TOPICS = ["exit-codes", "data", "formats", "claims", "verdicts"] as const;
