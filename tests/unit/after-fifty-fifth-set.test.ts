/**
 * After the fifty-fifth and fifty-sixth sets' misses were read (RULES_VERSION 45): Tanjug's Serbian Cyrillic name
 * with њ, the Zulu "I am a reporter" as one word, the Thai news photographer, and Thai viewers' "like watching" and
 * "fan club" right before a title. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('after the fifty-fifth and fifty-sixth sets', () => {
  it.each([
    ['Дописница Тањуга из Ниша 📰 | Југ Србије', 'tanjug'],
    ['Ngiyintatheli ye-Isolezwe 📰 | eThekwini', 'independent-media-za'],
    ['ช่างภาพข่าว NBT ขอนแก่น 📹', 'nbt'],
    ['ผู้สื่อข่าว NBT ชอบดูหนัง', 'nbt'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each(['Читам Тањуг', 'ชอบดูผู้สื่อข่าว NBT', 'ชอบดูช่างภาพข่าว NBT', 'แฟนคลับผู้ประกาศข่าว NBT'])('not: %s', (bio) =>
    expect(jobOf(bio)).toBeUndefined(),
  );
});
