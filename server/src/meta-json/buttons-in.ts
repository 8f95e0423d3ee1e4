/** Meta's BUTTONS component → `.watpl` button lines, with a note for everything changed or left out. */
import type { DraftButton, Note } from './draft';
import { COPY_CODE_LABEL } from './export';
import { shortJson } from './paths';
import type { Button } from './schema';

/** Keys each button type may carry that the format holds (or that import reads); others are reported as left out. */
const KNOWN: Record<string, readonly string[]> = {
  QUICK_REPLY: ['type', 'text'],
  URL: ['type', 'text', 'url', 'example'],
  PHONE_NUMBER: ['type', 'text', 'phone_number'],
  COPY_CODE: ['type', 'text', 'example'],
  OTP: ['type', 'otp_type', 'text'],
  FLOW: ['type', 'text', 'flow_id', 'flow_action'],
  CATALOG: ['type', 'text'],
};

/** Meta's label for an OTP button that has none. */
const OTP_LABEL = 'Copy code';
/** GET responses show an authentication template's OTP button as a URL to this page. */
const OTP_URL = /^https:\/\/www\.whatsapp\.com\/otp\//i;

export interface ReadButton {
  button: DraftButton;
  /** For a URL button: its example as Meta gives it (the whole URL, or just the value). */
  urlExample?: string;
}


/** Reports every key of `obj` outside `known` as left out of the file. */
export function leftOutKeys(obj: Record<string, unknown>, known: readonly string[], path: string, notes: Note[]): void {
  for (const [k, v] of Object.entries(obj)) {
    if (!known.includes(k)) notes.push({ path: path ? `${path}.${k}` : k, message: shortJson(v), leftOut: true });
  }
}

/** The button's label, trimmed; Meta's default label (noted) or a problem when there is none. */
function label(text: string | undefined, fallback: string | null, path: string, notes: Note[], problems: Note[]): string {
  if (text === undefined || text.trim() === '') {
    if (fallback === null) problems.push({ path: `${path}.text`, message: 'the button has no label, and a .watpl button line needs one.' });
    else notes.push({ path: `${path}.text`, message: `no label given; written as "${fallback}", Meta's default label.` });
    return fallback ?? '';
  }
  const trimmed = text.trim();
  if (trimmed !== text) notes.push({ path: `${path}.text`, message: `spaces around the label "${text}" removed.` });
  return trimmed;
}

/** One button; null (with a problem) when the format cannot hold it. */
export function readButton(b: Button, path: string, authentication: boolean, notes: Note[], problems: Note[]): ReadButton | null {
  if (b.type === 'MPM' || b.type === 'SPM' || b.type === 'VOICE_CALL' || b.type === 'ORDER_DETAILS') {
    problems.push({ path: `${path}.type`, message: `${b.type} buttons: the .watpl format cannot hold them yet, so this template is not imported (without the button it would be a different template).` });
    return null;
  }
  leftOutKeys(b, KNOWN[b.type], path, notes);
  const need = (text: string | undefined) => label(text, null, path, notes, problems);
  switch (b.type) {
    case 'QUICK_REPLY':
      return { button: { kind: 'quick_reply', label: need(b.text), value: '' } };
    case 'URL':
      if (authentication && OTP_URL.test(b.url)) return otpFromUrl(b.url, b.text, path, notes, problems);
      return { button: { kind: 'url', label: need(b.text), value: b.url }, urlExample: typeof b.example === 'string' ? b.example : urlExampleOf(b.example, path, notes) };
    case 'PHONE_NUMBER':
      return { button: { kind: 'phone_number', label: need(b.text), value: b.phone_number } };
    case 'COPY_CODE': {
      const codes = typeof b.example === 'string' ? [b.example] : b.example;
      if (codes.length > 1) notes.push({ path: `${path}.example`, message: `only the first example code is kept (${codes.length} given).` });
      return { button: { kind: 'copy_code', label: b.text?.trim() || COPY_CODE_LABEL, value: codes[0] ?? '' } };
    }
    case 'OTP':
      return { button: { kind: 'otp', label: label(b.text, OTP_LABEL, path, notes, problems), value: b.otp_type.toLowerCase() } };
    case 'FLOW':
      return flowButton(b, path, need, notes, problems);
    case 'CATALOG':
      return { button: { kind: 'catalog', label: need(b.text), value: '' } };
  }
}

function urlExampleOf(example: string[] | undefined, path: string, notes: Note[]): string | undefined {
  if (example && example.length > 1) notes.push({ path: `${path}.example`, message: `only the first example URL is kept (${example.length} given).` });
  return example?.[0];
}

/** GET's form of an authentication template's button (`"type": "URL"`, `"url": "https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&..."`). */
function otpFromUrl(url: string, text: string | undefined, path: string, notes: Note[], problems: Note[]): ReadButton {
  const type = (/[?&]otp_type=([A-Za-z_]+)/.exec(url)?.[1] ?? 'COPY_CODE').toLowerCase();
  const value = type === 'one_tap' || type === 'zero_tap' ? type : 'copy_code';
  notes.push({ path, message: `Meta's GET form of an OTP button (a URL to whatsapp.com/otp) written as otp:${value}.` });
  return { button: { kind: 'otp', label: label(text, OTP_LABEL, path, notes, problems), value } };
}

function flowButton(b: Extract<Button, { type: 'FLOW' }>, path: string, need: (t: string | undefined) => string, notes: Note[], problems: Note[]): ReadButton | null {
  if (b.flow_id === undefined || String(b.flow_id).trim() === '') {
    problems.push({ path, message: 'a FLOW button without flow_id (flow_name or flow_json): the .watpl format holds flow buttons by id only (flow:FLOW_ID), so this template is not imported.' });
    return null;
  }
  if (b.flow_action !== undefined && b.flow_action.toUpperCase() !== 'NAVIGATE') {
    notes.push({ path: `${path}.flow_action`, message: shortJson(b.flow_action), leftOut: true });
  }
  return { button: { kind: 'flow', label: need(b.text), value: String(b.flow_id).trim() } };
}
