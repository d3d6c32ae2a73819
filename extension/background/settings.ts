/**
 * What the options page and the lists change about assessing: the verdict rules of the chosen sensitivity, the
 * signals switched off, and one lookup over the enabled lists (seed + subscriptions). Built once and rebuilt only
 * when an option or a subscription changes, so recording a visit stays cheap.
 */
import { domainLookup, type LookupSource, listLookup } from '../../src/lists/format';
import { SEED_LIST } from '../../src/lists/seed';
import type { ListedDomain } from '../../src/signals/types';
import type { AssessOptions } from '../../src/verdict';
import type { LensOptions } from '../protocol';
import type { LensDb, SubscriptionRow } from './db';
import { DEFAULT_OPTIONS, loadOptions, onOptionsChanged, SENSITIVITY_RULES } from './options';
import { inputsFingerprint } from './record';

/** `fingerprint`: of the options and lists these were built from, stored with each verdict (record.ts). */
export type AssessExtras = Pick<AssessOptions, 'lookupList' | 'lookupDomain' | 'disabled' | 'rules'> & {
  fingerprint: string;
};

let options: LensOptions | undefined;
let extras: Promise<AssessExtras> | undefined;
let watching = false;
const changeListeners = new Set<() => void>();

/**
 * Called after the options or the lists changed (the built extras were dropped): the background sweeps the cached
 * verdicts made under the old ones (alarms.ts). Returns the unsubscribe.
 */
export function onInputsChanged(cb: () => void): () => void {
  changeListeners.add(cb);
  return () => changeListeners.delete(cb);
}

function inputsChanged(): void {
  extras = undefined;
  for (const cb of changeListeners) cb();
}

export async function currentOptions(): Promise<LensOptions> {
  if (!watching) {
    watching = true;
    onOptionsChanged((o) => {
      options = o;
      inputsChanged();
    });
  }
  if (!options) {
    try {
      options = await loadOptions();
    } catch {
      return DEFAULT_OPTIONS; // storage unavailable (unit tests): defaults, without caching them
    }
  }
  return options;
}

/** Forget the built lookup (after subscribing, refreshing or switching a list). */
export function listsChanged(): void {
  inputsChanged();
}

async function build(db: LensDb): Promise<AssessExtras> {
  const o = await currentOptions();
  // Rows as lists.ts stores them: a list's outlet domains (`domains`) ride along with its entries.
  const subs = (await db.subscriptions.toArray()) as (SubscriptionRow & { domains?: ListedDomain[] })[];
  const lists: LookupSource[] = [
    ...(o.seedList ? [{ name: SEED_LIST.name, entries: SEED_LIST.entries }] : []),
    ...subs
      .filter((s) => s.enabled)
      .map((s) => ({
        name: s.name ?? s.url,
        entries: Array.isArray(s.entries) ? s.entries : [],
        domains: Array.isArray(s.domains) ? s.domains : [],
      })),
  ];
  return {
    lookupList: listLookup(lists),
    lookupDomain: domainLookup(lists),
    disabled: new Set(o.disabledSignals),
    rules: SENSITIVITY_RULES[o.sensitivity],
    fingerprint: inputsFingerprint(o, subs),
  };
}

/** The extra assess() options for this moment's settings. */
export function assessExtras(db: LensDb): Promise<AssessExtras> {
  extras ??= build(db).catch((e) => {
    extras = undefined;
    throw e;
  });
  return extras;
}
