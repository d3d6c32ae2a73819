/**
 * A viewer's own say about a badge (extension/background/viewer-say.ts): kept in storage.local, listed newest first
 * for the moderators' queue, withdrawn on request, capped; the content script's reading of the hidden handles.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const area = new Map<string, unknown>();
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (k: string) => (area.has(k) ? { [k]: structuredClone(area.get(k)) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) area.set(k, structuredClone(v));
        },
      },
    },
    i18n: { getMessage: () => '' },
  },
}));

const { MAX_ENTRIES, setViewerSay, viewerReports, ViewerSaySchema } = await import(
  '../../extension/background/viewer-say'
);
const { hiddenOf } = await import('../../extension/content/badge-host');
const { VIEWER_SAY_KEY } = await import('../../extension/protocol');
const v = await import('valibot');

beforeEach(() => area.clear());

describe('viewer say', () => {
  it('"looks wrong" and "hide" are kept per account, newest first, with the verdict shown at the time', async () => {
    await setViewerSay('first_acct', 'suspected', 'wrong', 1000);
    await setViewerSay('second_acct', 'unusual', 'hide', 2000);
    await setViewerSay('first_acct', 'suspected', 'hide', 3000);
    expect(await viewerReports()).toEqual([
      { handle: 'first_acct', at: 3000, verdict: 'suspected', wrong: 1000, hidden: 3000 },
      { handle: 'second_acct', at: 2000, verdict: 'unusual', hidden: 2000 },
    ]);
    expect([...hiddenOf(area.get(VIEWER_SAY_KEY))].sort()).toEqual(['first_acct', 'second_acct']);
  });

  it('a say can be withdrawn; an account with nothing left is dropped', async () => {
    await setViewerSay('acct', 'suspected', 'hide', 1000);
    await setViewerSay('acct', 'suspected', 'wrong', 1500);
    await setViewerSay('acct', 'unknown', 'hide', 2000, false); // a withdrawal keeps the verdict noted before
    expect(await viewerReports()).toEqual([{ handle: 'acct', at: 2000, verdict: 'suspected', wrong: 1500 }]);
    expect(hiddenOf(area.get(VIEWER_SAY_KEY)).size).toBe(0);
    await setViewerSay('acct', 'suspected', 'wrong', 2500, false);
    expect(await viewerReports()).toEqual([]);
  });

  it('says in quick succession do not overwrite each other', async () => {
    await Promise.all(['a1', 'a2', 'a3', 'a4'].map((h, i) => setViewerSay(h, 'unusual', 'wrong', 1000 + i)));
    expect((await viewerReports()).map((r) => r.handle)).toEqual(['a4', 'a3', 'a2', 'a1']);
  });

  it('keeps at most MAX_ENTRIES accounts, dropping the oldest', async () => {
    const many: Record<string, unknown> = {};
    for (let i = 0; i < MAX_ENTRIES; i++) many[`acct${i}`] = { at: 10 + i, verdict: 'unusual', wrong: 10 + i };
    area.set(VIEWER_SAY_KEY, many);
    await setViewerSay('newest', 'suspected', 'wrong', 1e9);
    const reports = await viewerReports();
    expect(reports.length).toBe(MAX_ENTRIES);
    expect(reports[0]!.handle).toBe('newest');
    expect(reports.some((r) => r.handle === 'acct0')).toBe(false);
  });

  it('malformed stored entries are ignored, not listed', async () => {
    area.set(VIEWER_SAY_KEY, { ok: { at: 5, verdict: 'clear', hidden: 5 }, bad: 'x', worse: { at: 'then' } });
    expect((await viewerReports()).map((r) => r.handle)).toEqual(['ok']);
    expect([...hiddenOf({ ok: { hidden: 5 }, bad: null, no: { wrong: 1 } })]).toEqual(['ok']);
    expect(hiddenOf('nonsense').size).toBe(0);
  });

  it('the message is checked: a known verdict, a known say, a valid handle', () => {
    expect(v.safeParse(ViewerSaySchema, { handle: 'acct', verdict: 'suspected', say: 'wrong' }).success).toBe(true);
    for (const bad of [
      { handle: 'acct', verdict: 'evil', say: 'wrong' },
      { handle: 'acct', verdict: 'clear', say: 'delete-all' },
      { handle: '<img src=x>', verdict: 'clear', say: 'hide' },
      { verdict: 'clear', say: 'hide' },
    ])
      expect(v.safeParse(ViewerSaySchema, bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('extension pages list the says and withdraw one through the router (ui/viewer-says, ui/viewer-unsay)', async () => {
    const { answer } = await import('../../extension/background/router');
    const db = {} as never; // neither message touches the database
    await setViewerSay('acct', 'suspected', 'hide', 1000);
    await setViewerSay('acct', 'suspected', 'wrong', 1200);
    expect(await answer(db, { type: 'ui/viewer-says' }, 1300)).toEqual({
      says: [{ handle: 'acct', at: 1200, verdict: 'suspected', wrong: 1200, hidden: 1000 }],
    });
    expect(await answer(db, { type: 'ui/viewer-unsay', handle: 'acct', say: 'hide' }, 1400)).toEqual({ ok: true });
    expect(await viewerReports()).toEqual([{ handle: 'acct', at: 1400, verdict: 'suspected', wrong: 1200 }]);
    await expect(answer(db, { type: 'ui/viewer-unsay', handle: 'acct', say: 'all' as never })).rejects.toThrow();
  });
});
