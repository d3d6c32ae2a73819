/**
 * The user's settings, owned by the background: it reads them when assessing, and the extension's pages read and
 * save them by messages (`ui/options`, `ui/options-save`, answered for extension pages only). Missing or malformed
 * fields fall back to the defaults, so an older stored object keeps working after an update.
 *
 * Where they live (issue 17, finding 8): content scripts can write `storage.local` — code in the content-script
 * world once switched badges, lists and signals off there. So the options the background uses are kept in its own
 * database (`meta`, OPTIONS_META_KEY), which only the background opens; `storage.local` holds a copy for the
 * content scripts to read `badgeDisplay` and `showClear` from, written by the background and put back by it if
 * anything else changes it. Without a database (`useOptionsStore` not called: unit tests), `storage.local` is it.
 */
import browser from 'webextension-polyfill';
import { VERDICT_RULES } from '../../src/signals/thresholds';
import { type LensOptions, OPTIONS_KEY, type Sensitivity } from '../protocol';
import { type LensDb, OPTIONS_META_KEY } from './db';

export { OPTIONS_KEY };

export const DEFAULT_OPTIONS: LensOptions = {
  sensitivity: 'normal',
  disabledSignals: [],
  badgeDisplay: 'all',
  showClear: false,
  showUnchecked: false,
  // The scheduler's calibrated interval (SCHEDULE.recheckMs), what the watchlist did before it read this option.
  watchIntervalHours: 6,
  retentionDays: 365,
  seedList: true,
  moderatorName: 'Moderator',
};

/**
 * Verdict thresholds per sensitivity. `normal` is the calibrated table (docs/calibration.md); `high` calls reach
 * unusual on one strong signal, `low` wants three.
 */
export const SENSITIVITY_RULES: Record<Sensitivity, { unusualAt: number; strongAt: number; strongSignals: number }> = {
  low: { unusualAt: 60, strongAt: 75, strongSignals: 3 },
  normal: { ...VERDICT_RULES },
  high: { unusualAt: 25, strongAt: 45, strongSignals: 2 },
};

const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(v as T) ? (v as T) : fallback;

function int(v: unknown, min: number, max: number, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : fallback;
}

/** Stored value -> complete options. */
export function normaliseOptions(raw: unknown): LensOptions {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_OPTIONS;
  return {
    sensitivity: oneOf(o.sensitivity, ['low', 'normal', 'high'], d.sensitivity),
    disabledSignals: Array.isArray(o.disabledSignals)
      ? o.disabledSignals.filter((s): s is string => typeof s === 'string').slice(0, 50)
      : d.disabledSignals,
    badgeDisplay: oneOf(o.badgeDisplay, ['all', 'state-media', 'off'], d.badgeDisplay),
    showClear: typeof o.showClear === 'boolean' ? o.showClear : d.showClear,
    showUnchecked: typeof o.showUnchecked === 'boolean' ? o.showUnchecked : d.showUnchecked,
    watchIntervalHours: int(o.watchIntervalHours, 1, 24 * 30, d.watchIntervalHours),
    retentionDays: int(o.retentionDays, 0, 3650, d.retentionDays),
    seedList: typeof o.seedList === 'boolean' ? o.seedList : d.seedList,
    moderatorName:
      typeof o.moderatorName === 'string' && o.moderatorName.trim()
        ? o.moderatorName.trim().slice(0, 80)
        : d.moderatorName,
  };
}

export { OPTIONS_META_KEY };

let store: LensDb | undefined;
const listeners = new Set<(o: LensOptions) => void>();

/** The background's database keeps the options from now on (index.ts, at start). */
export function useOptionsStore(db: LensDb): void {
  store = db;
}

/**
 * The copy content scripts read: with a database, only what they need (the badge display, the check mark and the
 * "not checked" mark) —
 * not the moderator's name, nor the verdict options; without one it is the store, whole.
 */
function copyFor(o: LensOptions): unknown {
  return store ? { badgeDisplay: o.badgeDisplay, showClear: o.showClear, showUnchecked: o.showUnchecked } : o;
}

async function mirror(o: LensOptions): Promise<void> {
  await browser.storage.local.set({ [OPTIONS_KEY]: copyFor(o) });
}

export async function loadOptions(): Promise<LensOptions> {
  if (store) {
    const row = await store.meta.get(OPTIONS_META_KEY);
    if (row) return normaliseOptions(row.value);
  }
  const got = await browser.storage.local.get(OPTIONS_KEY);
  const o = normaliseOptions(got[OPTIONS_KEY]);
  // First start with a database: the options saved before this version move there, once, and the copy shrinks.
  if (store) {
    await store.meta.put({ key: OPTIONS_META_KEY, value: o });
    await mirror(o);
  }
  return o;
}

/** Store `o` over the current options, normalised; answers what was stored. */
export async function saveOptions(o: Partial<LensOptions>): Promise<LensOptions> {
  const clean = normaliseOptions({ ...(await loadOptions()), ...o });
  if (store) await store.meta.put({ key: OPTIONS_META_KEY, value: clean });
  await mirror(clean);
  if (store) for (const cb of listeners) cb(clean);
  return clean;
}

/**
 * Calls back with fresh options whenever they are saved. Returns the unsubscribe. With a database, a change of
 * the `storage.local` copy that the background did not make is undone, never adopted.
 */
export function onOptionsChanged(cb: (o: LensOptions) => void): () => void {
  listeners.add(cb);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !changes[OPTIONS_KEY]) return;
    const changed = normaliseOptions(changes[OPTIONS_KEY].newValue);
    if (!store) return cb(changed);
    void loadOptions()
      .then((own) =>
        JSON.stringify(copyFor(own)) === JSON.stringify(changes[OPTIONS_KEY]?.newValue) ? undefined : mirror(own),
      )
      .catch(() => undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    listeners.delete(cb);
    browser.storage.onChanged.removeListener(listener);
  };
}
