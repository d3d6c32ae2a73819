// @vitest-environment happy-dom
/**
 * Page text (names, bios, post descriptions) ends up in the badge's reason and evidence strings. Rendered with
 * hostile payloads, the badge must contain only its own elements: the payload as text, never as markup, handlers or
 * links. Also: the CSV export never hands a spreadsheet a formula.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../src/verdict';

/** Runs a step of the test and lets its promises settle (the badge draws synchronously, as plain DOM). */
async function act(step: () => unknown): Promise<void> {
  await step();
  await Promise.resolve();
}

// The polyfill refuses to load outside an extension; the badge only needs i18n, which falls back to English.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '' } } }));

const { Badge } = await import('../../extension/content/badge/Badge');
const { createBadge, mountOf, updateBadge } = await import('../../extension/content/badge-host');

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">click</a>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '{{constructor.constructor("alert(1)")()}}',
  '<style>*{display:none}</style>',
];

/** Every tag the badge itself draws (extension/content/badge/Badge.ts); anything else came from a payload. */
const OWN_TAGS = new Set(['SPAN', 'BUTTON', 'DIV', 'P', 'DL', 'DT', 'DD', 'UL', 'LI', 'STYLE', 'DETAILS', 'SUMMARY']);
/** The icon (extension/content/badge/Icon.ts): an inline SVG of one path. */
const OWN_SVG = new Set(['svg', 'path']);

function hostile(payload: string, verdict: Assessment['verdict'] = 'suspected'): Assessment {
  return {
    handle: payload,
    verdict,
    score: 70,
    affiliation: 60,
    amplification: 20,
    reason: `Ties to state media short of confirmation: ${payload}`,
    observedAt: 0,
    signals: [
      { id: 'outlet-employer', axis: 'affiliation', value: payload, threshold: payload, points: 40, evidence: payload },
      { id: payload, axis: 'amplification', value: 1, threshold: 1, points: 20, evidence: `bio: ${payload}` },
    ],
  };
}

function assertInert(root: ParentNode, payload: string): void {
  const all = [...root.querySelectorAll('*')];
  expect(all.length).toBeGreaterThan(0);
  for (const el of all) {
    expect(OWN_TAGS.has(el.tagName) || OWN_SVG.has(el.tagName), `unexpected <${el.tagName.toLowerCase()}>`).toBe(true);
    for (const attr of el.getAttributeNames()) {
      expect(attr.startsWith('on'), `handler attribute ${attr}`).toBe(false);
      expect(el.getAttribute(attr) ?? '').not.toMatch(/javascript:|<script/i);
    }
  }
  // The payload is there, as text the reader can see.
  expect(root.textContent).toContain(payload);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('badge markup safety', () => {
  for (const payload of PAYLOADS) {
    for (const verdict of ['state-media', 'suspected', 'unusual'] as const) {
      it(`${verdict}: ${payload}`, async () => {
        const mount = document.createElement('div');
        document.body.append(mount);
        await act(() => mount.append(Badge({ a: hostile(payload, verdict) }) ?? ''));
        // The details (reason and evidence) render only once opened.
        const pill = mount.querySelector('button.pill') as HTMLButtonElement;
        await act(() => pill.click());
        expect(mount.querySelector('.details')).not.toBeNull();
        assertInert(mount, payload);
      });
    }
  }

  it('the <provenance-badge> host keeps hostile text in its shadow root as text, and attributes as plain values', async () => {
    const payload = PAYLOADS[0]!;
    const host = createBadge(payload);
    document.body.append(host);
    await act(() => updateBadge(host, hostile(payload)));
    // The root is closed: the test reaches it through the module, as no page script can.
    expect(host.shadowRoot).toBeNull();
    await act(() => (mountOf(host)!.querySelector('button.pill') as HTMLButtonElement).click());
    assertInert(mountOf(host)!, payload);
    expect(host.getAttribute('handle')).toBe(payload);
    expect(document.querySelectorAll('img, script, iframe, svg').length).toBe(0);
  });

  it('the check itself can fail: markup injected with innerHTML is caught', () => {
    const mount = document.createElement('div');
    mount.innerHTML = `<span>${PAYLOADS[0]}</span>`;
    expect(() => assertInert(mount, PAYLOADS[0]!)).toThrow();
  });
});
