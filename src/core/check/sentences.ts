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

const LETTER_OR_DOT = /[A-Za-z.]/;

/**
 * The positions just after each sentence end in `p` but the last: . ! ? (and closing quotes) before a space and a
 * capital, a digit or a quote, never inside "U.S.", "Mr." or "13.2". Linear in the length of `p`: every look
 * forward or back stays inside the run of characters around one mark ("A. A. A. …" for 100 KB is no slower).
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
    let k = j;
    while (k < p.length && /\s/.test(p[k]!)) k++;
    const next = p[k];
    if (next === undefined || !/[A-Z0-9"“'‘(]/.test(next)) continue;
    if (ch === ".") {
      // the word before the full stop: the letters and dots that run up to it (within this sentence)
      let w = i;
      while (w > start && LETTER_OR_DOT.test(p[w - 1]!)) w--;
      const word = p.slice(w, i).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word)) continue;
    }
    ends.push(j);
    start = j;
  }
  return ends;
}
