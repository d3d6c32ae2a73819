/**
 * Checks for a page of the extension in one interface language (issue 16): the English left in it, and axe-core's
 * serious and critical violations. English is recognised by the words of the English catalogues
 * (extension/i18n/<surface>/en.json) that the locale's own catalogues do not use, so proper names the locale keeps
 * ("TikTok", "CSV", "State Media Monitor") are not English in Spanish.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const I18N = resolve('extension/i18n');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Lower-case Latin words of 3+ letters in every message of a locale's catalogues (placeholders left out). */
export function catalogueWords(locale: string): Set<string> {
  const words = new Set<string>();
  for (const surface of readdirSync(I18N)) {
    let cat: Record<string, { message: string }>;
    try {
      cat = JSON.parse(readFileSync(join(I18N, surface, `${locale}.json`), 'utf8'));
    } catch {
      continue;
    }
    for (const { message } of Object.values(cat)) {
      for (const w of message
        .replace(/\$[A-Z_0-9]+\$/g, ' ')
        .toLowerCase()
        .match(/[a-z]{3,}/g) ?? [])
        words.add(w);
    }
  }
  return words;
}

const ENGLISH = catalogueWords('en');

/**
 * The page's visible text, placeholders, titles and accessible names, less what is the page's or the user's own
 * (marked `data-page-text`) and handles. `extra` also reads the document's title and every `<option>` (a closed
 * select's options are not visible text).
 */
export function visibleText(page: Page, extra = false): Promise<string[]> {
  return page.evaluate((extra) => {
    const out: string[] = extra ? [document.title] : [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[data-page-text], code, script, style, [hidden]')) continue;
      if (!el.checkVisibility()) continue;
      const text = n.textContent?.replace(/@[\w.]+/g, ' ').trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll<HTMLElement>('[placeholder], [title], [aria-label]')) {
      if (el.closest('[data-page-text], [hidden]')) continue;
      for (const a of ['placeholder', 'title', 'aria-label']) {
        const v = el.getAttribute(a)?.replace(/@[\w.]+/g, ' ');
        if (v) out.push(v);
      }
    }
    if (extra) for (const o of document.querySelectorAll('option')) out.push(o.textContent ?? '');
    return out;
  }, extra);
}

/** Texts holding English words the locale does not use itself (`own`: its catalogue words), with the words. */
export function englishIn(texts: readonly string[], own: ReadonlySet<string>): string[] {
  return texts.flatMap((text) => {
    const words = (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => ENGLISH.has(w) && !own.has(w));
    return words.length ? [`${text} [${words.join(', ')}]`] : [];
  });
}

/** axe-core's serious and critical violations on the page, one line per node. */
export async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations as { id: string; impact: string; nodes: { target: string[] }[] }[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}
