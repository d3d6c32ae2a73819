/** A JSON object as read from a page or an answer: untrusted, every field still to be checked. */
export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
