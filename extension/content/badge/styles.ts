/**
 * Badge styles, scoped by the shadow root. Colour always comes with text and an icon, never alone: state media is
 * neutral and factual, suspected a warning, unusual quiet. The host's `theme` attribute follows TikTok's light or
 * dark theme (../badge-host.ts); motion only when the viewer has not asked for less.
 */
/**
 * What a closed badge needs: the host and the pill (every badge's shadow root takes it when it is made). The pill
 * takes the page's own font where it sits (family, weight, size within bounds): a face or size the page has not drawn
 * yet costs a font lookup the moment the badge goes in, after the page's first frame. Issue 15's traces of fixture
 * loads: `FontCache::GetFontPlatformData` 5-7 ms a load after the first frame with the pill's own
 * `600 13px system-ui` (or the page's family at 13px/600), none with `font: inherit`; the load's total task time did
 * not measurably change (docs/performance-history.md). Verdicts differ by colour, border, icon and words, not by
 * weight. The bounds keep the words legible beside a tiny or huge parent font.
 */
export const PILL_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-inline-start: 8px;
  font: inherit; font-size: clamp(11px, 1em, 16px); line-height: 1.3; }
:host([empty]) { display: none !important; }
:host([compact]) { margin-inline-start: 6px; font-size: clamp(11px, 1em, 14px); }
.pill { display: inline-flex; gap: 4px; align-items: center; border: 1px solid; border-radius: 999px;
  padding: 2px 10px; cursor: pointer; font: inherit; }
.compact .pill { padding: 0 7px; }
.icon { width: 1em; height: 1em; flex: none; fill: none; stroke: currentColor; stroke-width: 1.6;
  stroke-linecap: round; stroke-linejoin: round; }
button:focus-visible, summary:focus-visible, .details:focus-visible {
  outline: 2px solid #2563eb; outline-offset: 2px; }
.state-media .pill { background: #eef2f7; color: #1e3a5f; border-color: #94a3b8; }
.suspected .pill { background: #fff4e0; color: #7a3e00; border-color: #d97706; }
.unusual .pill { background: transparent; color: #525252; border-color: #a3a3a3; border-style: dashed; }
.clear .pill { background: transparent; color: #166534; border-color: #a3a3a3; }
.unchecked .pill { background: transparent; color: #525252; border-color: #a3a3a3; border-style: dotted; }
:host([theme="dark"]) .state-media .pill { background: #1e293b; color: #dbeafe; border-color: #64748b; }
:host([theme="dark"]) .suspected .pill { background: #3b2300; color: #fde68a; border-color: #d97706; }
:host([theme="dark"]) .unusual .pill { color: #d4d4d4; border-color: #737373; }
:host([theme="dark"]) .clear .pill { color: #86efac; border-color: #737373; }
:host([theme="dark"]) .unchecked .pill { color: #a3a3a3; border-color: #737373; }
@media (forced-colors: active) { .pill { border: 1px solid CanvasText; } }
`;

/**
 * The details popover's styles, added to a badge's shadow root when its popover first opens (../badge/sheets.ts):
 * a profile load's badge is drawn with the pill's rules only (issue 15: parsing and matching the whole sheet was part
 * of every badge's first draw, and few badges are ever opened).
 */
export const DETAILS_CSS = `
.details { position: fixed; z-index: 2147483647; width: min(340px, calc(100vw - 16px)); box-sizing: border-box;
  max-height: calc(100vh - 24px); overflow: auto; background: #fff; color: #171717; border: 1px solid #d4d4d4;
  border-radius: 8px; padding: 12px; box-shadow: 0 6px 24px rgba(0,0,0,.18); font-weight: 400; font-size: 13px;
  text-align: start; white-space: normal; }
.details p { margin: 0 0 6px; }
.title { font-weight: 700; font-size: 14px; }
.handle { font-weight: 400; color: #525252; overflow-wrap: anywhere; }
.reason { font-weight: 600; overflow-wrap: anywhere; }
.sub { font-weight: 600; margin-top: 10px !important; }
.details ul { margin: 4px 0 8px; padding-inline-start: 18px; overflow-wrap: anywhere; }
.details li { margin-bottom: 4px; }
.value, .help { display: block; color: #525252; font-size: 12px; }
.meta { color: #525252; font-size: 12px; }
.axes { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; margin: 8px 0; }
.axes dt { font-weight: 600; }
.axes dd { margin: 0; }
details { margin: 8px 0; }
summary { cursor: pointer; font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 8px; }
.actions button { font: inherit; font-size: 12px; border: 1px solid #a3a3a3; background: transparent;
  border-radius: 6px; padding: 2px 8px; cursor: pointer; color: inherit; }
.actions p { margin: 0; }
.close { margin-inline-start: auto; }
:host([theme="dark"]) .details { background: #1f1f1f; color: #f5f5f5; border-color: #404040; }
:host([theme="dark"]) .handle, :host([theme="dark"]) .value, :host([theme="dark"]) .meta,
:host([theme="dark"]) .help { color: #a3a3a3; }
@media (prefers-reduced-motion: no-preference) {
  .details { animation: pl-in .12s ease-out; }
  @keyframes pl-in { from { opacity: 0; transform: translateY(-2px); } }
}
@media (forced-colors: active) { .pill, .details, .actions button { border: 1px solid CanvasText; } }
`;
