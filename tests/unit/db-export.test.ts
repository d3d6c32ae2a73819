import { describe, expect, it } from 'vitest';
import { accountsCsv, csvCell, exportCsv } from '../../extension/background/csv';
import { dumpTables, EXPORT_FORMAT, exportDb } from '../../extension/background/export';
import { importDb, mergeTables, parseExport } from '../../extension/background/import';
import { recordObservation } from '../../extension/background/record';
import { pin } from '../../extension/background/watchlist';
import { DAY_MS } from '../../src/time';
import { corpusObservations, freshDb, NOW } from './db-helpers';

/** A database with a bit of everything: corpus visits, labels, notes, a pin, a subscription, a setting. */
async function populated() {
  const { db } = freshDb();
  for (const o of corpusObservations()) await recordObservation(db, o, NOW);
  const [a, b] = await db.accounts.limit(2).primaryKeys();
  await db.modLabels.bulkPut([
    { handle: a!, verdict: 'state-media', note: 'outlet confirmed it', at: NOW - DAY_MS },
    { handle: b!, verdict: 'clear', at: NOW - DAY_MS },
  ]);
  await db.notes.add({ handle: a!, text: 'bio changed in March', at: NOW - 2 * DAY_MS });
  await pin(db, a!, NOW);
  await db.subscriptions.put({ url: 'https://example.org/list.json', enabled: true, addedAt: NOW, entries: [] });
  await db.meta.put({
    key: `label-history:${a!}`,
    value: [{ at: NOW - DAY_MS, by: 'Ann', action: 'label', decision: 'state-media', note: 'outlet confirmed it' }],
  });
  return { db, a: a!, b: b! };
}

describe('JSON export and import', { timeout: 30_000 }, () => {
  it('round-trips losslessly: export, import into an empty database, export again', async () => {
    const { db } = await populated();
    const file = JSON.parse(JSON.stringify(await exportDb(db, NOW)));
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: new Date(NOW).toISOString() });
    expect(file.tables.observations.length).toBeGreaterThan(50);

    const { db: empty } = freshDb();
    const report = await importDb(empty, file, NOW);
    expect(report.invalid).toBe(0);
    expect(report.conflicts).toEqual([]);
    expect(report.added.observations).toBe(file.tables.observations.length);
    const again = JSON.parse(JSON.stringify(await exportDb(empty, NOW)));
    expect(again).toEqual(file);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const { db } = await populated();
    const file = await exportDb(db, NOW);
    const before = await dumpTables(db);
    const report = await importDb(db, JSON.parse(JSON.stringify(file)), NOW);
    expect(Object.values(report.added).reduce((n, x) => n + (x ?? 0), 0)).toBe(0);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('merges another browser’s export: new visits added, moderator labels never overwritten, conflicts kept', async () => {
    const { db, a, b } = await populated();
    const theirs = JSON.parse(JSON.stringify(await exportDb(db, NOW)));
    // The other moderator disagrees on `a`, agrees on `b`, labelled a third account and saw a later visit of `a`.
    theirs.tables.modLabels = [
      { handle: a, verdict: 'suspected', note: 'not confirmed', at: NOW },
      { handle: b, verdict: 'clear', at: NOW - DAY_MS },
      { handle: 'third', verdict: 'unusual', at: NOW },
    ];
    const visit = {
      ...theirs.tables.observations.find((o: { handle: string }) => o.handle === a),
      observedAt: NOW + DAY_MS,
    };
    visit.id = 1; // an id the local table already uses
    theirs.tables.observations.push(visit);
    const obsBefore = await db.observations.count();

    const report = await importDb(db, theirs, NOW + DAY_MS);
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toMatchObject({
      handle: a,
      local: { verdict: 'state-media' },
      incoming: { verdict: 'suspected' },
    });
    expect((await db.modLabels.get(a))?.verdict).toBe('state-media');
    expect((await db.modLabels.get('third'))?.verdict).toBe('unusual');
    expect(await db.labelConflicts.count()).toBe(1);
    expect(await db.observations.count()).toBe(obsBefore + 1);
    expect((await db.observations.get(1))?.observedAt).not.toBe(NOW + DAY_MS); // local row 1 untouched

    // Importing it again reports the conflict again but stores it once.
    const again = await importDb(db, theirs, NOW + 2 * DAY_MS);
    expect(again.conflicts).toHaveLength(1);
    expect(await db.labelConflicts.count()).toBe(1);
  });

  it('keeps the newer account reading and the earliest first sighting', () => {
    const local = { accounts: [{ handle: 'x', firstSeen: 5, lastSeen: 10, verdict: 'clear', score: 1, followers: 1 }] };
    const incoming = {
      accounts: [{ handle: 'x', firstSeen: 2, lastSeen: 20, verdict: 'unusual', score: 40, followers: 9 }],
    };
    const empty = {
      observations: [],
      verdicts: [],
      modLabels: [],
      notes: [],
      labelConflicts: [],
      labelEvents: [],
      watchlist: [],
      subscriptions: [],
      meta: [],
    };
    const { writes } = mergeTables({ ...empty, ...local }, { ...empty, ...incoming }, NOW);
    expect(writes.accounts).toEqual([
      { handle: 'x', firstSeen: 2, lastSeen: 20, verdict: 'unusual', score: 40, followers: 9 },
    ]);
  });

  it('refuses files that are not exports, and skips malformed rows', async () => {
    expect(() => parseExport({ format: 'other', version: 1, tables: {} }, NOW)).toThrow(/not a Provenance Lens export/);
    expect(() => parseExport({ format: EXPORT_FORMAT, version: 2, tables: {} }, NOW)).toThrow(/version/);
    const { tables, invalid } = parseExport(
      {
        format: EXPORT_FORMAT,
        version: 1,
        tables: {
          accounts: [{ handle: 'ok', firstSeen: NOW, lastSeen: NOW, verdict: 'clear', score: 0 }, { handle: 5 }, null],
          modLabels: [{ handle: 'h', verdict: 'hacked', at: NOW }],
          observations: [{ handle: 'h', observedAt: NOW, status: 'ok', source: 'dom', timeline: [['1', 'x', 3]] }],
        },
      },
      NOW,
    );
    expect(tables.accounts).toHaveLength(1);
    expect(invalid).toBe(4);
  });

  it('an import that fails half-way writes nothing', async () => {
    const { db } = await populated();
    const file = JSON.parse(JSON.stringify(await exportDb(db, NOW)));
    const { db: target } = freshDb();
    await target.notes.add({ handle: 'mine', text: 'keep me', at: 1 });
    target.modLabels.hook('creating', () => {
      throw new Error('worker stopped');
    });
    await expect(importDb(target, file, NOW)).rejects.toThrow('worker stopped');
    const after = await dumpTables(target);
    expect(after.observations).toEqual([]);
    expect(after.accounts).toEqual([]);
    expect(after.notes).toHaveLength(1);
  });
});

describe('CSV', () => {
  it('guards every text cell that a spreadsheet would run as a formula', () => {
    for (const s of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(s).replace(/^"/, '')[0]).toBe("'");
    }
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell(-5)).toBe('-5'); // numbers are numbers, not text
  });

  it('accounts with their latest evidence, one per line', async () => {
    const { db, a } = await populated();
    await db.accounts.update(a, { nickname: '=cmd|calc' });
    const { csv } = await exportCsv(db);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'handle,nickname,verdict,score,moderator_label,moderator_note,tiktok_label,followers,signals,reason,bio,bio_link,first_seen,last_seen',
    );
    expect(lines.length - 1).toBe(await db.accounts.count());
    const row = lines.find((l) => l.startsWith(`${a},`))!;
    expect(row).toContain(`,"'=cmd|calc",`);
    expect(row).toContain('state-media,outlet confirmed it');
    expect(accountsCsv([])).toBe(`${lines[0]}\r\n`);
  });
});
