// @vitest-environment happy-dom
/**
 * The options page's "badge for everyday viewing" (`badgeDisplay`: all, state media only, none) decides what the
 * in-page badge draws. The `<provenance-badge>` host and its `verdict`/`score` attributes stay for every verdict
 * (docs/design.md contract); only its shadow content changes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Verdict } from '../../src/verdict';

/** Runs a step of the test and lets its promises settle (the badge draws synchronously, as plain DOM). */
async function act(step: () => unknown): Promise<void> {
  await step();
  await Promise.resolve();
}

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '' } } }));

const { badgeDisplayOf, badgeShown, createBadge, mountOf, removeBadge, setBadgeDisplay, setShowClear, updateBadge } =
  await import('../../extension/content/badge-host');

const VERDICTS: Verdict[] = ['state-media', 'suspected', 'unusual', 'clear', 'unknown'];

function hosts(): Map<Verdict, HTMLElement> {
  const m = new Map<Verdict, HTMLElement>();
  for (const verdict of VERDICTS) {
    const host = createBadge(`acct_${verdict}`);
    document.body.append(host);
    updateBadge(host, { handle: `acct_${verdict}`, verdict, score: 42 });
    m.set(verdict, host);
  }
  return m;
}

/** Which verdicts draw a pill, and that every host still carries its attributes. */
function drawn(m: Map<Verdict, HTMLElement>): Verdict[] {
  for (const [verdict, host] of m) {
    expect(host.isConnected).toBe(true);
    expect(host.getAttribute('verdict')).toBe(verdict);
    expect(host.getAttribute('score')).toBe('42');
  }
  return [...m].filter(([, host]) => mountOf(host)?.querySelector('button.pill')).map(([v]) => v);
}

afterEach(async () => {
  await act(() => {
    setBadgeDisplay('all');
    setShowClear(false);
  });
  for (const host of document.querySelectorAll<HTMLElement>('provenance-badge')) removeBadge(host);
});

describe('badge display option', () => {
  it('reads the stored options item; anything malformed is "all"', () => {
    expect(badgeDisplayOf({ badgeDisplay: 'state-media' })).toBe('state-media');
    expect(badgeDisplayOf({ badgeDisplay: 'off', sensitivity: 'high' })).toBe('off');
    expect(badgeDisplayOf({ badgeDisplay: 'all' })).toBe('all');
    for (const bad of [undefined, null, 'off', 3, {}, { badgeDisplay: 'OFF' }, { badgeDisplay: ['off'] }])
      expect(badgeDisplayOf(bad)).toBe('all');
  });

  it('all: state media, suspected and unusual are drawn', async () => {
    let m!: Map<Verdict, HTMLElement>;
    await act(() => {
      m = hosts();
    });
    expect(drawn(m)).toEqual(['state-media', 'suspected', 'unusual']);
  });

  it('state media only: the other verdicts keep their host and attributes but draw nothing', async () => {
    let m!: Map<Verdict, HTMLElement>;
    await act(() => {
      m = hosts();
    });
    await act(() => setBadgeDisplay('state-media'));
    expect(drawn(m)).toEqual(['state-media']);
    expect(m.get('suspected')!.hasAttribute('empty')).toBe(true);
    expect(m.get('state-media')!.hasAttribute('empty')).toBe(false);
    expect(badgeShown('suspected')).toBe(false);
    expect(badgeShown('state-media')).toBe(true);
    // A badge drawn after the change follows it too.
    const late = createBadge('late');
    document.body.append(late);
    await act(() => updateBadge(late, { handle: 'late', verdict: 'unusual', score: 42 }));
    expect(late.getAttribute('verdict')).toBe('unusual');
    expect(mountOf(late)?.querySelector('button.pill')).toBeNull();
  });

  it('none: nothing is drawn for any verdict, the clear mark included; back to all redraws', async () => {
    let m!: Map<Verdict, HTMLElement>;
    await act(() => {
      setShowClear(true);
      m = hosts();
    });
    expect(drawn(m)).toEqual(['state-media', 'suspected', 'unusual', 'clear']);
    await act(() => setBadgeDisplay('off'));
    expect(drawn(m)).toEqual([]);
    for (const v of VERDICTS) expect(badgeShown(v)).toBe(false);
    await act(() => setBadgeDisplay('all'));
    expect(drawn(m)).toEqual(['state-media', 'suspected', 'unusual', 'clear']);
  });
});
