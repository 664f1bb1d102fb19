// What news prose says that the data packages do not: common short names, phrases that contain a
// country's name without naming the country, old city names, and the context that tells an
// ambiguous name apart. Everything else comes from world-countries and city-timezones.
import type { PlaceKind } from "./gazetteer.ts";

/** Short names in everyday news use, missing from world-countries' spellings. */
export const ALIASES: [string, string, PlaceKind?][] = [
  ["US", "US"], ["America", "US"], ["Washington", "US", "capital"],
  ["Britain", "GB"], ["Turkey", "TR"], ["Korea", "KR"], ["Korean", "KR", "demonym"],
  ["Holland", "NL"], ["Czech Republic", "CZ"], ["Persia", "IR"], ["Burma", "MM"],
  ["Mainland China", "CN"], ["PRC", "CN"], ["ROK", "KR"], ["Republic of Korea", "KR"],
  ["East Timor", "TL"], ["Kyrgyz Republic", "KG"], ["Swaziland", "SZ"], ["Cape Verde", "CV"],
  ["Macao", "MO"], ["Vatican", "VA"], ["Gaza", "PS"], ["West Bank", "PS"],
  ["S Korea", "KR"], ["N Korea", "KP"], ["England", "GB"], ["Scotland", "GB"], ["Wales", "GB"],
  ["Northern Ireland", "GB"], ["English", "GB", "demonym"], ["Scottish", "GB", "demonym"],
  ["Welsh", "GB", "demonym"], ["Philippine", "PH", "demonym"], ["Lao", "LA", "demonym"],
  ["Emirati", "AE", "demonym"], ["Saudi", "SA", "demonym"], ["Kazakh", "KZ", "demonym"],
  ["Uzbek", "UZ", "demonym"], ["Kyrgyz", "KG", "demonym"], ["Tajik", "TJ", "demonym"], ["Turkmen", "TM", "demonym"],
];

/** Phrases that contain a country's name but name no country; matched first, counted for none. */
export const BLOCKERS: [string][] = [
  ["Latin America"], ["South America"], ["North America"], ["Central America"],
  ["Latin American"], ["South American"], ["North American"], ["Central American"],
  ["Native American"], ["American Indian"], ["Indian Ocean"], ["New Mexico"], ["New Jersey"],
  ["New South Wales"], ["New Guinea"], ["Guinea pig"], ["Guinea pigs"], ["Guinea fowl"],
  ["Fine China"], ["Bone China"], ["China cabinet"], ["China shop"], ["Washington state"],
  ["Washington State"], ["University of Washington"], ["Washington Post"], ["Turkish delight"],
  ["French fries"], ["Jordan River"], ["Lake Victoria"], ["Chinese New Year"],
  ["Georgia Tech"], ["Wall Street Journal"], ["Korean War"],
];

/** Words after a country's name or demonym that make it a company's: "Malaysia Airlines", "British Airways". */
export const ORG_SUFFIXES = ["Airlines", "Airways", "Air Lines"];

/** Old names a dateline may still carry, with today's name. */
// Old names, older spellings and newsroom short forms, each with today's name.
export const OLD_NAMES: Record<string, string> = {
  Peking: "Beijing", Bombay: "Mumbai", Saigon: "Ho Chi Minh City", Rangoon: "Yangon",
  Calcutta: "Kolkata", Madras: "Chennai", Kiev: "Kyiv", Bangalore: "Bengaluru",
  Pusan: "Busan", Canton: "Guangzhou", Poona: "Pune", Dacca: "Dhaka", Ceylon: "Sri Lanka",
  "Ulan Bator": "Ulaanbaatar", "Alma-Ata": "Almaty", "Nur-Sultan": "Astana", Frunze: "Bishkek",
  Tsingtao: "Qingdao", Amoy: "Xiamen", Benares: "Varanasi", Simla: "Shimla", Trivandrum: "Thiruvananthapuram",
  Batavia: "Jakarta", Siam: "Thailand", Formosa: "Taiwan", HCMC: "Ho Chi Minh City",
};

/**
 * National news agencies and the country each reports from: "GEORGE TOWN, Oct 13 (Bernama)" is
 * Penang's George Town, not the Caymans'. Only ever a tie-breaker between places of one name.
 */
export const AGENCY_HOME: Record<string, string> = {
  bernama: "MY", yonhap: "KR", kyodo: "JP", jiji: "JP", xinhua: "CN", antara: "ID", pti: "IN", ians: "IN", ani: "IN", uni: "IN",
  vna: "VN", pna: "PH", app: "PK", bss: "BD", rss: "NP", kpl: "LA", akp: "KH", mna: "MM", kazinform: "KZ", irna: "IR",
  tass: "RU", aap: "AU", "prensa latina": "CU", efe: "ES", ansa: "IT", dpa: "DE", "anadolu": "TR", wam: "AE", spa: "SA", kuna: "KW",
};

/** An ambiguous name counts only in its own context: cues for the country, cues against it. */
export interface ContextRule {
  code: string;
  /** The names this rule governs, as written. */
  names: string[];
  /** Any of these in the brief confirms the country. */
  confirm: RegExp;
  /** Any of these (and no confirming cue) rules the country out. */
  refute: RegExp;
}

export const CONTEXT_RULES: ContextRule[] = [
  {
    code: "GE",
    names: ["Georgia"],
    confirm: /\b(Tbilisi|Caucasus|Abkhaz|Ossetia|Kobakhidze|Batumi|Kutaisi|Black Sea|Georgian Dream)/,
    // "Georgian" is also the British period of 1714–1837: silver, porcelain, terraces.
    // "the site in Ellabell, Georgia": a town then its state, as US datelines and copy write it.
    refute: /\b(Atlanta|Savannah|Augusta|Macon|Peach State|U\.?S\.? state|state of Georgia|Georgia's governor|Governor|Senator|Republican|Democrat|county|(?:in|at|from|near) [A-Z][a-z-]+, Georgia\b|Immigration and Customs Enforcement|Homeland Security|Bulldogs|Braves|Regency|Victorian|antique|porcelain|bone china|auction|Georgian (?:era|period|style|architecture|silver|furniture|house|terrace|England|Britain|London))/i,
  },
  {
    code: "TR",
    names: ["Turkey"],
    confirm: /\b(Ankara|Istanbul|Turkish|Erdogan|Erdoğan|Türkiye|lira|Bosphorus|Kurd)/,
    refute: /\b(Thanksgiving|roast|poultry|gobble|stuffing|wild turkey|turkey (farm|sales|price|dinner)|avian|bird flu|Christmas dinner)/i,
  },
  {
    code: "JO",
    names: ["Jordan"],
    confirm: /\b(Amman|Jordanian|Hashemite|King Abdullah|Aqaba)/,
    // A person named Jordan ("Minister Jordan Whitfield", "Michael Jordan") is read per mention, in countries.ts.
    refute: /\b(Air Jordan|NBA|basketball|sneakers?)\b/i,
  },
  {
    code: "TD",
    names: ["Chad"],
    confirm: /\b(N'Djamena|Chadian|Sahel|Deby|Déby|Lake Chad)/,
    refute: /\bhanging chads?\b/i,
  },
];
