/**
 * Rejections as Errors. IndexedDB, Dexie and the browser reject with DOMExceptions, Events, strings or plain
 * objects; the polyfill passes only an Error's message to the page that asked, so anything else arrived as "An
 * unexpected error occurred" or broke the page's handling (issue 17, finding 7: "Clear data" once failed with a
 * rejection that was not an Error).
 */
export function asError(e: unknown, fallback = 'the operation failed'): Error {
  if (e instanceof Error) return e;
  if (typeof e === 'object' && e !== null) {
    const o = e as { name?: unknown; message?: unknown; type?: unknown; target?: { error?: unknown } };
    // An IDBRequest's error event: the DOMException is on its target.
    if (o.target?.error !== undefined && o.target.error !== e) return asError(o.target.error, fallback);
    const name = typeof o.name === 'string' ? o.name : typeof o.type === 'string' ? o.type : '';
    const message = typeof o.message === 'string' ? o.message : '';
    if (name || message) {
      const err = new Error([name, message].filter(Boolean).join(': '));
      if (name) err.name = name;
      return err;
    }
  }
  return new Error(typeof e === 'string' && e ? e : fallback);
}
