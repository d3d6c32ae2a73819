/**
 * The State Media Monitor CSV as a list source (src/lists/smm-csv.ts): the CSV reader on the edge cases of RFC 4180
 * and on hostile input, the data set's header and rows, the list made of them, and the real data set from
 * ../shared/state-media-profiles (other people's data: read at test time, never copied into the repository; the
 * tests on it fail under CI when it is missing and are skipped, visibly, elsewhere).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainLookup, LIST_FORMAT, listLookup } from '../../src/lists/format';
import {
  CSV_LIMITS,
  isStateMediaCsv,
  parseCsv,
  parseStateMediaCsv,
  readListText,
  SMM_NAME,
} from '../../src/lists/smm-csv';

const SMM_CSV = resolve(import.meta.dirname, '../../../shared/state-media-profiles/State_Media_Matrix.csv');
const HAVE_SMM = existsSync(SMM_CSV);
if (!HAVE_SMM && process.env.CI) throw new Error(`the State Media Monitor data set is missing: ${SMM_CSV}`);

const HEADER =
  'Region,Country,Media company,Main assets,URL,Typology,Status,Notes,Instagram Link,Twitter Link,Facebook Link,' +
  'Youtube Link,Telegram Link,VK Link,Linkedin link,Ok.ru link,Tiktok Link,Rutube Link,streaming media URL';

/** A data-set row from the columns this reader uses. */
function row(r: { country?: string; company?: string; assets?: string; url?: string; type?: string; tiktok?: string }) {
  const q = (s = '') => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [
    'Region',
    q(r.country ?? 'Ruritania'),
    q(r.company ?? 'Ruritanian Broadcasting'),
    q(r.assets ?? 'RBC One'),
    q(r.url ?? ''),
    q(r.type ?? 'SC'),
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    q(r.tiktok ?? ''),
    '',
    '',
  ].join(',');
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks, CRLF, LF and CR alike', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\n1,,3\r"",last,\n';
    const { rows, lines, errors } = parseCsv(text);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\r\nlines'],
      ['1', '', '3'],
      ['', 'last', ''],
    ]);
    // The record after the quoted line break starts on line 4.
    expect(lines).toEqual([1, 2, 4, 5]);
  });

  it('drops a byte-order mark, blank lines and a missing final newline', () => {
    expect(parseCsv('\uFEFFh1,h2\n\n\r\nv1,v2').rows).toEqual([
      ['h1', 'h2'],
      ['v1', 'v2'],
    ]);
    expect(parseCsv('').rows).toEqual([]);
    expect(parseCsv('\n\n').rows).toEqual([]);
  });

  it('keeps sloppy quotes as text and says where; an unclosed quote ends the file without throwing', () => {
    const sloppy = parseCsv('a,b\n"quoted"tail,mid"quote\n');
    expect(sloppy.rows[1]).toEqual(['quotedtail', 'mid"quote']);
    expect(sloppy.errors).toEqual(['line 2: text after a closing quote']);
    const open = parseCsv('a,b\n"never closed,x\ny,z\n');
    expect(open.rows[1]).toEqual(['never closed,x\ny,z\n']);
    expect(open.errors).toEqual(['line 2: a quoted field is never closed']);
  });

  it('caps the size, the records, the fields and the field length', () => {
    const limits = { maxChars: 1000, maxRows: 3, maxFields: 4, maxFieldLength: 10 };
    expect(parseCsv('x'.repeat(1001), limits)).toMatchObject({ rows: [], errors: [expect.stringMatching(/larger/)] });
    const many = parseCsv('1\n2\n3\n4\n5\n', limits);
    expect(many.rows).toEqual([['1'], ['2'], ['3']]);
    expect(many.errors).toEqual([expect.stringMatching(/more than 3 records/)]);
    const wide = parseCsv('a,b,c,d,e,f\n', limits);
    expect(wide.rows).toEqual([['a', 'b', 'c', 'd']]);
    expect(wide.errors[0]).toMatch(/line 1: more than 4 fields/);
    const long = parseCsv(`${'y'.repeat(50)},"${'z'.repeat(50)}"\n`, limits);
    expect(long.rows).toEqual([['y'.repeat(10), 'z'.repeat(10)]]);
    expect(long.errors[0]).toMatch(/longer than 10 characters was cut/);
  });

  it('reports problems one by one up to a cap, then counts the rest', () => {
    const text = Array.from({ length: 150 }, () => '"a"b').join('\n');
    const { errors } = parseCsv(text);
    expect(errors).toHaveLength(101);
    expect(errors.at(-1)).toBe('… and 50 more problems');
  });

  it('never throws, on any text or on no text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', '\uFEFF', 'é', ' ') }), (s) => {
        const r = parseCsv(s);
        expect(r.rows.length).toBe(r.lines.length);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        parseCsv(s);
        parseStateMediaCsv(s);
        readListText(s);
      }),
      { numRuns: 1000 },
    );
    for (const bad of [null, undefined, 42, {}, ['a']]) {
      expect(parseCsv(bad as never).errors).toEqual(['not text']);
      expect(readListText(bad as never).list).toBeUndefined();
    }
  });

  it('reads back what an RFC 4180 writer wrote', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\r\n', '\n', ' ', 'ж'), maxLength: 12 });
    const record = fc.array(field, { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 8 }), (records) => {
        const q = (s: string) => (/[",\r\n]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s);
        const text = records.map((r) => r.map(q).join(',')).join('\r\n');
        expect(parseCsv(text).rows).toEqual(records);
      }),
      { numRuns: 500 },
    );
  });

  it('reads hostile 5 MB texts to the end without throwing (their time is the bench’s to measure)', () => {
    const text = `"${'",x'.repeat(1_600_000)}`;
    for (const t of [
      text.slice(0, CSV_LIMITS.maxChars),
      ','.repeat(CSV_LIMITS.maxChars),
      '\n'.repeat(CSV_LIMITS.maxChars),
    ])
      expect(() => parseCsv(t)).not.toThrow();
  });
});

describe('parseStateMediaCsv', () => {
  it('recognises the data set by its header, in any case and column order', () => {
    expect(isStateMediaCsv(`${HEADER}\n`)).toBe(true);
    expect(isStateMediaCsv('\uFEFFTIKTOK LINK, typology ,URL,Main  Assets,Media Company,country\n')).toBe(true);
    expect(isStateMediaCsv('handle,source\nx,y\n')).toBe(false);
    expect(isStateMediaCsv('Country,Media company,Main assets,URL,Typology\n')).toBe(false); // no Tiktok Link
    const other = parseStateMediaCsv('handle,source\nx,y\n');
    expect(other.list).toBeUndefined();
    expect(other.errors[0]).toMatch(/not the State Media Monitor CSV.*"tiktok link"/);
  });

  it('reads country, company, assets, typology, domains and TikTok accounts of each row', () => {
    const text = [
      HEADER,
      row({
        country: 'Ruritania',
        company: 'Ruritanian Broadcasting (RBC)',
        assets: 'RBC One',
        url: 'HTTPS://WWW.RBC.example.rr/news/',
        tiktok: 'https://www.tiktok.com/@RBC_One https://www.tiktok.com/@rbc.news?lang=en, tiktok.com/@rbc_one/video/1',
      }),
      row({ company: 'Daily Ruritanian', assets: '', url: 'www.daily.rr', type: 'ISFM?' }),
      row({ url: '', type: 'CaPr', tiktok: '' }),
    ].join('\r\n');
    const { list, errors } = parseStateMediaCsv(text);
    expect(errors).toEqual([]);
    expect(list?.records).toBe(3);
    expect(list?.rows).toEqual([
      {
        line: 2,
        country: 'Ruritania',
        company: 'Ruritanian Broadcasting (RBC)',
        assets: 'RBC One',
        typology: 'SC',
        code: 'SC',
        domains: ['rbc.example.rr'],
        handles: ['rbc_one', 'rbc.news'],
      },
      {
        line: 3,
        country: 'Ruritania',
        company: 'Daily Ruritanian',
        assets: '',
        typology: 'ISFM',
        code: 'ISFM?',
        domains: ['daily.rr'],
        handles: [],
      },
      expect.objectContaining({ typology: 'CaPr', domains: [], handles: [] }),
    ]);
  });

  it('leaves out rows it cannot trust, and says which and why', () => {
    const text = [
      HEADER,
      row({ type: 'State-ish' }),
      row({ type: '' }),
      row({ company: '', assets: '' }),
      ',,,,,,,,,,,,,,,,,,', // a row of empty cells: silently nothing
      row({ tiktok: 'https://vm.tiktok.com/ZMabc/ https://www.youtube.com/@x @fine_one' }),
      row({ url: 'https://www.facebook.com/rbc not a url' }),
    ].join('\n');
    const { list, errors } = parseStateMediaCsv(text);
    expect(list?.rows.map((r) => r.handles)).toEqual([['fine_one'], []]);
    expect(list?.rows[1]?.domains).toEqual([]);
    expect(errors).toEqual([
      'line 2 (Ruritanian Broadcasting): unknown typology "State-ish"; row left out',
      'line 3 (Ruritanian Broadcasting): no typology; row left out',
      'line 4 (unnamed outlet): no media company or asset named; row left out',
      'line 6 (Ruritanian Broadcasting): not a TikTok profile link: "https://vm.tiktok.com/ZMabc/"',
      'line 6 (Ruritanian Broadcasting): not a TikTok profile link: "https://www.youtube.com/@x"',
      'line 7 (Ruritanian Broadcasting): URL without a usable outlet domain: "https://www.facebook.com/rbc"',
      'line 7 (Ruritanian Broadcasting): URL without a usable outlet domain: "not"',
      'line 7 (Ruritanian Broadcasting): URL without a usable outlet domain: "a"',
      'line 7 (Ruritanian Broadcasting): URL without a usable outlet domain: "url"',
    ]);
  });
});

describe('the data set as a list', () => {
  const text = [
    HEADER,
    row({ company: 'RBC', assets: 'RBC One', url: 'https://rbc.rr/', tiktok: 'https://www.tiktok.com/@rbc' }),
    row({ company: 'RBC', assets: 'RBC Radio', url: 'https://rbc.rr/', type: 'ISFM', tiktok: '@rbc' }),
    row({ company: 'Captured Daily', assets: '', url: 'https://daily.rr', type: 'CaPr', tiktok: '@daily' }),
    row({ country: 'Elbonia', company: 'Elbonia TV', assets: 'ETV', url: 'etv.el', type: 'CaPu', tiktok: '@etv' }),
  ].join('\n');

  it('one entry per account and one domain per outlet domain, each citing its row', () => {
    const list = readListText(text).list!;
    expect(list).toMatchObject({ format: LIST_FORMAT, version: 1, name: SMM_NAME });
    expect(list.entries.find((e) => e.handle === 'etv')).toEqual({
      handle: 'etv',
      source: 'State Media Monitor via ASD state-media-profiles: Elbonia TV (Elbonia), typology CaPu',
      type: 'CaPu',
      outlet: 'ETV',
      country: 'Elbonia',
    });
    expect(list.domains?.map((d) => [d.domain, d.type])).toEqual([
      ['rbc.rr', 'ISFM'],
      ['daily.rr', 'CaPr'],
      ['etv.el', 'CaPu'],
    ]);
  });

  it('an account or domain on rows that disagree takes the weakest claim, and says so', () => {
    const list = readListText(text).list!;
    const rbc = list.entries.find((e) => e.handle === 'rbc')!;
    expect(rbc.type).toBe('ISFM');
    expect(rbc.outlet).toBe('RBC Radio');
    expect(rbc.note).toMatch(/Other rows of the data set give typology SC/);
    expect(list.domains?.[0]?.note).toMatch(/typology SC/);
  });

  it('lookups answer with the row: handles by name, hosts by themselves or their parent domain', () => {
    const list = readListText(text).list!;
    const byHandle = listLookup([list]);
    expect(byHandle('@ETV')).toMatchObject({ handle: 'etv', type: 'CaPu', list: SMM_NAME, country: 'Elbonia' });
    const byHost = domainLookup([list]);
    expect(byHost('news.etv.el')).toMatchObject({ domain: 'etv.el', type: 'CaPu', outlet: 'ETV' });
    expect(byHost('WWW.ETV.EL.')).toMatchObject({ domain: 'etv.el' });
    expect(byHost('https://daily.rr/a?b')).toMatchObject({ domain: 'daily.rr', type: 'CaPr' });
    expect(byHost('etv.el.evil.example')).toBeUndefined();
    expect(byHost('notetv.el')).toBeUndefined();
    expect(byHost('el')).toBeUndefined();
  });

  it('tells the two formats apart by content', () => {
    const json = JSON.stringify({ format: LIST_FORMAT, version: 1, name: 'J', entries: [] });
    expect(readListText(json).list?.name).toBe('J');
    expect(readListText(`\uFEFF  ${json}`).list?.name).toBe('J');
    expect(readListText('{"format":').errors[0]).toMatch(/not valid JSON/);
    expect(readListText('a,b\n1,2\n').errors[0]).toMatch(/neither/);
    expect(readListText(`${HEADER}\n`).errors).toContain('no usable rows');
  });
});

describe.skipIf(!HAVE_SMM)('the real State Media Monitor data set (../shared/state-media-profiles)', () => {
  const text = HAVE_SMM ? readFileSync(SMM_CSV, 'utf8') : '';

  it('reads all 1,157 records without a problem, by typology as the data set counts them', () => {
    const { list, errors } = parseStateMediaCsv(text);
    expect(errors).toEqual([]);
    expect(list?.records).toBe(1157);
    const counts: Record<string, number> = {};
    for (const r of list!.rows) counts[r.typology] = (counts[r.typology] ?? 0) + 1;
    // One record is a row of empty cells; "ISFM?" (4 rows) counts as ISFM.
    expect(counts).toEqual({ SC: 754, CaPu: 145, CaPr: 106, ISFM: 87, IP: 27, ISF: 19, ISM: 18 });
    expect(list!.rows.filter((r) => r.code === 'ISFM?')).toHaveLength(4);
  });

  it('gives every SC and CaPu domain a state answer, and never an independent one a state answer', () => {
    const list = readListText(text).list!;
    expect(list.domains!.length).toBeGreaterThan(900);
    const lookup = domainLookup([list]);
    const { list: smm } = parseStateMediaCsv(text);
    const byDomain = new Map<string, Set<string>>();
    for (const r of smm!.rows)
      for (const d of r.domains) byDomain.set(d, (byDomain.get(d) ?? new Set()).add(r.typology));
    const stateOnly = [...byDomain].filter(([, t]) => [...t].every((x) => x === 'SC' || x === 'CaPu'));
    expect(stateOnly.length).toBeGreaterThanOrEqual(740);
    for (const [d] of stateOnly) expect(['SC', 'CaPu'], d).toContain(lookup(`www.${d}`)?.type);
    for (const [d, t] of byDomain)
      if ([...t].some((x) => ['ISFM', 'ISF', 'ISM', 'IP'].includes(x)))
        expect(['ISFM', 'ISF', 'ISM', 'IP'], d).toContain(lookup(d)?.type);
  });

  it('names the TikTok accounts of the Tiktok Link column, RT’s among them', () => {
    const list = readListText(text).list!;
    expect(list.entries.length).toBeGreaterThan(30);
    expect(listLookup([list])('russian_rt')).toMatchObject({
      type: 'SC',
      country: 'Russia',
      source: 'State Media Monitor via ASD state-media-profiles: RT (Russia), typology SC',
    });
    expect(listLookup([list])('abc')?.type).toBe('ISF');
  });
});
