// A Vite plugin for the build: the reader page's own stylesheet goes inline into reader.html, so its first paint
// waits for no second file. (Extension pages' CSP restricts scripts, not styles; the CSS is Baca's own.)
import type { Plugin } from 'vite';

export function inlineReaderCss(page = 'reader.html'): Plugin {
  return {
    name: 'baca-inline-reader-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !(ctx.filename.endsWith(`/reader/index.html`) || ctx.path.endsWith(page))) return html;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/?(assets\/reader[^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = ctx.bundle?.[file];
          if (!asset || asset.type !== 'asset') return tag;
          return `<style>${String(asset.source)}</style>`;
        });
      },
    },
  };
}
