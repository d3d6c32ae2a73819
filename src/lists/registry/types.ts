import type { Typology } from '../typology';

/** One row of the registry: one outlet (or one broadcaster with its sister brands), facts only, with its source. */
export interface StateOutlet {
  /** Stable slug, e.g. 'cgtn'. */
  id: string;
  /** Display name, e.g. 'CGTN (China Global Television Network)'. */
  name: string;
  /** ISO 3166-1 alpha-2 of the state that funds, manages or controls it, e.g. 'CN'. */
  state: string;
  /**
   * Names as they appear in bios; matched as whole words. Short all-caps acronyms (<= 4 letters, e.g. 'RT', 'TASS')
   * are matched case-sensitively by the matcher; list native-script names too (e.g. '新华社', 'Россия сегодня').
   * Never an ordinary word, a given name or a name shared with another outlet (see the collision notes in index.ts).
   */
  aliases: string[];
  /**
   * Acronyms this outlet shares with broadcasters of other states ('RTI': Côte d'Ivoire's RTI and Radio Taiwan
   * International; 'TVM': Mozambique, Malta, Mauritania): matched case-sensitively like an alias, but only when the
   * bio or the name places the account in this outlet's state — its flag, name or capital (src/lists/states.ts) —
   * as "Journaliste à la RTI 🇨🇮" does. Unplaced, the acronym says nothing of which outlet is meant.
   */
  placed?: string[];
  /**
   * Names that are ordinary phrases or the names of papers elsewhere ('The Herald': Zimbabwe's, Glasgow's, Everett's;
   * 'Le Soleil': Senegal's and Quebec's): they count only written as the outlet writes them (capitals) and with the
   * outlet's state — its name, flag or capital — in the same clause or the name ("The Herald Zimbabwe", "quotidien
   * national Le Soleil 🇸🇳"). Stricter than `placed`, which the whole bio may place: a phrase may be the word.
   */
  placedInClause?: string[];
  /**
   * The outlet's own hosts, lower case, without scheme or path: a bio link matches one of them or any subdomain.
   * Mirrors, sister domains, short-link hosts and language editions on their own domains included when the outlet
   * or a public source documents them; never a generic host (video platforms, link-in-bio services, blog hosts).
   */
  domains: string[];
  /**
   * Why the row has no name in the script of its state's languages (src/lists/states-languages.ts), when it has none:
   * the outlet publishes in another language, its native name is an ordinary word, or another outlet shares it.
   * tests/unit/state-names-coverage.test.ts counts the rows that have neither.
   */
  noNativeName?: string;
  /** State Media Monitor typology (src/lists/typology.ts): what a tie to this outlet may mean for a verdict. */
  type: Typology;
  /**
   * Public source(s) for the row: the State Media Monitor assessment for `type` (or, for an outlet it does not
   * assess, the ownership facts its criteria are applied to), and where the domains are documented.
   */
  source: string;
}
