/**
 * A small gazetteer: the countries people name beside Korea in trade statements, with the words that name
 * them. Which of them korus holds data for is a fact of the data (DataFacts.partners), not of this list.
 */
export interface Country {
  /** as the data name it (Census country names) */
  name: string;
  /** ISO 3166 alpha-2, lower case */
  iso2: string;
  /** lower-case names, demonyms and capitals, as they stand in a sentence */
  words: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  {
    name: "South Korea",
    iso2: "kr",
    words: ["south korea", "republic of korea", "korea", "south korean", "korean", "seoul", "rok"],
  },
  { name: "China", iso2: "cn", words: ["china", "people's republic of china", "prc", "chinese", "beijing", "mainland china"] },
  { name: "Japan", iso2: "jp", words: ["japan", "japanese", "tokyo"] },
  { name: "Mexico", iso2: "mx", words: ["mexico", "mexican", "mexico city"] },
  { name: "Canada", iso2: "ca", words: ["canada", "canadian", "ottawa"] },
  { name: "Germany", iso2: "de", words: ["germany", "german", "berlin"] },
  { name: "North Korea", iso2: "kp", words: ["north korea", "north korean", "pyongyang", "dprk"] },
  { name: "Taiwan", iso2: "tw", words: ["taiwan", "taiwanese", "taipei"] },
  { name: "Vietnam", iso2: "vn", words: ["vietnam", "viet nam", "vietnamese", "hanoi"] },
  { name: "India", iso2: "in", words: ["india", "indian", "new delhi"] },
  { name: "France", iso2: "fr", words: ["france", "french", "paris"] },
  {
    name: "United Kingdom",
    iso2: "gb",
    words: ["united kingdom", "britain", "great britain", "british", "england", "london", "uk"],
  },
  { name: "Italy", iso2: "it", words: ["italy", "italian", "rome"] },
  { name: "Ireland", iso2: "ie", words: ["ireland", "irish", "dublin"] },
  { name: "Switzerland", iso2: "ch", words: ["switzerland", "swiss"] },
  { name: "Netherlands", iso2: "nl", words: ["netherlands", "dutch", "holland"] },
  { name: "Spain", iso2: "es", words: ["spain", "spanish", "madrid"] },
  { name: "Thailand", iso2: "th", words: ["thailand", "thai", "bangkok"] },
  { name: "Malaysia", iso2: "my", words: ["malaysia", "malaysian"] },
  { name: "Singapore", iso2: "sg", words: ["singapore", "singaporean"] },
  { name: "Indonesia", iso2: "id", words: ["indonesia", "indonesian", "jakarta"] },
  { name: "Philippines", iso2: "ph", words: ["philippines", "philippine", "filipino", "manila"] },
  { name: "Australia", iso2: "au", words: ["australia", "australian", "canberra"] },
  { name: "Brazil", iso2: "br", words: ["brazil", "brazilian"] },
  { name: "Russia", iso2: "ru", words: ["russia", "russian", "moscow"] },
  { name: "Saudi Arabia", iso2: "sa", words: ["saudi arabia", "saudi"] },
  { name: "Qatar", iso2: "qa", words: ["qatar", "qatari", "doha"] },
  { name: "Kuwait", iso2: "kw", words: ["kuwait", "kuwaiti"] },
  {
    name: "United Arab Emirates",
    iso2: "ae",
    words: ["united arab emirates", "the uae", "uae", "emirati", "abu dhabi", "dubai"],
  },
  { name: "Israel", iso2: "il", words: ["israel", "israeli"] },
  { name: "Turkey", iso2: "tr", words: ["turkey", "turkish", "ankara"] },
  { name: "European Union", iso2: "eu", words: ["european union", "the eu", "eu", "brussels"] },
];

/** Whether a piece of a claim names the country ("Korea's exports" names South Korea). */
export function namesCountry(name: string, text: string): boolean {
  const words = COUNTRIES.find((c) => c.name === name)?.words ?? [];
  const t = text.toLowerCase();
  return words.some((w) => new RegExp(`(^|[^a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^a-z])`).test(t));
}

/** Whether a piece of a claim names the US ("exports to the U.S.", "to America"). */
export function namesUs(text: string): boolean {
  return /\b(?:us|u\.s\.?|united states|american?)\b/i.test(text);
}

/** A country as a user types it on the command line: a name, a word for it or its ISO code, any case. */
export function countryNamed(text: string): Country | null {
  const t = text.trim().toLowerCase().replace(/[-_]+/g, " ");
  return COUNTRIES.find((c) => c.name.toLowerCase() === t || c.iso2 === t || c.words.includes(t)) ?? null;
}

/** A bundled partner named as the user typed it, or null: the partner list comes from the data. */
export function partnerNamed(partners: readonly string[], text: string): string | null {
  const t = text.trim().toLowerCase();
  const exact = partners.find((p) => p.toLowerCase() === t);
  if (exact) return exact;
  const c = countryNamed(text);
  return c && partners.includes(c.name) ? c.name : null;
}
