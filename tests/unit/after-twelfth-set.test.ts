/**
 * The twelfth fresh set's misses, as classes (docs/calibration.md): "retired" in other languages, Swahili "I write
 * for", the Greek acronym of Cyprus's broadcaster, EBC's Rádio Nacional stations by their full names, "the real X" in
 * the masculine, a Tagalog "what foreign media won't show", and a handle that clips the state's name at its start.
 * Both sides of each. Generic wordings, none of the set's own.
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio/index';
import { presents } from './self-presentation.helpers';

describe('"retired" puts the title in the past', () => {
  it.each([
    ['pl', 'Emerytowany dziennikarz TVP Info'],
    ['es', 'Periodista jubilada de teleSUR'],
    ['fr', 'Journaliste retraité de la RTI | Abidjan 🇨🇮'],
    ['pt', 'Repórter aposentado da TV Brasil'],
    ['tr', 'Emekli TRT muhabiri'],
  ])('%s', (_, bio) => {
    const e = readBio(bio).employment;
    expect(e).toBeDefined();
    expect(e?.former).toBe(true);
  });

  it('the same titles without it are current', () => {
    expect(readBio('Dziennikarz TVP Info').employment?.former).toBe(false);
    expect(readBio('Repórter da TV Brasil').employment?.former).toBe(false);
  });
});

describe('Swahili "ninaandikia" (I write for) binds a paper', () => {
  it('before the paper: employment', () => {
    expect(readBio('Ninaandikia gazeti la Zanzibar Leo | Unguja').employment?.outlet.state).toBe('TZ');
  });

  it('before anything else: nothing', () => {
    expect(readBio('Ninaandikia barua kwa mama').employment).toBeUndefined();
  });
});

describe('outlets by the names they go by at home', () => {
  it('ΡΙΚ, the Cyprus broadcaster’s Greek acronym', () => {
    expect(readBio('Δημοσιογράφος στο ΡΙΚ | Λευκωσία').employment?.outlet.state).toBe('CY');
  });

  it('EBC’s Rádio Nacional stations by their full names, not "Rádio Nacional" alone', () => {
    expect(readBio('Repórter na Rádio Nacional da Amazônia').employment?.outlet.id).toBe('ebc');
    expect(readBio('Repórter na Rádio Nacional').employment?.outlet.id).not.toBe('ebc');
  });
});

describe('the state’s voice in more wordings', () => {
  it.each([
    ['French, masculine', 'Le vrai Niger 🇳🇪 chaque jour'],
    ['Spanish, masculine', 'El verdadero Ecuador 🇪🇨'],
    ['Tagalog, what foreign media won’t show', 'Ang Pilipinas na ayaw ipakita ng dayuhang media'],
  ])('%s', (_, bio) => {
    expect(presents('Daily', bio)?.where).toBe('bio');
  });

  it('without the state, or with a traveller’s word, no voice', () => {
    expect(presents('Daily', 'Le vrai bonheur')).toBeUndefined();
    expect(presents('Daily', 'Le vrai Niger, mon voyage de 2024')).toBeUndefined();
  });
});

describe('a handle that names the state the way its speakers do', () => {
  it.each([
    ['Bagong Pilipinas 🇵🇭', 'bagong.pinas', 'PH'], // the everyday clipped form
    ['Nigeria Rising 🇳🇬', 'naija.rising', 'NG'],
    ['Burkina Debout 🇧🇫', 'faso.debout', 'BF'],
    ['Russia Sila 🇷🇺', 'rossia.sila', 'RU'],
  ])('%s as @%s', (name, handle, code) => {
    expect(presents(name, '', handle)?.state.code).toBe(code);
    expect(presents(name, '', 'plain.words')).toBeUndefined();
  });

  // A review's probes: the end of a capital's or an official name's letters is often a word or a name, and a short
  // form speaks of its own state only.
  it.each([
    ['Haiti Cheri 🇭🇹', 'prince.jn'], // Port-au-Prince
    ['Uruguay Celeste 🇺🇾', 'celeste.video'], // Montevideo
    ['Rwanda Nziza 🇷🇼', 'wanda.uwase'],
    ['Fiston Cuba 🇨🇺', 'fiston.rdc'], // the DR Congo's French initials, not Cuba's
    ['Cuba Resiste 🇨🇺', 'ana.msk'], // Moscow's
    ['Peru Fuerte 🇵🇪', 'san.marcos'], // three letters of no name of Peru's first
  ])('%s as @%s does not', (name, handle) => {
    expect(presents(name, '', handle)).toBeUndefined();
  });
});
