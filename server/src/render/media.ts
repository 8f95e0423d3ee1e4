/** The media header as the phone shows it before the media loads: a box with the kind (and a document's file name). */
import type { Header } from '../parser/model';
import { attr, escapeHtml } from './html';
import { icon } from './icons';

type MediaHeader = Extract<Header, { kind: 'media' }>;

const LABEL: Record<MediaHeader['media'], string> = { image: 'Image', video: 'Video', document: 'Document', location: 'Location' };

/** The header box; an https image is shown only when remote images are allowed, and its origin is returned for the CSP. */
export function mediaHtml(h: MediaHeader, allowRemoteImages: boolean): { html: string; source: string | null } {
  const remote = h.media === 'image' && allowRemoteImages ? httpsUrl(h.source) : null;
  if (remote) {
    return { html: `<div class="wa-media wa-media-image wa-media-loaded"><img class="wa-img" alt="Header image"${attr('src', remote.href)}></div>`, source: remote.origin };
  }
  const name = h.media === 'document' ? fileName(h.source) : null;
  const title = h.source ? attr('title', h.source) : '';
  return {
    html:
      `<div class="wa-media wa-media-${h.media}" data-kind="${h.media}"${title}>${icon(h.media)}` +
      (name ? `<span class="wa-file" dir="auto">${escapeHtml(name)}</span>` : '') +
      `<span class="wa-kind">${LABEL[h.media]}</span></div>`,
    source: null,
  };
}

/** A host name fit for a CSP source: WHATWG URLs let `;`, `'` and `,` through, which would end or add a directive. */
const SAFE_HOST = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/;

/** The source as an https URL, or null (http, relative paths, other schemes, odd hosts and unreadable URLs are never loaded). */
function httpsUrl(source: string): URL | null {
  try {
    const url = new URL(source);
    return url.protocol === 'https:' && SAFE_HOST.test(url.hostname) && !url.username && !url.password ? url : null;
  } catch {
    return null;
  }
}

/** The last path segment of a URL or path, decoded when possible: what WhatsApp shows as the document's name. */
export function fileName(source: string): string {
  const path = source.split(/[?#]/)[0].replace(/\/+$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1) || 'document';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
