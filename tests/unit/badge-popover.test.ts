// @vitest-environment happy-dom
/**
 * The popover in plain words (issue 16, item 2), rendered with the real English catalogues: one sentence why, the
 * basis of the call, the two questions in words, the evidence as sentences without repeating the headline, the
 * numbers behind a closed "details" disclosure; a moderator's label shows only that one reviewed the account
 * (issue 17, finding 1); no link anywhere; the viewer's say and the dashboard go to the background as messages.
 * Also the badge host: the page's theme followed live, hidden accounts drawn as nothing.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SignalResult } from '../../src/signals/types';
import type { Assessment } from '../../src/verdict';

/** Runs a step of the test and lets its promises settle (the badge draws synchronously, as plain DOM). */
async function act(step: () => unknown): Promise<void> {
  await step();
  await Promise.resolve();
}

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (f: string): Catalogue => JSON.parse(readFileSync(new URL(f, import.meta.url), 'utf8'));
const EN: Catalogue = { ...read('../../extension/i18n/common/en.json'), ...read('../../extension/i18n/badge/en.json') };

/** chrome.i18n.getMessage over the English catalogue: named placeholders, then $1… substitutions. */
function getMessage(key: string, subs?: string[]): string {
  const m = EN[key];
  if (!m) return '';
  return m.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_x, i: string) => subs?.[Number(i) - 1] ?? '');
  });
}

const sent: object[] = [];
// Before the badge modules load: extension/content/ext.ts takes `chrome` when it is imported.
(globalThis as unknown as { chrome: object }).chrome = {
  i18n: { getMessage, getUILanguage: () => 'en' },
  runtime: {
    sendMessage: async (m: object) => {
      sent.push(m);
      return undefined;
    },
  },
  storage: { local: { get: async () => ({}) }, onChanged: { addListener: () => undefined } },
};

const { badgeShown, createBadge, mountOf, removeBadge, setHidden, setShowUnchecked, showUncheckedOf, updateBadge } =
  await import('../../extension/content/badge-host');

const sig = (
  id: string,
  axis: SignalResult['axis'],
  points: number,
  evidence: string,
  strength?: SignalResult['strength'],
): SignalResult => ({
  id,
  axis,
  value: 3,
  threshold: 2,
  points,
  evidence,
  ...(strength ? { strength } : {}),
});

const LABEL = 'TikTok labels this account China state-controlled media.';
const LINK = 'The bio links to cgtn.com, a state outlet’s site.';
const CUE = 'The name presents the account as North Korea itself.';
const ZERO = 'Follows nobody, yet 201K people follow it.';
const YOUNG = '201K followers in 21 days.';
const HIT = 'Most posts reach far beyond its own audience.';

function assessment(
  verdict: Assessment['verdict'],
  signals: SignalResult[],
  reason: string,
  extra: object = {},
): Assessment {
  const sum = (axis: string) => signals.filter((s) => s.axis === axis).reduce((n, s) => n + s.points, 0);
  return {
    handle: 'acct_x',
    verdict,
    score: 60,
    affiliation: sum('affiliation'),
    amplification: sum('amplification'),
    signals,
    reason,
    observedAt: Date.UTC(2026, 11, 1, 12),
    ...extra,
  };
}

/** Draws the badge of `a`, opens its popover, and returns the popover element. */
async function open(a: Assessment): Promise<{ host: HTMLElement; box: HTMLElement }> {
  const host = createBadge(a.handle);
  document.body.append(host);
  await act(() => updateBadge(host, a));
  await act(() => (mountOf(host)!.querySelector('button.pill') as HTMLButtonElement).click());
  const box = mountOf(host)!.querySelector('.details') as HTMLElement;
  expect(box).not.toBeNull();
  return { host, box };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The two questions' answers in words: each <dt>'s <dd>, its level without the help line. */
const levels = (box: HTMLElement) =>
  Object.fromEntries(
    [...box.querySelectorAll('.axes dt')].map((dt) => [text(dt), text(dt.nextElementSibling?.firstChild as Element)]),
  );
const reasons = (box: HTMLElement) => [...box.querySelectorAll(':scope > ul > li')].map(text);

afterEach(() => {
  for (const host of document.querySelectorAll<HTMLElement>('provenance-badge')) removeBadge(host);
  sent.length = 0;
});

describe('popover in plain words', () => {
  it('state media: the label is the headline, not repeated as a reason; the call rests on a confirmed source', async () => {
    const a = assessment(
      'state-media',
      [sig('tiktok-label', 'affiliation', 100, LABEL, 'confirmed'), sig('zero-follows', 'amplification', 25, ZERO)],
      LABEL,
    );
    const { box } = await open(a);
    expect(text(box.querySelector('.title'))).toBe('State media @acct_x');
    expect(text(box.querySelector('.reason'))).toBe(LABEL);
    expect(reasons(box)).toEqual([ZERO]);
    expect(levels(box)['Ties to a state']).toBe('confirmed');
    expect(text(box)).not.toContain('a lead, not a confirmation');
  });

  it('a bio link: "possible state link", said to be a lead and not a confirmation', async () => {
    const a = assessment(
      'suspected',
      [sig('outlet-link', 'affiliation', 60, LINK, 'evidence')],
      `Ties to state media short of confirmation: ${LINK}`,
    );
    const { box } = await open(a);
    expect(text(box.querySelector('.title'))).toContain('Possible state link');
    expect(text(box)).toContain('That is a lead, not a confirmation.');
    expect(levels(box)).toEqual({ 'Ties to a state': 'a lead, not confirmed', 'Manufactured reach': 'none found' });
    // The link is the headline's own evidence: the list does not repeat it.
    expect(reasons(box)).toEqual([]);
    expect(text(box)).not.toContain('What it rests on');
  });

  it('a name cue with manufactured reach: says it is never enough alone, and says less (two reasons at most)', async () => {
    const a = assessment(
      'suspected',
      [
        sig('zero-follows', 'amplification', 25, ZERO),
        sig('young-reach', 'amplification', 25, YOUNG),
        sig('state-voice', 'affiliation', 20, CUE, 'cue'),
        sig('views-per-follower', 'amplification', 20, HIT),
      ],
      'It presents itself under a state’s name and its reach looks manufactured.',
    );
    const { box } = await open(a);
    expect(text(box)).toContain('never enough alone');
    expect(text(box)).toContain('a name alone never makes this call');
    expect(text(box)).not.toContain('Without the lead above');
    expect(levels(box)).toEqual({ 'Ties to a state': 'only its name or look', 'Manufactured reach': 'strong' });
    expect(reasons(box)).toEqual([ZERO, YOUNG]);
    // All four, with numbers, thresholds and points, behind the closed disclosure.
    const details = box.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(text(details.querySelector('summary'))).toBe('Details: numbers and thresholds');
    expect(details.querySelectorAll('li').length).toBe(4);
    expect(text(details)).toContain('Measured: 3 · threshold: 2 · +25 points');
    expect(text(details)).toContain('Score 60/100: ties to a state (20/100) plus half of manufactured reach (70/100)');
  });

  it('unusual reach: only numbers, nothing ties it to a state', async () => {
    const a = assessment(
      'unusual',
      [sig('zero-follows', 'amplification', 25, ZERO), sig('views-per-follower', 'amplification', 20, HIT)],
      'Its reach looks manufactured, but nothing ties it to a state.',
    );
    const { box } = await open(a);
    expect(text(box)).toContain('Only its numbers stand out: nothing ties it to a state.');
    expect(levels(box)).toEqual({ 'Ties to a state': 'none found', 'Manufactured reach': 'some' });
  });

  it('a moderator’s label: only that a moderator reviewed it, never the reason that names them or quotes the note', async () => {
    const a = assessment(
      'state-media',
      [sig('zero-follows', 'amplification', 25, ZERO)],
      'Confirmed as state media by Alice (moderator), 2026-12-01. Note: call the desk',
      { moderator: true },
    );
    const { box } = await open(a);
    expect(text(box.querySelector('.reason'))).toBe('A moderator reviewed this account.');
    expect(text(box)).not.toContain('Alice');
    expect(text(box)).not.toContain('call the desk');
  });

  it('no link; the viewer’s say and the dashboard are messages to the background', async () => {
    const a = assessment(
      'unusual',
      [sig('zero-follows', 'amplification', 45, ZERO)],
      'Its reach looks manufactured, but nothing ties it to a state.',
    );
    const { box } = await open(a);
    expect(box.querySelectorAll('a, [href]').length).toBe(0);
    await act(async () => (box.querySelector('button.dash') as HTMLButtonElement).click());
    await act(async () => {
      (box.querySelector('button.wrong') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(sent).toEqual([
      { handle: 'acct_x', type: 'content/open-dashboard' },
      { handle: 'acct_x', verdict: 'unusual', say: 'wrong', type: 'content/viewer-say' },
    ]);
    expect(text(box.querySelector('[role="status"]'))).toBe('Noted on this device, for whoever moderates.');
    expect(box.querySelector('button.wrong')).toBeNull();
    await act(async () => (box.querySelector('button.hide') as HTMLButtonElement).click());
    expect(sent[2]).toEqual({ handle: 'acct_x', verdict: 'unusual', say: 'hide', type: 'content/viewer-say' });
  });
});

describe('badge host', () => {
  it('follows the page’s theme switch live (data-theme, data-tux-color-scheme)', async () => {
    document.documentElement.setAttribute('data-theme', 'light');
    const host = createBadge('themed');
    document.body.append(host);
    await act(() => updateBadge(host, { handle: 'themed', verdict: 'unusual', score: 40 }));
    expect(host.getAttribute('theme')).toBe('light');
    document.documentElement.setAttribute('data-theme', 'dark');
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(host.getAttribute('theme')).toBe('dark');
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.setAttribute('data-tux-color-scheme', 'light');
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(host.getAttribute('theme')).toBe('light');
    document.documentElement.removeAttribute('data-tux-color-scheme');
  });

  it('an account the viewer hid keeps its host and attributes, and draws nothing until unhidden', async () => {
    const host = createBadge('hidden_one');
    document.body.append(host);
    await act(() => updateBadge(host, { handle: 'hidden_one', verdict: 'suspected', score: 60 }));
    expect(mountOf(host)!.querySelector('button.pill')).not.toBeNull();
    await act(() => setHidden(new Set(['hidden_one'])));
    expect(mountOf(host)!.querySelector('button.pill')).toBeNull();
    expect(host.hasAttribute('empty')).toBe(true);
    expect(host.getAttribute('verdict')).toBe('suspected');
    await act(() => setHidden(new Set()));
    expect(mountOf(host)!.querySelector('button.pill')).not.toBeNull();
  });

  it('the icon is an inline SVG, not a font glyph', async () => {
    const host = createBadge('iconic');
    document.body.append(host);
    await act(() => updateBadge(host, { handle: 'iconic', verdict: 'state-media', score: 100 }));
    const pill = mountOf(host)!.querySelector('button.pill')!;
    expect(pill.querySelector('svg.icon path')?.getAttribute('d')).toMatch(/^M/);
    expect(text(pill)).toBe('State media');
  });

  it('"Not checked" for a feed author never seen, only while the viewer asks for it (showUnchecked)', async () => {
    expect(showUncheckedOf({ showUnchecked: true })).toBe(true);
    for (const bad of [undefined, null, {}, { showUnchecked: 'yes' }]) expect(showUncheckedOf(bad)).toBe(false);
    const host = createBadge('never_seen', true);
    document.body.append(host);
    await act(() => updateBadge(host, { handle: 'never_seen', verdict: 'unknown', score: 0, unchecked: true }));
    expect(badgeShown('unknown', 'never_seen', true)).toBe(false);
    expect(mountOf(host)!.querySelector('button.pill')).toBeNull(); // off by default: no noise
    await act(() => setShowUnchecked(true));
    const pill = mountOf(host)!.querySelector('button.pill')!;
    expect(text(pill)).toBe('Not checked');
    expect(host.getAttribute('verdict')).toBe('unknown');
    await act(() => (pill as HTMLButtonElement).click());
    const box = mountOf(host)!.querySelector('.details')!;
    expect(text(box)).toContain('has not seen this account');
    expect([...box.querySelectorAll('button')].map((b) => b.className)).toEqual(['close']);
    // An unknown verdict that is not a never-seen author still draws nothing.
    const other = createBadge('private_one', true);
    document.body.append(other);
    await act(() => updateBadge(other, { handle: 'private_one', verdict: 'unknown', score: 0 }));
    expect(mountOf(other)!.querySelector('button.pill')).toBeNull();
    await act(() => setShowUnchecked(false));
    expect(mountOf(host)!.querySelector('button.pill')).toBeNull();
  });

  it('nothing notable (the check mark the viewer asked for): no basis sentence, even with a slight signal', async () => {
    const { setShowClear } = await import('../../extension/content/badge-host');
    await act(() => setShowClear(true));
    try {
      const a = assessment(
        'clear',
        [sig('hashtag-bait', 'amplification', 10, 'Bait hashtags on most posts.')],
        'Nothing notable.',
      );
      const { box } = await open(a);
      expect(text(box.querySelector('.title'))).toBe('Nothing notable @acct_x');
      expect(text(box)).not.toContain('Only its numbers stand out');
      expect(levels(box)).toEqual({ 'Ties to a state': 'none found', 'Manufactured reach': 'slight' });
    } finally {
      await act(() => setShowClear(false));
    }
  });
});

describe('one render per change of what the pill shows (issue 15)', () => {
  it('a fresher assessment with the same verdict keeps the pill; the popover then shows the fresh one', async () => {
    const cached = assessment('suspected', [sig('outlet-link', 'affiliation', 60, LINK, 'evidence')], LINK);
    const host = createBadge(cached.handle);
    document.body.append(host);
    await act(() => updateBadge(host, cached));
    const pill = mountOf(host)!.querySelector('button.pill');
    const fresh = assessment('suspected', [sig('zero-follows', 'amplification', 25, ZERO)], ZERO, {
      observedAt: Date.UTC(2026, 11, 2, 12),
    });
    await act(() => updateBadge(host, fresh));
    expect(mountOf(host)!.querySelector('button.pill')).toBe(pill);
    await act(() => (pill as HTMLButtonElement).click());
    expect(text(mountOf(host)!.querySelector('.reason'))).toBe(ZERO);
  });

  it('a changed verdict rebuilds it', async () => {
    const host = createBadge('acct_x');
    document.body.append(host);
    await act(() => updateBadge(host, assessment('unusual', [sig('zero-follows', 'amplification', 45, ZERO)], ZERO)));
    const pill = mountOf(host)!.querySelector('button.pill');
    await act(() => updateBadge(host, assessment('suspected', [sig('outlet-link', 'affiliation', 60, LINK)], LINK)));
    expect(mountOf(host)!.querySelector('button.pill')).not.toBe(pill);
    expect(text(mountOf(host)!.querySelector('button.pill'))).toBe('Possible state link');
  });
});
