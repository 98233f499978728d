// Parses each file named on the command line with mermaid's own parser (no browser needed) and prints one JSON
// line per file: {"file", "ok": true, "type"} or {"file", "ok": false, "error"}.
// Exit code: 0 when every file parsed, 1 when one did not, 2 when mermaid itself could not be loaded.
// Run by MermaidParser (core/src/test/java/dev/wf/core/testing) from the folder where npm installed package.json.
import { readFileSync } from 'node:fs';

let mermaid;
try {
  // mermaid sanitises labels with DOMPurify, which needs a window even to parse: jsdom provides one.
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  globalThis.window = dom.window;
  globalThis.document = dom.window.document;
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
} catch (e) {
  console.error(`cannot load mermaid: ${e && e.stack ? e.stack : e}`);
  process.exit(2);
}

let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const result = await mermaid.parse(readFileSync(file, 'utf8'));
    console.log(JSON.stringify({ file, ok: true, type: result.diagramType }));
  } catch (e) {
    failed = true;
    console.log(JSON.stringify({ file, ok: false, error: String(e && e.message ? e.message : e) }));
  }
}
process.exit(failed ? 1 : 0);
