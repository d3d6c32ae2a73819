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
  'anchor',
  'newsreader',
  'newscaster',
  'announcer',
  'dj',
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

/** "on", "sur", "su": the only words between such a title and the station ("Host on CGTN", "animateur sur RTB"). */
export const ON_AIR_TIE = /^\s?(?:on|sur|su)\s?$/iu;
