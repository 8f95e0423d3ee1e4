/** A template as the phone shows it: one chat bubble (header, body, footer, time) with its buttons, as an HTML fragment. */
import { normalizeCategory } from '../meta/categories';
import { LIMITS } from '../meta/limits';
import { entry, type Button, type Header, type Template } from '../parser/model';
import { codePointLength } from '../parser/text';
import { authenticationText, EXAMPLE_CODE } from './auth-text';
import { attr, escapeHtml } from './html';
import { componentSlots, fixedSlots, hydrate, type Hydrated } from './hydrate';
import { buttonIcon, icon } from './icons';
import { mediaHtml } from './media';
import { messageHtml, plainHtml } from './message-html';

export interface PreviewOptions {
  /** Show `{{placeholders}}` as written instead of their example values. */
  raw?: boolean;
  /** Show https images of media headers (the page's CSP must allow them: see Preview.imageSources). */
  allowRemoteImages?: boolean;
  /** The time stamp in the bubble. */
  time?: string;
}

export interface CharCount {
  length: number;
  limit: number;
}

/** Lengths in code points, as Meta counts them; the body also with its example values filled in. */
export interface PreviewCounts {
  header: CharCount | null;
  body: CharCount & { hydrated: number };
  footer: CharCount | null;
  buttons: CharCount;
}

export interface Preview {
  /** The `div.wa-msg` fragment: every piece of template text escaped. */
  html: string;
  counts: PreviewCounts;
  /** What the preview cannot show exactly, also shown under the bubble. */
  notes: string[];
  /** Image origins the fragment loads (only with allowRemoteImages), for the page's img-src. */
  imageSources: string[];
}

interface Parts {
  header: Header | null;
  headerText: Hydrated | null;
  body: Hydrated;
  footer: Hydrated | null;
  notes: string[];
  /** The label of an OTP button written without one: Meta's default in the template's language. */
  copyCodeLabel: string;
}

/** Renders the template's bubble and buttons. Pure; never throws on a parsed template. */
export function renderPreview(t: Template, options: PreviewOptions = {}): Preview {
  const raw = options.raw === true;
  const parts = isAuthentication(t) ? authenticationParts(t, raw) : messageParts(t, raw);
  const media = parts.header?.kind === 'media' ? mediaHtml(parts.header, options.allowRemoteImages === true) : null;
  const html =
    '<div class="wa-msg"><div class="wa-card"><div class="wa-bubble">' +
    (media ? media.html : parts.headerText ? `<div class="wa-hdr" dir="auto">${plainHtml(parts.headerText)}</div>` : '') +
    `<div class="wa-body">${messageHtml(parts.body)}</div>` +
    (parts.footer ? `<div class="wa-ftr" dir="auto">${plainHtml(parts.footer)}</div>` : '') +
    `<div class="wa-meta"><span class="wa-time">${escapeHtml(options.time ?? '12:00')}</span></div>` +
    `</div>${buttonsHtml(t.buttons, parts)}</div>${parts.notes.map((n) => `<p class="wa-note">${escapeHtml(n)}</p>`).join('')}</div>`;
  return { html, counts: counts(t), notes: parts.notes, imageSources: media?.source ? [media.source] : [] };
}

function isAuthentication(t: Template): boolean {
  return t.category !== null && normalizeCategory(t.category)?.category === 'authentication';
}

function messageParts(t: Template, raw: boolean): Parts {
  const header = t.header;
  const body = t.body ? hydrate(t.body.text.text, componentSlots(t, 'body'), raw) : { text: '', marks: [] };
  return {
    header,
    headerText: header?.kind === 'text' ? hydrate(header.text.text, componentSlots(t, 'header'), raw) : null,
    body,
    footer: t.footer && t.footer.text.text ? { text: t.footer.text.text, marks: [] } : null,
    notes: t.body && t.body.text.text.trim() ? [] : ['The template has no body text yet.'],
    copyCodeLabel: authenticationText(t.language).text.copyCode,
  };
}

/** Meta's fixed text replaces body and footer: the code, the optional security line and the optional expiry. */
function authenticationParts(t: Template, raw: boolean): Parts {
  const { text, note } = authenticationText(t.language);
  const security = entry(t, 'security_recommendation')?.value === true;
  const minutes = entry(t, 'code_expiration_minutes')?.value;
  const body = security ? `${text.body} ${text.security}` : text.body;
  const notes = note ? [note] : [];
  if (t.body?.text.text.trim()) notes.push('Meta ignores body text in an authentication template: the phone shows the fixed text above.');
  return {
    header: null,
    headerText: null,
    body: hydrate(body, fixedSlots(body, '{{1}}', EXAMPLE_CODE), raw),
    footer: typeof minutes === 'number' && Number.isInteger(minutes) && minutes > 0 ? { text: text.expiry(minutes), marks: [] } : null,
    notes,
    copyCodeLabel: text.copyCode,
  };
}

/** The buttons under the bubble; with more than 3, the first 2 and "See all options", as the phone shows them. */
function buttonsHtml(buttons: readonly Button[], parts: Parts): string {
  if (buttons.length === 0) return '';
  const max = LIMITS.visibleButtons.max;
  const shown = buttons.length > max ? buttons.slice(0, max - 1) : buttons;
  const rows = shown.map((b) => button(b.kind, b.label || defaultLabel(b, parts), b.kind === 'url' ? b.value : null));
  if (buttons.length > max) rows.push(`<div class="wa-btn wa-btn-all" data-kind="all">${icon('list')}<span class="wa-bl">See all options</span></div>`);
  return `<div class="wa-btns">${rows.join('')}</div>`;
}

function button(kind: Button['kind'], label: string, url: string | null): string {
  return `<div class="wa-btn" data-kind="${kind}"${attr('title', url)}>${buttonIcon(kind)}<span class="wa-bl" dir="auto">${escapeHtml(label)}</span></div>`;
}

/** A button written without a label: Meta's default for OTP buttons, else what the line holds. */
function defaultLabel(b: Button, parts: Parts): string {
  return b.kind === 'otp' ? parts.copyCodeLabel : b.kind === 'catalog' ? 'View catalog' : b.value || '(no label)';
}

function counts(t: Template): PreviewCounts {
  const bodyText = t.body?.text;
  const hydratedBody = bodyText ? hydrate(bodyText.text, componentSlots(t, 'body'), false).text : '';
  return {
    header: t.header?.kind === 'text' ? { length: t.header.text.codePoints, limit: LIMITS.headerText.max } : null,
    body: { length: bodyText?.codePoints ?? 0, limit: LIMITS.body.max, hydrated: codePointLength(hydratedBody) },
    footer: t.footer ? { length: t.footer.text.codePoints, limit: LIMITS.footer.max } : null,
    buttons: { length: t.buttons.length, limit: LIMITS.buttonsTotal.max },
  };
}
