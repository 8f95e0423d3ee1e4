/**
 * The script inside the preview webview (bundled to dist/preview.js). It swaps in each new fragment without
 * reloading, keeps the scroll position, draws the toolbar with textContent only, and validates every message.
 */
import { fromWebview, parseMessage, previewState, toWebview, type FromWebview, type PreviewState, type RenderMessage, type ToWebview } from '../messages';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void };

const vscode = acquireVsCodeApi();
const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const ui = {
  title: byId('wp-title'),
  lang: byId<HTMLSelectElement>('wp-lang'),
  counts: byId('wp-counts'),
  hint: byId('wp-hint'),
  raw: byId<HTMLButtonElement>('wp-raw'),
  theme: byId<HTMLButtonElement>('wp-theme'),
  chat: byId('wp-chat'),
  status: byId('wp-status'),
};

const restored = parseMessage(previewState, vscode.getState());
let state: PreviewState = restored.ok ? restored.value : { uri: null, raw: false, theme: 'light', scrollY: 0 };
/** The scroll position to restore after the first render (a reloaded pane). */
let restoreScroll: number | null = state.scrollY;

function send(message: FromWebview): void {
  const r = parseMessage(fromWebview, message);
  if (r.ok) vscode.postMessage(r.value);
}

function save(): void {
  vscode.setState(state);
}

window.addEventListener('message', (event) => {
  const r = parseMessage(toWebview, event.data);
  if (!r.ok) return console.warn(`watpl preview: ignored a message (${r.reason})`);
  show(r.value);
});

function show(m: ToWebview): void {
  state = { ...state, raw: m.raw, theme: m.theme, uri: m.type === 'render' ? m.uri : state.uri };
  document.body.classList.toggle('wa-dark', m.theme === 'dark');
  document.body.classList.toggle('wa-light', m.theme !== 'dark');
  ui.raw.setAttribute('aria-pressed', String(m.raw));
  ui.theme.setAttribute('aria-pressed', String(m.theme === 'dark'));
  if (m.type === 'render') render(m);
  else {
    ui.chat.replaceChildren();
    ui.status.textContent = m.message;
    ui.status.hidden = false;
  }
  save();
}

function render(m: RenderMessage): void {
  const y = restoreScroll ?? window.scrollY;
  restoreScroll = null;
  // The engine's fragment: every piece of template text is escaped, and the CSP runs no script or style in it.
  ui.chat.innerHTML = m.html;
  ui.status.hidden = true;
  ui.title.textContent = m.name ?? '(no name)';
  const facts = document.createElement('span');
  facts.textContent = ` ${[m.language, m.category].filter(Boolean).join(' · ')}`;
  ui.title.append(facts);
  renderCounts(m.counts);
  renderHint(m.hint);
  renderTranslations(m.translations);
  window.scrollTo(0, y);
}

function renderCounts(c: RenderMessage['counts']): void {
  const n = (x: number) => x.toLocaleString('en-US');
  const item = (label: string, count: { length: number; limit: number } | null, extra = '', over = false) => {
    if (!count) return null;
    const span = document.createElement('span');
    span.textContent = `${label} ${n(count.length)}/${n(count.limit)}${extra}`;
    if (over || count.length > count.limit) span.className = 'wp-over';
    return span;
  };
  const hydrated = c.body.hydrated !== c.body.length ? ` (${n(c.body.hydrated)} with examples)` : '';
  const items = [item('Body', c.body, hydrated, c.body.hydrated > c.body.limit), item('Header', c.header), item('Footer', c.footer), item('Buttons', c.buttons)];
  ui.counts.replaceChildren(...items.filter((x): x is HTMLSpanElement => x !== null));
}

/** "Category hint: marketing (93%), not utility: 20% off, shop now", flagged when it differs from the declared category. */
function renderHint(hint: RenderMessage['hint']): void {
  ui.hint.hidden = hint === null;
  if (!hint) return;
  const declared = hint.declared?.trim().toLowerCase() ?? null;
  const differs = declared !== null && declared !== hint.inferred;
  const reasons = hint.reasons.length ? `: ${hint.reasons.join(', ')}` : '';
  ui.hint.textContent = `Category hint: ${hint.inferred} (${Math.round(hint.confidence * 100)}%)${differs ? `, not ${declared}` : ''}${reasons}`;
  ui.hint.title = ui.hint.textContent;
  ui.hint.classList.toggle('wp-over', differs);
}

function renderTranslations(list: RenderMessage['translations']): void {
  ui.lang.replaceChildren(
    ...list.map((t) => {
      const option = document.createElement('option');
      option.value = t.uri;
      option.textContent = t.language ?? '(no language)';
      option.selected = t.current;
      return option;
    }),
  );
  ui.lang.hidden = list.length < 2;
}

ui.lang.addEventListener('change', () => send({ type: 'openTranslation', uri: ui.lang.value }));
ui.raw.addEventListener('click', () => send({ type: 'setRaw', raw: !state.raw }));
ui.theme.addEventListener('click', () => send({ type: 'setTheme', theme: state.theme === 'dark' ? 'light' : 'dark' }));

// Links in the bubble show where they lead; they never navigate the webview.
for (const type of ['click', 'auxclick']) {
  document.addEventListener(type, (e) => {
    if (e.target instanceof Element && e.target.closest('a')) e.preventDefault();
  }, true);
}

let scrollQueued = false;
window.addEventListener('scroll', () => {
  if (scrollQueued) return;
  scrollQueued = true;
  requestAnimationFrame(() => {
    scrollQueued = false;
    state = { ...state, scrollY: Math.max(0, Math.round(window.scrollY)) };
    save();
  });
});

send({ type: 'ready' });
