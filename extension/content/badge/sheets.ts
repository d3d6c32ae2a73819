/**
 * Styles for the badges' closed shadow roots: each stylesheet is constructed once and adopted by every root that
 * needs it; where the browser (or the content-script world) cannot adopt one, a `<style>` element carries the text.
 */

/** One constructed sheet per text (null where constructing one failed). */
const sheets = new Map<string, CSSStyleSheet | null>();

function sheetOf(css: string): CSSStyleSheet | null {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  return sheet;
}

/** Adds `css` to the shadow root, once: the shared adopted sheet, else a `<style>` element. */
export function addStyles(root: ShadowRoot, css: string): void {
  const sheet = sheetOf(css);
  if (sheet) {
    try {
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      if (root.adoptedStyleSheets.includes(sheet)) return;
    } catch {
      // the world cannot adopt it: the element below
    }
  }
  for (const s of root.querySelectorAll('style')) if (s.textContent === css) return;
  const style = document.createElement('style');
  style.textContent = css;
  root.prepend(style);
}
