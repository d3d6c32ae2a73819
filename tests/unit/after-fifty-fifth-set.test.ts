/**
 * After the fifty-fifth and fifty-sixth sets' misses were read (RULES_VERSION 45): Tanjug's Serbian Cyrillic name
 * with њ, the Zulu "I am a reporter" as one word, and Thai viewers' "like watching" and "fan club" right before a
 * title (the Thai news photographer was taken back after a review: kin and hopes read the same). Both sides.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('after the fifty-fifth and fifty-sixth sets', () => {
  it.each([
    ['Дописница Тањуга из Ниша 📰 | Југ Србије', 'tanjug'],
    ['Ngiyintatheli ye-Isolezwe 📰 | eThekwini', 'independent-media-za'],
    ['ผู้สื่อข่าว NBT ชอบดูหนัง', 'nbt'],
    // a viewer's words elsewhere leave the reporter (a review)
    ['ชอบดูบอล ผู้สื่อข่าว NBT', 'nbt'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each(['Читам Тањуг', 'ชอบดูผู้สื่อข่าว NBT', 'แฟนคลับผู้ประกาศข่าว NBT', 'พ่อเป็นช่างภาพข่าว NBT'])('not: %s', (bio) =>
    expect(jobOf(bio)).toBeUndefined(),
  );
});
