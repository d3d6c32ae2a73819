/**
 * The State Media Monitor typology (Media and Journalism Research Center; the codes the ASD state-media-profiles
 * data set uses). Funding / governance / editorial control by the state:
 *   SC   state-controlled                       yes / yes / yes
 *   CaPu captured public or state-managed       no  / yes / yes
 *   CaPr captured private                       any / no  / yes
 *   ISFM independent state-funded and -managed  yes / yes / no   ("ISFM?" in the data set: assessment uncertain)
 *   ISF  independent state-funded               yes / no  / no
 *   ISM  independent state-managed              no  / yes / no
 *   IP   independent public                     no  / no  / no
 * What each means for a verdict is decided here and nowhere else.
 */
export const TYPOLOGIES = ['SC', 'CaPu', 'CaPr', 'ISFM', 'ISF', 'ISM', 'IP'] as const;
export type Typology = (typeof TYPOLOGIES)[number];

/**
 * How far a tie to an outlet of this type may take a verdict: SC and CaPu are state media (affiliation evidence;
 * `state-media` when a list names the account), CaPr is a privately owned outlet whose editorial line the
 * government captured (at most `suspected`), the four independent types are never affiliation evidence.
 */
export type Affiliation = 'state' | 'captured-private' | 'independent';

export function affiliationOf(type: Typology): Affiliation {
  if (type === 'SC' || type === 'CaPu') return 'state';
  if (type === 'CaPr') return 'captured-private';
  return 'independent';
}

/** A typology code as written in the data set ("ISFM?" counts as ISFM); undefined for anything else. */
export function parseTypology(raw: string): Typology | undefined {
  const t = raw.trim().replace(/\?$/, '');
  return (TYPOLOGIES as readonly string[]).includes(t) ? (t as Typology) : undefined;
}

/** Words for viewers, moderators and the CLI. */
export const TYPOLOGY_WORDS: Record<Typology, string> = {
  SC: 'state-controlled media',
  CaPu: 'captured public media (state-managed, government editorial control)',
  CaPr: 'captured private media (privately owned, editorial line captured by the government)',
  ISFM: 'publicly funded, editorially independent',
  ISF: 'publicly funded, editorially independent',
  ISM: 'publicly funded, editorially independent',
  IP: 'publicly funded, editorially independent',
};
