/**
 * Staff lines that name a state daily through the word "newspaper": Swahili "Mwandishi wa gazeti la HabariLeo"
 * (writer of the newspaper HabariLeo) and Portuguese "Repórter do jornal Notícias" (a daily whose title is the word
 * "news"). Both sides: bound by a title they are employment; without one, nothing or a mention.
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio/index';

describe('a title, "of the newspaper", then the daily', () => {
  it('Swahili "mwandishi" ("writer") binds the daily as employer, as English "writer" does', () => {
    expect(readBio('Mwandishi wa gazeti la HabariLeo ✍️ | Mwanza 🇹🇿').employment?.outlet.state).toBe('TZ');
  });

  it('"mwandishi" with no outlet is no employment', () => {
    expect(readBio('Mwandishi wa vitabu | Mwanza').employment).toBeUndefined();
  });

  it('Portuguese "do jornal Notícias" after a title is employment at Mozambique’s daily', () => {
    expect(readBio('Repórter do jornal Notícias ✍️ | Beira 🇲🇿').employment?.outlet.state).toBe('MZ');
  });

  it('"notícias" as the word for news is nothing, and a reader of the daily only mentions it', () => {
    const word = readBio('Adoro notícias | Beira');
    expect(word.employment).toBeUndefined();
    expect(word.mentions).toEqual([]);
    const reader = readBio('Leio o jornal Notícias todos os dias');
    expect(reader.employment).toBeUndefined();
    expect(reader.mentions.map((m) => m.outlet.state)).toEqual(['MZ']);
  });
});
