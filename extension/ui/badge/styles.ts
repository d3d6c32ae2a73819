/** Badge styles, scoped by the shadow root. Colour always comes with text and an icon, never alone. */
export const BADGE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-inline-start: 8px; position: relative;
  font: 600 13px/1.3 system-ui, -apple-system, "Segoe UI", sans-serif; }
.pill { border: 1px solid; border-radius: 999px; padding: 2px 10px; cursor: pointer; font: inherit; }
.pill:focus-visible, .close:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.state-media .pill { background: #eef2f7; color: #1e3a5f; border-color: #94a3b8; }
.suspected .pill { background: #fff4e0; color: #7a3e00; border-color: #f59e0b; }
.unusual .pill { background: transparent; color: #525252; border-color: #a3a3a3; font-weight: 500; }
.details { position: absolute; z-index: 2147483647; top: calc(100% + 6px); inset-inline-start: 0; width: 320px;
  background: #fff; color: #171717; border: 1px solid #d4d4d4; border-radius: 8px; padding: 12px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font-weight: 400; }
.details ul { margin: 8px 0; padding-inline-start: 18px; }
.axes { display: grid; grid-template-columns: auto auto; gap: 2px 12px; margin: 6px 0; }
.axes dd { margin: 0; }
.reason { margin: 0 0 6px; font-weight: 600; }
.close { font: inherit; border: 1px solid #a3a3a3; background: transparent; border-radius: 6px; padding: 2px 8px; cursor: pointer; color: inherit; }
@media (prefers-color-scheme: dark) {
  .details { background: #1f1f1f; color: #f5f5f5; border-color: #404040; }
  .state-media .pill { background: #1e293b; color: #dbeafe; border-color: #475569; }
  .suspected .pill { background: #3b2300; color: #fde68a; border-color: #b45309; }
  .unusual .pill { color: #d4d4d4; border-color: #737373; }
}
@media (prefers-reduced-motion: no-preference) { .details { transition: opacity .12s; } }
`;
