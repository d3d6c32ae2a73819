/**
 * Titles of the people a channel puts on air, in the languages that say "on" a station: a presenter, host, anchor,
 * newsreader, announcer or DJ is on its air because the station employs them ("Présentatrice sur Radio Liban", "Host
 * on CGTN", "conduttrice su Rai 1"). Commentators, analysts, columnists and guests stay unbound by "on": they appear on
 * a channel without working for it (ties.ts). Ordinary dictionary senses (Collins, Larousse, Treccani), folded: no
 * diacritics, lower case.
 */
export const ON_AIR_TITLES: readonly string[] = [
  // English
  'presenter',
  'host',
  'co-host',
  'cohost',
  'anchor',
  'newsreader',
  'newscaster',
  'announcer',
  'anchorwoman',
  'anchorman',
  // French
  'presentateur',
  'presentatrice',
  'animateur',
  'animatrice',
  'speakerine',
  // Italian
  'conduttore',
  'conduttrice',
  'presentatore',
  'presentatrice',
  'annunciatore',
  'annunciatrice',
];

/**
 * "on"/"sur"/"su" right between such a title and the station, a desk word ("Animateur radio sur …") or an article or
 * "@" ("sur la RTB", "Host on @CGTN") allowed.
 */
export const ON_AIR_TIE = /^\s?(?:(?:radio|tv|télé|tele|news|tg)\s)?(?:on|sur|su)\s?(?:@|(?:la|le|les|l['’])\s?)?$/iu;

/**
 * All that may stand before the title in its clause: a rank, a desk or a past marker ("Senior news anchor on CGTN",
 * "ex-host on RT"). Anything else makes the title someone else's — a fan's "my favourite anchor on CGTN", a viewer's
 * "learning English with the host on CGTN", a topic's "podcast host on Xinhua's history" (a review of RULES_VERSION 32).
 */
export const ON_AIR_BEFORE: readonly string[] = [
  'ex',
  'former',
  'co',
  'senior',
  'chief',
  'lead',
  'main',
  'news',
  'radio',
  'tv',
  'morning',
  'evening',
  'weekend',
  'sports',
  'breakfast',
  'weather',
  'night',
  'late',
  'ancien',
  'ancienne',
  'tele',
  'gia',
];

/**
 * After the station, a one-off, a question, or a verb that makes the title a subject: "Travel host on Oman TV once",
 * "Host on CGTN?", "Anchor on CGTN is my idol".
 */
export const ON_AIR_AFTER =
  /^\s?(?:\?|(?:once|twice|tonight|someday|one day|in a past life|une fois|is|was|are|were|est|était|è|era)(?![\p{L}]))/iu;
