/**
 * The `<provenance-badge handle verdict score>` host element (docs/design.md contract). It is not registered as a
 * custom element — content scripts' isolated worlds have no `customElements` in Chromium — but a hyphenated
 * name may carry a shadow root all the same. Every live host is remembered so an option change redraws them.
 *
 * The shadow root is closed and made here, in the isolated world (issue 17, finding 1): the page sees the host and
 * its three attributes, never the popover's text. Only this module holds the roots (`mounts`).
 */
import { THEME_ATTR } from '../../src/tiktok/selectors';
import type { Assessment } from '../../src/verdict';
import type { BadgeDisplay } from '../protocol';
import { Badge, refreshBadge, releaseBadge, reopenBadge } from './badge/Badge';
import { type BadgeData, toData } from './badge/data';
import { addStyles } from './badge/sheets';
import { PILL_CSS } from './badge/styles';

export const BADGE_TAG = 'provenance-badge';

const live = new Map<HTMLElement, { data: BadgeData; compact: boolean; drawn?: string }>();
/** Each host's render target inside its closed shadow root: the page cannot reach it through `host.shadowRoot`. */
const mounts = new WeakMap<HTMLElement, HTMLElement>();
/** Handles the viewer chose to hide (extension/background/viewer-say.ts): their hosts stay, drawing nothing. */
let hidden: ReadonlySet<string> = new Set();
let showClear = false;
/** The options item's `showUnchecked`: mark feed authors never checked (off by default: no noise). */
let showUnchecked = false;
/** The options page's "badge for everyday viewing" (extension/background/options.ts `badgeDisplay`). */
let display: BadgeDisplay = 'all';

/**
 * TikTok's own theme switch, else (with `measure`) the page background's lightness, else the system setting.
 * Measuring reads a computed style, so it is done when the page is idle and its styles are already computed.
 */
export function pageTheme(measure = false): 'dark' | 'light' {
  const root = document.documentElement;
  const attr =
    root.getAttribute(THEME_ATTR) ?? root.getAttribute(TUX_SCHEME) ?? document.body?.getAttribute(THEME_ATTR);
  if (attr === 'dark' || attr === 'light') return attr;
  const bg = measure && document.body ? getComputedStyle(document.body).backgroundColor : '';
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(bg);
  if (m && m[4] !== '0') return Number(m[1]) + Number(m[2]) + Number(m[3]) < 384 ? 'dark' : 'light';
  return darkScheme().matches ? 'dark' : 'light';
}

let scheme: MediaQueryList | undefined;
/**
 * The system setting, one query list for the document (each `matchMedia` call makes and evaluates a new one). Made
 * when a theme first falls back to it, and followed from then on: TikTok's pages carry their own theme attribute, and
 * a query list made for nothing was ~1 ms of the first badge's draw (V8 profile of fixture loads, issue 15).
 */
const darkScheme = (): MediaQueryList => {
  if (!scheme) {
    scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener?.('change', followTheme);
  }
  return scheme;
};

/** Every live badge takes the page's theme again (a theme attribute or the system setting changed). */
function followTheme(): void {
  const theme = pageTheme();
  for (const host of live.keys()) setTheme(host, theme);
}

/**
 * TikTok's newer builds also mark the scheme as `data-tux-color-scheme` on <html>, next to `data-theme`; react-helmet
 * rewrites both when the viewer switches (real captures of 2025-08 and 2026-04, `data-rh="lang,data-theme"`).
 */
const TUX_SCHEME = 'data-tux-color-scheme';

/** Follows the page's theme switch live (no reload): both attributes on <html>; the system setting once used. */
function watchTheme(): void {
  new MutationObserver(followTheme).observe(document.documentElement, { attributeFilter: [THEME_ATTR, TUX_SCHEME] });
}
let watching = false;

/** The handles whose badge the viewer hid, from the stored `viewerSay` item (extension/background/viewer-say.ts). */
export function hiddenOf(stored: unknown): Set<string> {
  const out = new Set<string>();
  if (typeof stored === 'object' && stored !== null)
    for (const [h, v] of Object.entries(stored)) if ((v as { hidden?: unknown } | null)?.hidden) out.add(h);
  return out;
}

/** An unchanged attribute is not set again: setting it would still invalidate the badge's style. */
function setTheme(host: HTMLElement, theme: string): void {
  if (host.getAttribute('theme') !== theme) host.setAttribute('theme', theme);
}

/**
 * Runs `f` when the page is idle, after it has rendered: its styles are then up to date, and reading one costs
 * nothing (read in the next animation frame, just after a badge went in, it forced a style recalculation: ~3 ms a
 * profile load in issue 15's traces). Firefox's content scripts have requestIdleCallback too; a timer elsewhere.
 */
function later(f: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 1000 });
  else setTimeout(f, 200);
}

/** Hosts whose theme is measured when the page is idle: one style read for all of them. */
const themePending = new Set<HTMLElement>();

function measureThemes(): void {
  // Every pending badge was removed before the page went idle: nothing to measure, no style to read (and, in a test
  // page torn down before its timer fired, no document to read it from).
  if (!themePending.size) return;
  const theme = pageTheme(true);
  for (const host of themePending) setTheme(host, theme);
  themePending.clear();
}

export function createBadge(handle: string, compact = false): HTMLElement {
  const host = document.createElement(BADGE_TAG);
  host.setAttribute('handle', handle);
  host.setAttribute('verdict', 'unknown');
  host.setAttribute('score', '0');
  if (compact) host.setAttribute('compact', '');
  if (!watching) {
    watching = true;
    watchTheme();
  }
  const root = host.attachShadow({ mode: 'closed' });
  const mount = document.createElement('span');
  mounts.set(host, mount);
  // The pill's rules only: the popover adds its own when it first opens (./badge/Badge.ts).
  addStyles(root, PILL_CSS);
  root.append(mount);
  // Clicks and keys on the badge are ours: TikTok's card handlers would open the video or close a modal.
  for (const type of ['click', 'pointerdown', 'mousedown', 'keydown'])
    host.addEventListener(type, (e) => e.stopPropagation());
  return host;
}

/**
 * Whether a verdict draws anything: the three shown verdicts, and `clear` when the option asks for a mark; with
 * `badgeDisplay` 'state-media' only state media (and the clear mark, its own option), with 'off' nothing at all.
 */
export function badgeShown(verdict: BadgeData['verdict'], handle?: string, unchecked = false): boolean {
  if (display === 'off' || (handle !== undefined && hidden.has(handle))) return false;
  if (unchecked) return verdict === 'unknown' && showUnchecked && display === 'all';
  if (verdict === 'clear') return showClear;
  if (display === 'state-media') return verdict === 'state-media';
  return verdict === 'state-media' || verdict === 'suspected' || verdict === 'unusual';
}

/** What the pill shows: a change here rebuilds the badge; anything else only refreshes its popover's data. */
function pillKey(data: BadgeData, shown: boolean, compact: boolean): string {
  return [shown, showClear, compact, data.unchecked, data.verdict].join('|');
}

/** What the popover shows besides: an unchanged pill and popover draw nothing again (one render per change). */
function detailKey(data: BadgeData): string {
  const a = data.assessment;
  const moderated = !!(a && 'moderator' in a && a.moderator);
  return [data.score, data.observedAt, a?.reason, a?.signals.length, moderated].join('|');
}

function draw(host: HTMLElement, data: BadgeData, compact: boolean): void {
  setTheme(host, pageTheme());
  if (themePending.size === 0) later(measureThemes);
  themePending.add(host);
  // An empty host takes no room in TikTok's layout, and draws nothing (its attributes still say the verdict).
  const shown = badgeShown(data.verdict, data.handle, data.unchecked);
  const entry = live.get(host);
  const pill = pillKey(data, shown, compact);
  const key = `${pill}|${detailKey(data)}`;
  if (entry?.drawn === key) return;
  const mount = mounts.get(host);
  // The same pill with fresher details (a cached verdict, then this visit's): the closed badge stays as it is.
  if (entry?.drawn?.startsWith(`${pill}|`) && refreshBadge(mount?.firstElementChild, data)) {
    entry.drawn = key;
    return;
  }
  if (entry) entry.drawn = key;
  host.toggleAttribute('empty', !shown);
  if (!mount) return;
  // Rebuilt whole (./badge/Badge.ts); an open popover stays open, where it was.
  const carry = releaseBadge(mount.firstElementChild);
  const badge = shown ? Badge({ data, compact, showClear }) : null;
  mount.replaceChildren(...(badge ? [badge] : []));
  if (badge && carry) reopenBadge(badge, carry);
}

export function updateBadge(host: HTMLElement, a: Assessment | BadgeData): void {
  const data = 'signals' in a ? toData(a) : a;
  host.setAttribute('verdict', data.verdict);
  host.setAttribute('score', String(data.score));
  const compact = host.hasAttribute('compact');
  const drawn = live.get(host)?.drawn;
  live.set(host, drawn === undefined ? { data, compact } : { data, compact, drawn });
  draw(host, data, compact);
}

export function removeBadge(host: HTMLElement): void {
  live.delete(host);
  themePending.delete(host);
  const mount = mounts.get(host);
  if (mount) {
    releaseBadge(mount.firstElementChild);
    mount.replaceChildren();
  }
  host.remove();
}

function redrawAll(): void {
  for (const [host, { data, compact }] of live) draw(host, data, compact);
}

/** The viewer's hidden handles changed (the `viewerSay` item, extension/background/viewer-say.ts): redraw. */
export function setHidden(handles: ReadonlySet<string>): void {
  hidden = handles;
  redrawAll();
}

/** For unit tests in this repository only: the closed root's render target (the page has no such reference). */
export const mountOf = (host: HTMLElement): HTMLElement | undefined => mounts.get(host);

/** The `showClear` option changed: redraw every badge. */
export function setShowClear(on: boolean): void {
  if (on === showClear) return;
  showClear = on;
  redrawAll();
}

/**
 * The stored options item (`options`, written by the options page) -> its badge display; anything malformed is
 * 'all', the default. Read here rather than through normaliseOptions, which would bring the polyfill into the page.
 */
export function badgeDisplayOf(stored: unknown): BadgeDisplay {
  const v = (stored as { badgeDisplay?: unknown } | null | undefined)?.badgeDisplay;
  return v === 'state-media' || v === 'off' ? v : 'all';
}

/** The `showUnchecked` option changed: redraw every badge (an author's host comes with the page's next scan). */
export function setShowUnchecked(on: boolean): void {
  if (on === showUnchecked) return;
  showUnchecked = on;
  redrawAll();
}

/** The options item's `showUnchecked` ("Not checked" beside feed authors never seen), false unless set. */
export function showUncheckedOf(stored: unknown): boolean {
  return (stored as { showUnchecked?: unknown } | null | undefined)?.showUnchecked === true;
}

/** The options item's `showClear` (the check mark for `clear`), false unless set. */
export function showClearOf(stored: unknown): boolean {
  return (stored as { showClear?: unknown } | null | undefined)?.showClear === true;
}

/** The `badgeDisplay` option changed: redraw every badge (hosts and their attributes stay). */
export function setBadgeDisplay(d: BadgeDisplay): void {
  if (d === display) return;
  display = d;
  redrawAll();
}
