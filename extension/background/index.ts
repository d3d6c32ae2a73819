/**
 * Background service worker: owns the database and answers the content scripts. Messages from anything but this
 * extension's own contexts are ignored.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { ContentToBackground, ObserveResponse } from '../messages';
import { LensDb } from './db';
import { recordObservation } from './record';
import { validObservation } from './validate';

const db = new LensDb();

browser.runtime.onMessage.addListener(
  (message: unknown, sender: Runtime.MessageSender): Promise<ObserveResponse> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = message as ContentToBackground;
    if (msg?.type === 'content/observe') {
      const obs = validObservation(msg.observation);
      if (!obs) return Promise.reject(new Error('invalid observation'));
      return recordObservation(db, obs);
    }
    return undefined;
  },
);
