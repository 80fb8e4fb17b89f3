import fs from 'node:fs';
import type http from 'node:http';

/**
 * The relay's few plain-HTTP pages: the widget script, a health check for monitoring, and a demo
 * shop page that carries the widget (what a shop owner pastes, shown working).
 */
export function handleHttp(req: http.IncomingMessage, res: http.ServerResponse, o: { widgetFile?: string | undefined }): void {
  const url = new URL(req.url ?? '/', 'http://relay');
  const reply = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', ...extra });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return reply(405, 'text/plain; charset=utf-8', 'Method Not Allowed', { Allow: 'GET, HEAD' });
  switch (url.pathname) {
    case '/health':
      return reply(200, 'application/json', JSON.stringify({ ok: true }), { 'Cache-Control': 'no-store' });
    case '/widget.js': {
      if (!o.widgetFile || !fs.existsSync(o.widgetFile)) return reply(404, 'text/plain; charset=utf-8', 'The widget is not built: run npm run build.');
      return reply(200, 'application/javascript; charset=utf-8', fs.readFileSync(o.widgetFile), { 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' });
    }
    case '/demo':
      return reply(200, 'text/html; charset=utf-8', demoPage(url.searchParams.get('lang') === 'en' ? 'en' : 'sv'));
    case '/':
      return reply(200, 'text/plain; charset=utf-8', 'Växel chat relay. The widget is at /widget.js; a demo page at /demo; the WebSocket at /ws.\n');
    default:
      return reply(404, 'text/plain; charset=utf-8', 'Not Found');
  }
}

function demoPage(lang: 'sv' | 'en'): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lang === 'sv' ? 'Demobutik' : 'Demo shop'}</title>
<style>body{font:16px system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#222}</style></head>
<body><main><h1>${lang === 'sv' ? 'Demobutiken' : 'The demo shop'}</h1>
<p>${lang === 'sv' ? 'Chattknappen nere till höger är Växels widget, inlagd med en rad:' : 'The chat button bottom right is Växel’s widget, added with one line:'}</p>
<pre>&lt;script src="/widget.js" data-lang="${lang}" async&gt;&lt;/script&gt;</pre></main>
<script src="/widget.js" data-lang="${lang}" async></script>
</body></html>`;
}
