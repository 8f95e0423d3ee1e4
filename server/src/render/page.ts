/** A self-contained HTML page around the preview, under a strict Content-Security-Policy with the caller's nonce. */
import type { Template } from '../parser/model';
import { formatCount } from '../parser/text';
import { attr, checkNonce, escapeHtml } from './html';
import { renderPreview, type CharCount, type PreviewCounts, type PreviewOptions } from './preview';
import { previewCss } from './styles';

export type Theme = 'light' | 'dark';

export interface ShellOptions {
  /** A fresh random nonce (base64, at least 16 characters): the only way a style or script runs. */
  nonce: string;
  title: string;
  /** The template's language code (`pt_BR`), for the page's `lang`. */
  language: string | null;
  theme: Theme;
  /** The page content, already HTML (escaped). */
  content: string;
  /** Sources images may come from besides `data:` (https origins, the webview's own source). */
  imageSources?: readonly string[];
  /** A script to load, with the nonce. */
  scriptUri?: string;
  /** More CSS for the host page (the editor pane's toolbar). */
  extraCss?: string;
}

/** CSP source tokens that cannot end the directive or add one: no `;`, `,`, quotes (but 'self'), spaces or angle brackets. */
const SOURCE = /^(?:'self'|[a-z][a-z0-9+.-]*:(?:\/\/[A-Za-z0-9*.-]+(?::[0-9]+)?)?)$/;

/** The Content-Security-Policy: nothing by default; styles and scripts only with the nonce; images only from data: and `images`. */
export function contentSecurityPolicy(nonce: string, images: readonly string[], withScript: boolean): string {
  const sources = images.flatMap((s) => s.split(/\s+/)).filter(Boolean);
  for (const s of sources) if (!SOURCE.test(s)) throw new Error(`not a safe image source for the preview's CSP: ${JSON.stringify(s)}`);
  const n = checkNonce(nonce);
  const script = withScript ? ` script-src 'nonce-${n}';` : '';
  return `default-src 'none'; style-src 'nonce-${n}';${script} img-src ${['data:', ...sources].join(' ')}; base-uri 'none'; form-action 'none'`;
}

/** The page: CSP, the stylesheet (nonce), the content in the theme's colours, and an optional script (nonce). */
export function pageShell(o: ShellOptions): string {
  const csp = contentSecurityPolicy(o.nonce, o.imageSources ?? [], o.scriptUri !== undefined);
  const lang = o.language && /^[a-z]{2,3}(?:_[A-Za-z]{2})?$/.test(o.language) ? o.language.replace('_', '-') : null;
  return (
    `<!DOCTYPE html>\n<html${attr('lang', lang)}><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy"${attr('content', csp)}>` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(o.title)}</title><style${attr('nonce', o.nonce)}>${previewCss()}${o.extraCss ?? ''}</style></head>` +
    `<body class="wa wa-${o.theme === 'dark' ? 'dark' : 'light'}">${o.content}` +
    (o.scriptUri !== undefined ? `<script${attr('nonce', o.nonce)}${attr('src', o.scriptUri)}></script>` : '') +
    '</body></html>\n'
  );
}

export interface PageOptions extends PreviewOptions {
  nonce: string;
  theme: Theme;
}

/** The standalone preview page of `watpl preview`: counts above the phone, the bubble, no script. */
export function renderPage(t: Template, o: PageOptions): string {
  const preview = renderPreview(t, o);
  const title = `${t.name ?? 'template'}${t.language ? ` (${t.language})` : ''}: WhatsApp preview`;
  const content = `<main class="wa-screen">${countsHtml(preview.counts)}<div class="wa-chat">${preview.html}</div></main>`;
  return pageShell({ nonce: o.nonce, title, language: t.language, theme: o.theme, content, imageSources: preview.imageSources });
}

/** The character counts line: "Body 123/1,024 (140 with examples) · Header 20/60 · Footer 31/60 · Buttons 2/10". */
export function countsHtml(c: PreviewCounts): string {
  const item = (label: string, n: CharCount | null, extra = '', over = false) =>
    n ? `<span class="wa-count${over || n.length > n.limit ? ' wa-over' : ''}">${label} <b>${formatCount(n.length)}/${formatCount(n.limit)}</b>${extra}</span>` : '';
  const hydrated = c.body.hydrated !== c.body.length ? ` (${formatCount(c.body.hydrated)} with examples)` : '';
  return `<div class="wa-info">${item('Body', c.body, hydrated, c.body.hydrated > c.body.limit)}${item('Header', c.header)}${item('Footer', c.footer)}${item('Buttons', c.buttons)}</div>`;
}
