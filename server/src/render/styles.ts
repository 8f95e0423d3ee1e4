/** The preview's CSS: WhatsApp's chat colours and type in a light and a dark theme. Classes only: the CSP blocks style attributes. */

const THEMES = `
.wa-light{--wall:#efeae2;--bubble:#fff;--text:#111b21;--muted:#667781;--link:#027eb5;--btn:#027eb5;--sep:rgba(11,20,26,.1);
--shadow:0 1px .5px rgba(11,20,26,.13);--media:#dfe5e7;--ex:rgba(255,190,0,.3);--ph:#00785a;--ph-bg:rgba(0,168,132,.12);
--gap:#c62828;--code:rgba(11,20,26,.07);--bar:#25d366;--note:#fff7d6;--note-bar:#e9b600;--over:#c62828}
.wa-dark{--wall:#0b141a;--bubble:#202c33;--text:#e9edef;--muted:#8696a0;--link:#53bdeb;--btn:#53bdeb;--sep:rgba(233,237,239,.12);
--shadow:0 1px .5px rgba(0,0,0,.35);--media:#2a3942;--ex:rgba(255,190,0,.24);--ph:#6fdcbf;--ph-bg:rgba(0,168,132,.2);
--gap:#ff8a80;--code:rgba(233,237,239,.1);--bar:#00a884;--note:#2a2f1e;--note-bar:#b39500;--over:#ff8a80}`;

const LAYOUT = `
.wa{background:var(--wall);color:var(--text);font:14.2px/19px "Segoe UI","Helvetica Neue",Helvetica,"Lucida Grande",Arial,Ubuntu,Cantarell,"Fira Sans",sans-serif;-webkit-font-smoothing:antialiased}
.wa-screen{max-width:420px;margin:0 auto;padding:14px 12px 24px;box-sizing:border-box;min-height:100vh}
.wa-info{display:flex;flex-wrap:wrap;gap:4px 10px;font-size:12px;line-height:16px;color:var(--muted);margin:0 0 12px}
.wa-info b{color:var(--text);font-weight:600}.wa-over,.wa-info .wa-over b{color:var(--over)}
.wa-msg{max-width:340px;padding:0 0 2px 8px}
.wa-card{position:relative;background:var(--bubble);border-radius:0 7.5px 7.5px 7.5px;box-shadow:var(--shadow)}
.wa-card::before{content:"";position:absolute;top:0;left:-8px;border-right:8px solid var(--bubble);border-bottom:13px solid transparent}
.wa-bubble{padding:6px 7px 6px 9px;overflow:hidden;overflow-wrap:anywhere;word-break:normal}
.wa-hdr{font-weight:700;white-space:pre-wrap;margin:0 0 4px}
.wa-media{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:2px;height:150px;margin:-3px -4px 6px -6px;border-radius:6px;background:var(--media);color:var(--muted);font-size:13px}
.wa-media .wa-i{width:44px;height:44px}
.wa-media-document{flex-direction:row;justify-content:flex-start;gap:8px;height:auto;min-height:58px;padding:8px 10px;box-sizing:border-box}
.wa-media-document .wa-i{width:30px;height:30px;flex:none}
.wa-media-document .wa-file{color:var(--text);font-weight:500;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;flex:1;min-width:0}
.wa-media-loaded{height:auto;background:none}.wa-img{display:block;width:100%;max-height:260px;object-fit:cover;border-radius:6px}
.wa-body{white-space:pre-wrap}.wa-l{min-height:19px}
.wa-li{display:flex;gap:.45em}.wa-mk{flex:none}.wa-lc{flex:1;min-width:0}
.wa-q{border-left:4px solid var(--bar);border-radius:2px;padding:0 0 0 8px;margin:2px 0;color:var(--muted)}
.wa-mono,.wa-code,.wa-ph{font-family:ui-monospace,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace;font-size:.92em}
.wa-code{background:var(--code);border-radius:4px;padding:1px 4px}
.wa-a{color:var(--link);cursor:default;text-decoration:none}.wa-a:hover{text-decoration:underline}
.wa-ex{background:var(--ex);color:inherit;border-radius:3px;padding:0 1px}
.wa-ph{color:var(--ph);background:var(--ph-bg);border-radius:3px;padding:0 2px}
.wa-gap{display:inline-block;border:1.5px dashed var(--gap);color:var(--gap);border-radius:4px;padding:0 4px;margin:0 1px;font-size:12px;line-height:16px;font-weight:400;font-style:normal}
.wa-ftr{color:var(--muted);font-size:13px;line-height:17px;margin-top:4px;white-space:pre-wrap}
.wa-meta{text-align:right;font-size:11px;line-height:15px;color:var(--muted);margin:-1px -2px -3px 0}
.wa-btns{border-top:1px solid var(--sep)}
.wa-btn{overflow:hidden;display:flex;align-items:center;justify-content:center;gap:6px;min-height:42px;padding:0 12px;color:var(--btn);font-size:14px;font-weight:500;text-align:center}
.wa-btn+.wa-btn{border-top:1px solid var(--sep)}.wa-btn .wa-i{width:18px;height:18px;flex:none}
.wa-bl{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;min-width:0}
.wa-note{font-size:12px;line-height:16px;margin:10px 0 0;padding:6px 8px;background:var(--note);border-left:3px solid var(--note-bar);border-radius:4px;color:var(--text)}
.wa-i{display:block}`;

/** The whole stylesheet (both themes; the theme is the `wa-light` / `wa-dark` class on an ancestor). */
export function previewCss(): string {
  return THEMES + LAYOUT;
}
