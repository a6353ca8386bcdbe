/**
 * Safe echo: user input shown back (a claim, an unknown option, a bad value) can never drive the terminal. Control
 * characters (C0, DEL, C1), bidirectional overrides, isolates and marks, and the Unicode line separators are shown as
 * escapes: `\x1b`, `\x9b`, `\u202e`.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_IN_OUTPUT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
  /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// JSON.stringify escapes C0 itself; these it leaves raw
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function shown(ch: string): string {
  const cp = ch.charCodeAt(0);
  return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u${cp.toString(16).padStart(4, "0")}`;
}

/** User text for one line of output: every control character, newline and tab included, made visible. */
export function safeText(text: string): string {
  return text.replace(UNSAFE, shown);
}

/**
 * The last guard on everything korus writes: newlines, tabs and, when color may be on, the color codes korus emits
 * (SGR, `ESC [ … m`) pass;
 * any other control or bidi character is made visible. Values are made safe where they are echoed; this catches
 * what a new message might forget.
 */
export function safeOutput(text: string, colorCodes: boolean): string {
  return text.replace(UNSAFE_IN_OUTPUT, (m) => (m.length > 1 ? (colorCodes ? m : safeText(m)) : shown(m)));
}

/** JSON text whose strings hold no raw C1, bidi or line-separator character: they become \u escapes (still valid JSON). */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE_IN_JSON,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
