/**
 * The `<provenance-badge handle verdict score>` host element (design.md contract). It is not registered as a
 * custom element — content scripts' isolated worlds have no `customElements` in Chromium — but a hyphenated
 * name may carry a shadow root all the same.
 */
import { render } from 'preact';
import type { Assessment } from '../../src/verdict';
import { Badge } from '../ui/badge/Badge';
import { BADGE_CSS } from '../ui/badge/styles';

export const BADGE_TAG = 'provenance-badge';

export function createBadge(handle: string): HTMLElement {
  const host = document.createElement(BADGE_TAG);
  host.setAttribute('handle', handle);
  host.setAttribute('verdict', 'unknown');
  host.setAttribute('score', '0');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  const mount = document.createElement('span');
  root.append(style, mount);
  return host;
}

export function updateBadge(host: HTMLElement, a: Assessment): void {
  host.setAttribute('verdict', a.verdict);
  host.setAttribute('score', String(a.score));
  const mount = host.shadowRoot?.lastElementChild;
  if (mount) render(<Badge a={a} />, mount);
}

export function removeBadge(host: HTMLElement): void {
  const mount = host.shadowRoot?.lastElementChild;
  if (mount) render(null, mount);
  host.remove();
}
