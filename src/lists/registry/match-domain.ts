/**
 * A bio link's host against the registry's domains. It runs in the background for every visited profile, so the
 * domains are indexed once: a lookup is one Map probe per label suffix of the host (`english.news.cn` probes
 * `english.news.cn`, then `news.cn`, then stops before the bare TLD), never a loop over the rows.
 */
import { REGISTRY } from './index';
import type { StateOutlet } from './types';

let byDomain: Map<string, StateOutlet> | undefined;

function index(): Map<string, StateOutlet> {
  if (byDomain) return byDomain;
  byDomain = new Map();
  for (const outlet of REGISTRY) {
    for (const domain of outlet.domains) byDomain.set(domain, outlet);
  }
  return byDomain;
}

/** The registry row whose domain is the link's host or a parent of it (`english.news.cn` -> news.cn). */
export function outletForLink(link: string): { outlet: StateOutlet; host: string; domain: string } | undefined {
  const host = hostOf(link);
  if (!host) return undefined;
  const domains = index();
  // Most specific suffix first; the registry never lists a domain under another one, so the first hit is the row.
  for (let suffix = host; suffix.includes('.'); suffix = suffix.slice(suffix.indexOf('.') + 1)) {
    const outlet = domains.get(suffix);
    if (outlet) return { outlet, host, domain: suffix };
  }
  return undefined;
}

/** The host of a bio link as TikTok stores it (often without a scheme); undefined if it is not a web address. */
export function hostOf(link: string): string | undefined {
  const t = link.trim();
  if (!t) return undefined;
  // "mailto:x@rt.com", "tel:…", "javascript:…": a scheme without "//" is no web address ("rt.com:8080" is a port).
  if (/^[a-z][a-z0-9+.-]*:(?!\/\/|\d)/i.test(t)) return undefined;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return u.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
}
