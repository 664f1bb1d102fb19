// An ISO 3166-1 alpha-2 code is a country only when it is assigned: "XX" has the shape and names nothing.
// The runtime's own region names (ICU) say which are: an unknown code comes back as itself.
const names = new Intl.DisplayNames(["en"], { type: "region" });
// Codes ICU names that are no country a brief is about: the EU, the eurozone, the UN, "Outlying Oceania", "Unknown Region".
const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "QO", "ZZ"]);

/** "uk" → "GB": the code analysis uses, in capitals ("UK" is the one reserved code people write for a country). */
export const normaliseCountryCode = (code: string): string => (code.toUpperCase() === "UK" ? "GB" : code.toUpperCase());

/** True for an assigned two-letter country code such as "JP" (either case). */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Za-z]{2}$/.test(code)) return false;
  const upper = normaliseCountryCode(code);
  return !NOT_COUNTRIES.has(upper) && names.of(upper) !== upper;
}
