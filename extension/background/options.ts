/**
 * The user's settings, one `browser.storage.local` item ('options'), owned by the background: it reads them when
 * assessing, and the extension's pages read and save them by messages (`ui/options`, `ui/options-save`). Missing or malformed fields fall back to the defaults, so an older
 * stored object keeps working after an update.
 */
import browser from 'webextension-polyfill';
import { VERDICT_RULES } from '../../src/signals/thresholds';
import { type LensOptions, OPTIONS_KEY, type Sensitivity } from '../protocol';

export { OPTIONS_KEY };

export const DEFAULT_OPTIONS: LensOptions = {
  sensitivity: 'normal',
  disabledSignals: [],
  badgeDisplay: 'all',
  showClear: false,
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
    watchIntervalHours: int(o.watchIntervalHours, 1, 24 * 30, d.watchIntervalHours),
    retentionDays: int(o.retentionDays, 0, 3650, d.retentionDays),
    seedList: typeof o.seedList === 'boolean' ? o.seedList : d.seedList,
    moderatorName:
      typeof o.moderatorName === 'string' && o.moderatorName.trim()
        ? o.moderatorName.trim().slice(0, 80)
        : d.moderatorName,
  };
}

export async function loadOptions(): Promise<LensOptions> {
  const got = await browser.storage.local.get(OPTIONS_KEY);
  return normaliseOptions(got[OPTIONS_KEY]);
}

/** Store `o` over the current options, normalised; answers what was stored. */
export async function saveOptions(o: Partial<LensOptions>): Promise<LensOptions> {
  const clean = normaliseOptions({ ...(await loadOptions()), ...o });
  await browser.storage.local.set({ [OPTIONS_KEY]: clean });
  return clean;
}

/** Calls back with fresh options whenever any context saves them. Returns the unsubscribe. */
export function onOptionsChanged(cb: (o: LensOptions) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[OPTIONS_KEY]) cb(normaliseOptions(changes[OPTIONS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
