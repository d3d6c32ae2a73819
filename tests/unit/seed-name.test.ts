/**
 * RULES_VERSION 157: a state's name with its flag in the account's own name, nothing beside it, counts with the whole
 * seed pattern (follows nobody, young, views far past its audience, bait tags) — src/signals/state-voice.ts
 * (`name-cue`) and src/verdict.ts. Names written here; the seed pattern from tests/unit/seed.helpers.ts.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/verdict';
import { seedPattern } from './seed.helpers';

const NOW = Date.UTC(2026, 0, 15);
const verdictOf = (nickname: string, bio = 'Paz y progreso', disabled: string[] = [], handle = 'mi.laos.querido') =>
  assess(seedPattern(nickname, bio, NOW, handle), { now: NOW, disabled: new Set(disabled) }).verdict;

describe('a state’s name and flag as the account’s own name, with the whole seed pattern', () => {
  it('is `suspected`, with a reason of its own; each part of the pattern is needed', () => {
    expect(verdictOf('Mi Laos Querido 🇱🇦')).toBe('suspected');
    expect(verdictOf('My Belarus Story 🇧🇾', 'Calm streets, kind people', [], 'my.belarus.story')).toBe('suspected');
    const a = assess(seedPattern('Mi Laos Querido 🇱🇦', 'Paz y progreso', NOW), { now: NOW });
    expect(a.reasonSay?.key).toBe('reason_suspected_seed');
    for (const id of ['hashtag-bait', 'zero-follows', 'views-per-follower', 'young-reach', 'state-voice'])
      expect(verdictOf('Mi Laos Querido 🇱🇦', 'Paz y progreso', [id])).not.toBe('suspected');
  });
  it('not a flag alone beside a person, a given name without the flag, a topic "of" the state', () => {
    expect(verdictOf('Бабушка Нина 🇧🇾')).not.toBe('suspected');
    expect(verdictOf('Mali ✨ dance')).not.toBe('suspected');
    expect(verdictOf('Sabores de Laos 🇱🇦')).not.toBe('suspected');
    expect(verdictOf('Laos backpacking 🇱🇦')).not.toBe('suspected');
  });
  it('not without the state in the handle, nor beside a second flag', () => {
    expect(verdictOf('My Belarus Story 🇧🇾', 'Calm streets, kind people', [], 'daily.story.k1')).not.toBe('suspected');
    expect(verdictOf('Mi Laos Querido 🇱🇦🇹🇭')).not.toBe('suspected');
  });
  it('not where a topic, a trade or humour stands beside the name', () => {
    expect(verdictOf('Memes de Laos 🇱🇦😂')).not.toBe('suspected');
    expect(verdictOf('Laos Food Lover 🇱🇦')).not.toBe('suspected');
  });
});
