import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

interface Operation {
  summary: string;
  tags: string[];
  description?: string;
  'x-access': string;
  parameters: Array<{ name: string; in: string; required: boolean; description?: string; schema: unknown }>;
  requestBody?: { content: { 'application/json': { schema: unknown } } };
  responses: Record<string, { description: string }>;
}
interface Document {
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, Operation>>;
}

/**
 * The API reference as one self-contained HTML page rendered from the OpenAPI document: no
 * scripts, no CDN, readable with a keyboard and a screen reader, and never out of date.
 */
export function renderReferencePage(doc: Document): Promise<HtmlEscapedString> | HtmlEscapedString {
  const byTag = new Map<string, Array<{ method: string; path: string; op: Operation }>>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, op }]);
    }
  }
  const tags = [...byTag.keys()].sort();
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} reference</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<header><h1>${doc.info.title} <small>${doc.info.version}</small></h1>
<p>${doc.info.description}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<nav aria-label="Sections"><ul>${tags.map((t) => html`<li><a href="#${slug(t)}">${t}</a></li>`)}</ul></nav>
</header>
<main>
${tags.map(
  (
    tag,
  ) => html`<section id="${slug(tag)}" aria-labelledby="${slug(tag)}-h"><h2 id="${slug(tag)}-h">${tag}</h2>
${(byTag.get(tag) ?? []).map(({ method, path, op }) => operation(method, path, op))}
</section>`,
)}
</main>
</body>
</html>`;
}

function operation(method: string, path: string, op: Operation) {
  const body = op.requestBody?.content['application/json'].schema;
  return html`<article class="op">
<h3><span class="method m-${method}">${method.toUpperCase()}</span> <code>${path}</code></h3>
<p>${op.summary} <span class="access">${accessLabel(op['x-access'])}</span></p>
${op.description ? html`<p>${op.description}</p>` : ''}
${
  op.parameters.length
    ? html`<table><caption>Parameters</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Required</th><th scope="col">Schema</th></tr></thead><tbody>
${op.parameters.map((p) => html`<tr><td><code>${p.name}</code></td><td>${p.in}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${JSON.stringify(p.schema)}</code>${p.description ? html`<br>${p.description}` : ''}</td></tr>`)}
</tbody></table>`
    : ''
}
${body ? html`<details><summary>JSON body schema</summary><pre>${JSON.stringify(body, null, 2)}</pre></details>` : ''}
<p class="responses">Responses: ${Object.entries(op.responses).map(([code, r]) => html`<span title="${r.description}">${code}</span> `)}</p>
</article>`;
}

function accessLabel(access: string): string {
  switch (access) {
    case 'public':
      return 'no sign-in';
    case 'signature':
      return 'signed by the help desk';
    default:
      return `${access} and above`;
  }
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fff}
header,main{max-width:60rem;margin:0 auto;padding:1rem}
h1 small{font-size:.6em;color:#555}
nav ul{display:flex;flex-wrap:wrap;gap:.5rem 1rem;list-style:none;padding:0}
a{color:#0b57d0}
.op{border:1px solid #d0d7de;border-radius:8px;padding:.5rem 1rem;margin:1rem 0}
.op h3{font-size:1rem;margin:.25rem 0}
.method{display:inline-block;min-width:4.5em;text-align:center;border-radius:4px;color:#fff;font-weight:700;padding:0 .3em}
.m-get{background:#0a6b3b}.m-post{background:#0b57d0}.m-put{background:#7a4d00}.m-patch{background:#6f42c1}.m-delete{background:#b3261e}
.access{font-size:.85em;color:#444;border:1px solid #bbb;border-radius:999px;padding:0 .5em}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600}
pre{background:#f6f8fa;padding:.5rem;overflow:auto}
.responses span{display:inline-block;border:1px solid #d0d7de;border-radius:4px;padding:0 .3em;margin-right:.2em}
`;
