/** Where sentences end: shared by whole texts (text.ts) and by a claim of several sentences (read.ts). */

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  "u.s",
  "u.k",
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "no",
  "vs",
  "e.g",
  "i.e",
  "inc",
  "co",
  "corp",
  "ltd",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "gov",
  "sen",
  "rep",
  "amb",
  "approx",
  "est",
  "fig",
]);

/**
 * The positions just after each sentence end in `p` but the last: . ! ? (and closing quotes) before a space and a
 * capital, a digit or a quote, never inside "U.S.", "Mr." or "13.2".
 */
export function sentenceEnds(p: string): number[] {
  const ends: number[] = [];
  let start = 0;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let j = i + 1;
    while (j < p.length && /["'”’)\]]/.test(p[j]!)) j++;
    if (j >= p.length || !/\s/.test(p[j]!)) continue;
    const next = /\S/.exec(p.slice(j))?.[0];
    if (next === undefined || !/[A-Z0-9"“'‘(]/.test(next)) continue;
    if (ch === ".") {
      const word = /([A-Za-z.]+)$/.exec(p.slice(start, i))?.[1]?.toLowerCase() ?? "";
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word)) continue;
    }
    ends.push(j);
    start = j;
  }
  return ends;
}
