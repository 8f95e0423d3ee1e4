/** The preview pane's commands and the serializer that restores it after a window reload. */
import { ColorThemeKind, commands, Uri, ViewColumn, window, type Disposable, type ExtensionContext, type WebviewPanel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { parseMessage, previewState, type PreviewState } from './messages';
import { PreviewPanel, VIEW_TYPE, webviewOptions } from './panel';

/** Registers watpl.openPreview, watpl.openPreviewToSide and the webview serializer. One pane, reused, like the Markdown preview's. */
export function registerPreview(context: ExtensionContext, client: () => LanguageClient | undefined): Disposable[] {
  let current: PreviewPanel | undefined;
  const adopt = (panel: PreviewPanel) => (current = panel);
  const create = (panel: WebviewPanel, state: PreviewState) =>
    adopt(new PreviewPanel(panel, context.extensionUri, client, state, () => current?.panel === panel && (current = undefined)));

  const open = (toSide: boolean) => (uri?: Uri) => {
    const editor = window.activeTextEditor;
    const target = uri instanceof Uri ? uri : editor?.document.languageId === 'watpl' ? editor.document.uri : undefined;
    if (!target) return void window.showInformationMessage('watpl: open a .watpl template first, then open its preview.');
    const column = toSide ? ViewColumn.Beside : (editor?.viewColumn ?? ViewColumn.Active);
    if (current) {
      current.panel.reveal(column, toSide);
      return current.show(target, editor?.viewColumn);
    }
    const panel = window.createWebviewPanel(VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus: toSide }, { enableFindWidget: true, ...webviewOptions(context.extensionUri) });
    create(panel, { uri: null, raw: false, theme: editorTheme(), scrollY: 0 }).show(target, editor?.viewColumn);
  };

  return [
    commands.registerCommand('watpl.openPreview', open(false)),
    commands.registerCommand('watpl.openPreviewToSide', open(true)),
    window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel, saved: unknown) {
        const r = parseMessage(previewState, saved);
        create(panel, r.ok ? r.value : { uri: null, raw: false, theme: editorTheme(), scrollY: 0 });
      },
    }),
    { dispose: () => current?.panel.dispose() },
  ];
}

/** The WhatsApp theme that matches the editor's: dark for dark and high-contrast dark themes. */
function editorTheme(): 'light' | 'dark' {
  const kind = window.activeColorTheme.kind;
  return kind === ColorThemeKind.Dark || kind === ColorThemeKind.HighContrast ? 'dark' : 'light';
}
