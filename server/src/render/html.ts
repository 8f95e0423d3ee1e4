/** HTML escaping for the preview: every piece of template text goes through here before it reaches a page. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;
const ANY_SPECIAL = /[&<>"']/;

/** Escapes text for use between tags or inside a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
  return ANY_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ENTITIES[c]) : text;
}

/** `name="value"` with the value escaped; an empty string when the value is null. */
export function attr(name: string, value: string | null): string {
  return value === null ? '' : ` ${name}="${escapeHtml(value)}"`;
}

const NONCE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

/** Checks a CSP nonce from the caller: base64 or base64url, at least 16 characters (96 bits). Throws otherwise. */
export function checkNonce(nonce: string): string {
  if (!NONCE.test(nonce)) throw new Error('the preview needs a random base64 nonce of at least 16 characters');
  return nonce;
}
