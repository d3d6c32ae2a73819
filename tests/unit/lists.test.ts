import { describe, expect, it } from 'vitest';
import { REGISTRY, STATE_OUTLETS } from '../../src/lists/outlets';
import { EMPLOYER_CONNECTORS, EMPLOYMENT_PHRASES, MEDIA_ROLES } from '../../src/lists/roles';
import { STATE_IDENTITIES, STATES_WITH_OUTLETS } from '../../src/lists/states';
import { STATE_MEDIA_CODES } from '../../src/lists/states-state-media';
import { affiliationOf } from '../../src/lists/typology';

const HOSTNAME = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;
const ISO_ALPHA2 = /^[A-Z]{2}$/;

/** The flag emoji of an ISO alpha-2 code: two regional-indicator symbols. */
function flagOf(code: string): string {
  return String.fromCodePoint(...[...code].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 0x41));
}

/** Case- and diacritics-insensitive key. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const value of values) {
    if (seen.has(value)) repeated.push(value);
    seen.add(value);
  }
  return repeated;
}

describe('STATE_OUTLETS and the registry', () => {
  it('has rows', () => {
    expect(STATE_OUTLETS.length).toBeGreaterThanOrEqual(30);
    expect(REGISTRY.length).toBeGreaterThan(STATE_OUTLETS.length);
  });

  it('holds in STATE_OUTLETS exactly the rows whose ties are evidence (SC, CaPu, CaPr)', () => {
    expect(STATE_OUTLETS).toEqual(REGISTRY.filter((outlet) => affiliationOf(outlet.type) !== 'independent'));
  });

  it('has unique, slug-shaped ids', () => {
    for (const outlet of REGISTRY) expect(outlet.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(duplicates(REGISTRY.map((outlet) => outlet.id))).toEqual([]);
  });

  it('gives every outlet a name, an ISO state, a non-empty source and at least one alias', () => {
    for (const outlet of REGISTRY) {
      expect(outlet.name.trim(), outlet.id).not.toBe('');
      expect(outlet.state, outlet.id).toMatch(ISO_ALPHA2);
      expect(outlet.source.trim().length, outlet.id).toBeGreaterThan(10);
      expect(outlet.aliases.length, outlet.id).toBeGreaterThan(0);
    }
  });

  it('has trimmed, non-empty aliases, none shared between outlets', () => {
    const owner = new Map<string, string>();
    for (const outlet of REGISTRY) {
      for (const alias of outlet.aliases) {
        expect(alias, outlet.id).toBe(alias.trim());
        expect(alias.length, outlet.id).toBeGreaterThan(0);
        const key = fold(alias);
        const previous = owner.get(key);
        expect(previous === undefined || previous === outlet.id, `${alias}: ${previous} and ${outlet.id}`).toBe(true);
        owner.set(key, outlet.id);
      }
    }
  });

  it('lists domains as lower-case hostnames without scheme or path', () => {
    for (const outlet of REGISTRY) {
      for (const domain of outlet.domains) {
        expect(domain, outlet.id).toMatch(HOSTNAME);
        expect(domain, outlet.id).toBe(domain.toLowerCase());
        expect(domain, outlet.id).not.toMatch(/^www\./);
      }
    }
  });

  it('never repeats a domain, nor lists one already covered by another (a subdomain of a listed domain)', () => {
    const all = REGISTRY.flatMap((outlet) => outlet.domains);
    expect(duplicates(all)).toEqual([]);
    for (const domain of all) {
      const covering = all.filter((other) => other !== domain && domain.endsWith(`.${other}`));
      expect(covering, domain).toEqual([]);
    }
  });

  it('includes the outlets and domains the signals rely on', () => {
    const domainOwner = new Map(REGISTRY.flatMap((outlet) => outlet.domains.map((d) => [d, outlet] as const)));
    const expected: Record<string, string> = {
      'news.cn': 'CN',
      'xinhuanet.com': 'CN',
      'cgtn.com': 'CN',
      'chinadaily.com.cn': 'CN',
      'globaltimes.cn': 'CN',
      'people.com.cn': 'CN',
      'cctv.com': 'CN',
      'chinanews.com.cn': 'CN',
      'cri.cn': 'CN',
      'rt.com': 'RU',
      'sputniknews.com': 'RU',
      'sputnikglobe.com': 'RU',
      'tass.ru': 'RU',
      'tass.com': 'RU',
      'ria.ru': 'RU',
      '1tv.ru': 'RU',
      'vesti.ru': 'RU',
      'smotrim.ru': 'RU',
      'ruptly.tv': 'RU',
      'presstv.ir': 'IR',
      'irna.ir': 'IR',
      'hispantv.com': 'IR',
      'kcna.kp': 'KP',
      'rodong.rep.kp': 'KP',
      'vok.rep.kp': 'KP',
      'telesurtv.net': 'VE',
      'cubadebate.cu': 'CU',
      'prensa-latina.cu': 'CU',
      'granma.cu': 'CU',
      'belta.by': 'BY',
      'aa.com.tr': 'TR',
      'trtworld.com': 'TR',
      'sana.sy': 'SY',
      'vnanet.vn': 'VN',
    };
    for (const [domain, state] of Object.entries(expected)) {
      expect(domainOwner.get(domain)?.state, domain).toBe(state);
    }
    const hostCovered = (host: string) =>
      [...domainOwner.keys()].some((domain) => host === domain || host.endsWith(`.${domain}`));
    for (const host of ['en.people.cn', 'actualidad.rt.com', 'francais.rt.com', 'de.rt.com', 'en.farsnews.ir']) {
      expect(hostCovered(host), host).toBe(true);
    }
  });

  it('marks the IRGC-affiliated agencies as such in their source', () => {
    for (const id of ['tasnim', 'fars']) {
      expect(STATE_OUTLETS.find((outlet) => outlet.id === id)?.source).toMatch(/IRGC/);
    }
  });
});

describe('STATE_IDENTITIES', () => {
  it('covers at least 40 states, each once', () => {
    expect(STATE_IDENTITIES.length).toBeGreaterThanOrEqual(40);
    expect(duplicates(STATE_IDENTITIES.map((state) => state.code))).toEqual([]);
  });

  it('has a StateIdentity for the states of the core state outlets, and names the registry states still without one', () => {
    const codes = new Set(STATE_IDENTITIES.map((state) => state.code));
    for (const code of ['CN', 'RU', 'IR', 'KP', 'VE', 'CU', 'BY', 'TR', 'SY', 'VN']) {
      expect(codes.has(code), code).toBe(true);
      expect(
        STATE_OUTLETS.some((outlet) => outlet.state === code),
        code,
      ).toBe(true);
    }
    // The registry covers the world; src/lists/states.ts names fewer states. A state without names is never a state cue.
    const without = [...new Set(STATE_OUTLETS.map((outlet) => outlet.state))].filter((code) => !codes.has(code));
    if (without.length)
      console.info(`registry states without a StateIdentity (no state cue): ${without.sort().join(' ')}`);
  });

  it('derives STATES_WITH_OUTLETS from the SC and CaPu rows of STATE_OUTLETS and the sourced state-media table', () => {
    const state = STATE_OUTLETS.filter((outlet) => affiliationOf(outlet.type) === 'state');
    expect([...STATES_WITH_OUTLETS].sort()).toEqual(
      [...new Set([...state.map((outlet) => outlet.state), ...STATE_MEDIA_CODES])].sort(),
    );
    expect(STATES_WITH_OUTLETS.has('KP')).toBe(true);
    expect(STATES_WITH_OUTLETS.has('KR')).toBe(false);
  });

  it('gives valid regional-indicator flags that match the code', () => {
    for (const state of STATE_IDENTITIES) {
      expect(state.code).toMatch(ISO_ALPHA2);
      const points = [...state.flag].map((symbol) => symbol.codePointAt(0)!);
      expect(points.length, state.code).toBe(2);
      for (const point of points) {
        expect(point >= 0x1f1e6 && point <= 0x1f1ff, state.code).toBe(true);
      }
      expect(state.flag, state.code).toBe(flagOf(state.code));
    }
  });

  it('has trimmed, non-empty names', () => {
    for (const state of STATE_IDENTITIES) {
      expect(state.names.length, state.code).toBeGreaterThan(0);
      for (const name of state.names) {
        expect(name, state.code).toBe(name.trim());
        expect(name.length, state.code).toBeGreaterThan(0);
      }
    }
  });

  it('never maps a name to two states (case- and diacritics-insensitively)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const state of STATE_IDENTITIES) {
      for (const name of state.names) {
        const key = fold(name);
        const previous = owner.get(key);
        if (previous !== undefined && previous !== state.code) clashes.push(`${name}: ${previous}/${state.code}`);
        owner.set(key, state.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keeps the Koreas, the Chinas, the Congos and the Guineas apart', () => {
    const namesOf = (code: string) => STATE_IDENTITIES.find((state) => state.code === code)!.names.map(fold);
    const kp = namesOf('KP');
    expect(kp).not.toContain('korea');
    expect(kp).not.toContain('republic of korea');
    expect(kp).toContain('north korea');
    expect(kp).toContain('dprk');
    expect(namesOf('KR')).toContain('south korea');
    expect(namesOf('TW')).toContain('republic of china');
    expect(namesOf('CN')).not.toContain('republic of china');
    expect(namesOf('CN')).toContain('china');
    const everyName = STATE_IDENTITIES.flatMap((state) => state.names.map(fold));
    for (const ambiguous of ['congo', 'guinea', 'guinee', 'korean', 'us', 'america', 'georgia']) {
      expect(everyName, ambiguous).not.toContain(ambiguous);
    }
  });
});

describe('roles', () => {
  const lists = { MEDIA_ROLES, EMPLOYER_CONNECTORS, EMPLOYMENT_PHRASES };

  for (const [listName, list] of Object.entries(lists)) {
    it(`${listName} has trimmed, lower-case, unique entries`, () => {
      expect(list.length).toBeGreaterThan(0);
      for (const entry of list) {
        expect(entry.length, listName).toBeGreaterThan(0);
        expect(entry, listName).toBe(entry.trim());
        expect(entry, listName).toBe(entry.toLowerCase());
      }
      expect(duplicates(list)).toEqual([]);
    });
  }

  it('covers the core titles in the required languages', () => {
    for (const role of [
      'presenter',
      'host',
      'anchor',
      'reporter',
      'correspondent',
      'journalist',
      'editor',
      'producer',
      'contributor',
      'columnist',
      'commentator',
      '主持人',
      '记者',
      'ведущий',
      'корреспондент',
      'журналист',
      'periodista',
      'presentador',
      'presentadora',
      'corresponsal',
      'journaliste',
      'présentateur',
      'correspondant',
      '기자',
      '앵커',
      'خبرنگار',
      'مراسل',
      'مذيع',
      'journalistin',
      'jornalista',
      'muhabir',
      'phóng viên',
    ]) {
      expect(MEDIA_ROLES, role).toContain(role);
    }
  });

  it('has the basic connectors and employment phrases', () => {
    for (const connector of ['at', '@', 'for', 'with', '|', 'of', 'de', 'en', 'в', 'для', 'bei', 'für', 'chez']) {
      expect(EMPLOYER_CONNECTORS, connector).toContain(connector);
    }
    for (const phrase of ['works at', 'working for', 'work for', 'trabajo en', 'работаю в', '就职于']) {
      expect(EMPLOYMENT_PHRASES, phrase).toContain(phrase);
    }
  });
});
