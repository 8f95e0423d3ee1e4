/** One preview pane: follows the active .watpl editor, renders through the server (watpl/render), posts fragments to its webview. */
import { randomBytes } from 'node:crypto';
import { Uri, ViewColumn, window, workspace, type Disposable, type WebviewOptions, type WebviewPanel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RENDER, type RenderParams, type RenderResult } from '../../../server/src/lsp/protocol';
import { fromWebview, parseMessage, toWebview, type FromWebview, type PreviewState, type ToWebview } from './messages';
import { previewHtml } from './shell';

export const VIEW_TYPE = 'watpl.preview';
/** Delay after a keystroke before rendering: 0 renders at once; edits during a render share the next one. */
const TYPING_DELAY_MS = 0;

/** Scripts on, forms and command links off, and only dist/ (the webview script) as a local resource. */
export function webviewOptions(extensionUri: Uri): WebviewOptions {
  return { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: [Uri.joinPath(extensionUri, 'dist')] };
}

/** The pane's state and its webview: what it shows, the toggles, and the render loop (one request in flight at a time). */
export class PreviewPanel {
  private readonly disposables: Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** One render request at a time; a change meanwhile asks for one more when it returns. */
  private inFlight = false;
  private again = false;
  /** The translations of the last render: the only files the webview may ask to open. */
  private translations = new Set<string>();
  /** The editor column the preview follows, where translations open. */
  private sourceColumn: ViewColumn | undefined;

  constructor(
    readonly panel: WebviewPanel,
    private readonly extensionUri: Uri,
    private readonly client: () => LanguageClient | undefined,
    private state: PreviewState,
    onDispose: () => void,
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = Uri.joinPath(extensionUri, 'images', 'watpl-file.svg');
    this.setHtml();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      // a save or a dirty-state change fires this too, with no content change: nothing to render then
      workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && e.document.uri.toString() === this.state.uri && this.schedule(TYPING_DELAY_MS)),
      window.onDidChangeActiveTextEditor((editor) => editor?.document.languageId === 'watpl' && this.show(editor.document.uri, editor.viewColumn)),
      workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('watpl.preview.allowRemoteImages') && this.setHtml()),
      panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
    );
  }

  /** Shows `uri` (a .watpl file) in this pane. */
  show(uri: Uri, column?: ViewColumn): void {
    if (column !== undefined) this.sourceColumn = column;
    if (this.state.uri === uri.toString()) return;
    this.state = { ...this.state, uri: uri.toString(), scrollY: 0 };
    this.schedule(0);
  }

  /** A new page with a fresh nonce (at creation, on restore, when the image setting changes): the webview says when it is ready. */
  private setHtml(): void {
    const webview = this.panel.webview;
    webview.html = previewHtml({
      nonce: randomBytes(18).toString('base64'),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(Uri.joinPath(this.extensionUri, 'dist', 'preview.js')).toString(),
      allowRemoteImages: allowRemoteImages(),
      theme: this.state.theme,
    });
  }

  private receive(raw: unknown): void {
    const r = parseMessage(fromWebview, raw);
    if (!r.ok) return console.warn(`watpl preview: ignored a message from the webview (${r.reason})`);
    this.handle(r.value);
  }

  private handle(m: FromWebview): void {
    if (m.type === 'setRaw') this.state = { ...this.state, raw: m.raw };
    else if (m.type === 'setTheme') this.state = { ...this.state, theme: m.theme };
    else if (m.type === 'openTranslation') return void this.openTranslation(m.uri);
    this.schedule(0);
  }

  /** Opens a translation the last render listed (and no other file) beside which the preview follows. */
  private async openTranslation(uri: string): Promise<void> {
    if (!this.translations.has(uri)) return;
    const doc = await workspace.openTextDocument(Uri.parse(uri));
    await window.showTextDocument(doc, { viewColumn: this.sourceColumn ?? ViewColumn.One, preserveFocus: true });
    this.show(doc.uri);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.kick(), delayMs);
  }

  /** Renders now, or once more after the request in flight returns. */
  private async kick(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = true;
    try {
      await this.render();
    } finally {
      this.inFlight = false;
      if (this.again) {
        this.again = false;
        this.schedule(0);
      }
    }
  }

  private async render(): Promise<void> {
    const { uri, raw, theme } = this.state;
    const status = (message: string) => this.post({ type: 'status', message, raw, theme });
    if (!uri) return status('Open a .watpl template to see it here as the phone shows it.');
    const client = this.client();
    if (!client) return status('The watpl language server is not running (watpl: Restart the Language Server).');
    const params: RenderParams = { uri, raw, allowRemoteImages: allowRemoteImages(), time: clock(new Date()) };
    let result: RenderResult | null;
    try {
      result = await client.sendRequest<RenderResult | null>(RENDER, params);
    } catch (e) {
      return status(`The preview could not be rendered: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (uri !== this.state.uri || raw !== this.state.raw) return void (this.again = true); // changed meanwhile
    if (!result) return status(`${Uri.parse(uri).fsPath}: cannot read this template.`);
    const open = workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (open && result.version !== null && result.version < open.version) this.again = true; // the server had not seen the last edit
    this.translations = new Set(result.translations.map((t) => t.uri));
    this.panel.title = `Preview ${result.name ?? Uri.parse(uri).path.split('/').pop()}${result.language ? ` (${result.language})` : ''}`;
    const { html, counts, notes, translations, version, name, language, category, hint } = result;
    this.post({ type: 'render', uri, version, name, language, category, html, counts, notes, translations, hint, raw, theme });
  }

  private post(message: ToWebview): void {
    const r = parseMessage(toWebview, message);
    if (!r.ok) return console.error(`watpl preview: refused to send an invalid message (${r.reason})`);
    void this.panel.webview.postMessage(r.value);
  }

  /** Stops following editors and settings (the panel itself is closed by VS Code or the user). */
  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** watpl.preview.allowRemoteImages (a user setting: a workspace cannot switch it on). */
function allowRemoteImages(): boolean {
  return workspace.getConfiguration('watpl').get<boolean>('preview.allowRemoteImages') === true;
}

/** The bubble's time stamp: the local time, HH:MM, as the phone shows it. */
function clock(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
