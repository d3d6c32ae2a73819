/**
 * After the forty-seventh and forty-eighth sets' misses were read (RULES_VERSION 41): an Albanian name in the
 * definite accusative and genitive-dative after a title's preposition, and the Mongolian label rendering. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { albanianCases } from '../../src/lists/bio/tables';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the forty-seventh and forty-eighth sets', () => {
  it('declines an Albanian name of two words or more in its first word', () => {
    expect(albanianCases('Agjencia Telegrafike Shqiptare')).toEqual([
      'Agjencinë Telegrafike Shqiptare',
      'Agjencisë Telegrafike Shqiptare',
    ]);
    expect(albanianCases('Televizioni Shqiptar')).toEqual(['Televizionin Shqiptar', 'Televizionit Shqiptar']);
    expect(albanianCases('ATSH')).toEqual([]);
    expect(albanianCases('Agjencia')).toEqual([]);
  });

  it('reads the accusative after a title, not a reader', () => {
    expect(jobOf('Redaktore në Agjencinë Telegrafike Shqiptare 📰 Tiranë')).toBe('atsh');
    expect(jobOf('Lexoj Agjencinë Telegrafike Shqiptare çdo mëngjes')).toBeUndefined();
  });

  it('reads the Mongolian rendering on the label element only', () => {
    expect(isLabelText('Төрийн хяналтад буй хэвлэл мэдээлэл (Монгол)')).toBe(true);
    expect(isLabelText('Төрийн бус хэвлэл мэдээлэл')).toBe(false);
    expect(isLabelText('Төрийн хэвлэл мэдээллийн тухай блог')).toBe(false);
  });
});
