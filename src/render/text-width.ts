/**
 * Display width and plain-ASCII fallback for every string korus lays out.
 *
 * Width: the columns a string takes in a terminal, not its .length: ANSI color codes and combining marks take 0,
 * East Asian wide characters (Hangul, CJK, fullwidth forms) take 2, box drawing, ₩, € and → take 1. Measured in
 * one pass, without a regex per call (the string-width package cli-table3 used cost 25-40 ms on a 40-row table).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences take no columns
const ANSI_RE = /\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g;

export function stripAnsi(s: string): string {
  return s.indexOf("\u001b") === -1 ? s : s.replace(ANSI_RE, "");
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Columns `s` takes on a terminal. */
export function displayWidth(input: string): number {
  const s = stripAnsi(input);
  let width = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x7f) {
      if (code >= 0x20) width++;
      continue;
    }
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp <= 0x9f || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

/** The widest line of a block, in columns. */
export function maxLineWidth(block: string): number {
  let w = 0;
  for (const line of block.split("\n")) w = Math.max(w, displayWidth(line));
  return w;
}

/** `s` padded with spaces to `width` columns, on the left (right-aligned) or the right. */
export function padTo(s: string, width: number, align: "left" | "right" | "center" = "left"): string {
  const room = Math.max(0, width - displayWidth(s));
  if (align === "right") return " ".repeat(room) + s;
  if (align === "center") return " ".repeat(room >> 1) + s + " ".repeat(room - (room >> 1));
  return s + " ".repeat(room);
}

/** The longest prefix of a plain (uncolored) string that fits in `width` columns. */
export function sliceToWidth(s: string, width: number): string {
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width) break;
    out += ch;
    w += cw;
  }
  return out;
}

/**
 * Plain-ASCII stand-ins, applied to text before it is measured and laid out (so a line that fits still fits):
 * box drawing, chart glyphs and markers, typographic signs and currency symbols. Letters with accents lose them;
 * anything else becomes "?".
 */
const ASCII: Record<string, string> = {
  "─": "-",
  "━": "-",
  "┄": "-",
  "┈": ".",
  "╌": "-",
  "╶": "-",
  "╴": "-",
  "═": "=",
  "│": "|",
  "┃": "|",
  "║": "|",
  "┆": ":",
  "┊": ":",
  "┌": "+",
  "┐": "+",
  "└": "+",
  "┘": "+",
  "├": "+",
  "┤": "+",
  "┬": "+",
  "┴": "+",
  "┼": "+",
  "╭": "+",
  "╮": "+",
  "╰": "+",
  "╯": "+",
  "╔": "+",
  "╗": "+",
  "╚": "+",
  "╝": "+",
  "┏": "+",
  "┓": "+",
  "┗": "+",
  "┛": "+",
  "█": "#",
  "▌": "#",
  "◆": "*",
  "▲": "^",
  "◀": "<",
  "●": "o",
  "•": "o",
  "·": ".",
  "→": "->",
  "←": "<-",
  "×": "x",
  "−": "-",
  "–": "-",
  "—": "--",
  "…": "...",
  "≤": "<=",
  "≥": ">=",
  "±": "+/-",
  "½": "1/2",
  "∞": "inf",
  "⁄": "/",
  "’": "'",
  "‘": "'",
  ʼ: "'",
  "´": "'",
  "“": '"',
  "”": '"',
  "„": '"',
  "«": '"',
  "»": '"',
  "₩": "KRW ",
  "€": "EUR ",
  "£": "GBP ",
  "￥": "JPY ",
  "¥": "JPY ",
  元: "CNY ",
  "\u00a0": " ",
};

export function toAscii(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: only non-ASCII text needs work
  if (!/[^\u0000-\u007f]/.test(text)) return text;
  let out = "";
  const s = text.replace(/CN¥/g, "CNY ");
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    const mapped = ASCII[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    // é → e; fullwidth digits and letters → their ASCII forms
    const folded = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: an ASCII result is what is kept
    out += /^[\u0000-\u007f]+$/.test(folded) ? folded : "?";
  }
  // "KRW 32.0T" but not "KRW  32" or a trailing space
  return out.replace(/(KRW|EUR|GBP|JPY|CNY) (?=[\s,;:)]|$)/g, "$1");
}
