/**
 * scripts/score.ts refuses a capture that is not UTF-8 text: more than 64 undecodable bytes in its first 64 K
 * (each decodes to U+FFFD); a few, or any number after the first 64 K, do not make it "not UTF-8".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCaptureFile } from '../../scripts/score';

const dir = mkdtempSync(join(tmpdir(), 'lens-read-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An HTML file of `prefix` ASCII characters, then `bad` bytes that are not UTF-8 (Latin-1 é). */
function file(name: string, prefix: number, bad: number): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat([Buffer.from(`<p>${'a'.repeat(prefix)}`), Buffer.alloc(bad, 0xe9)]));
  return path;
}

const reason = (path: string) => {
  try {
    readCaptureFile(path);
    return 'read';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('readCaptureFile: UTF-8 or not', () => {
  it('65 undecodable bytes in the first 64 K: not UTF-8', () => {
    expect(reason(file('latin1.html', 10, 65))).toBe('not UTF-8 text');
  });
  it('64 of them, or 65 after the first 64 K: read (and refused only as no profile page)', () => {
    expect(reason(file('few.html', 10, 64))).not.toBe('not UTF-8 text');
    expect(reason(file('late.html', 70_000, 65))).not.toBe('not UTF-8 text');
  });
});
