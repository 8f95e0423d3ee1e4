/** The preview webview's page: the engine's page shell with the pane's toolbar, its script, and a CSP that allows nothing else. */
import { pageShell } from '../../../server/src/render/page';
import type { Theme } from './messages';

export interface ShellInput {
  /** A fresh random nonce for this page. */
  nonce: string;
  /** The webview's own resource source (webview.cspSource): the only place besides data: images may come from. */
  cspSource: string;
  /** The webview URI of dist/preview.js. */
  scriptUri: string;
  /** watpl.preview.allowRemoteImages: https images of media headers too. */
  allowRemoteImages: boolean;
  theme: Theme;
}

const TOOLBAR_CSS = `
body{margin:0;padding:0}
.wp-bar{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;align-items:center;gap:6px 12px;padding:6px 12px;
background:var(--vscode-editor-background,#1e1e1e);color:var(--vscode-foreground,#ccc);border-bottom:1px solid var(--vscode-panel-border,rgba(128,128,128,.35));
font:12px/18px var(--vscode-font-family,system-ui,sans-serif)}
.wp-title{font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:100%}
.wp-title span{font-weight:400;opacity:.8}
.wp-counts{display:flex;flex-wrap:wrap;gap:2px 10px;opacity:.9}.wp-counts .wp-over{color:var(--vscode-errorForeground,#f48771);font-weight:600}
.wp-hint{flex-basis:100%;opacity:.9;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.wp-hint.wp-over{opacity:1}
.wp-actions{display:flex;gap:6px;margin-left:auto}
.wp-bar select,.wp-bar button{font:inherit;color:var(--vscode-button-secondaryForeground,inherit);background:var(--vscode-button-secondaryBackground,transparent);
border:1px solid var(--vscode-button-border,rgba(128,128,128,.5));border-radius:2px;padding:1px 8px;cursor:pointer}
.wp-bar button[aria-pressed="true"]{background:var(--vscode-button-background,#0e639c);color:var(--vscode-button-foreground,#fff)}
.wp-status{padding:24px 16px;color:var(--vscode-descriptionForeground,#999);font:13px/18px var(--vscode-font-family,system-ui,sans-serif)}
.wa .wa-screen{min-height:calc(100vh - 40px)}
[hidden]{display:none !important}`;

const CONTENT =
  '<header class="wp-bar"><div class="wp-title" id="wp-title"></div>' +
  '<select id="wp-lang" aria-label="Translation" title="Switch to another translation of this template" hidden></select>' +
  '<div class="wp-counts" id="wp-counts"></div><div class="wp-hint" id="wp-hint" hidden></div>' +
  '<div class="wp-actions"><button type="button" id="wp-raw" aria-pressed="false" title="Show the {{placeholders}} instead of their example values">{{ }}</button>' +
  '<button type="button" id="wp-theme" aria-pressed="false" title="WhatsApp\'s dark theme">Dark</button></div></header>' +
  '<main class="wa-screen"><div class="wa-chat" id="wp-chat"></div><p class="wp-status" id="wp-status">Loading the preview…</p></main>';

/** The webview's HTML (set once per panel, or when the image setting changes; updates arrive as messages). */
export function previewHtml(o: ShellInput): string {
  return pageShell({
    nonce: o.nonce,
    title: 'WhatsApp preview',
    language: null,
    theme: o.theme,
    content: CONTENT,
    imageSources: [o.cspSource, ...(o.allowRemoteImages ? ['https:'] : [])],
    scriptUri: o.scriptUri,
    extraCss: TOOLBAR_CSS,
  });
}
