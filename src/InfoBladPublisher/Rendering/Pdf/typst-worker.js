// The Typst worker: one long-lived Node process that keeps the compiler warm and answers one JSON request a
// line on stdin with one JSON line on stdout. .NET (TypstEngine) owns it: it hands over every file a document
// may read, and kills the process when a compile runs past its time.
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

// The root holds nothing on disk: every file a document reads is mapped from memory below it.
const root = process.argv[2];
const fontFiles = process.argv.slice(3);
const compiler = NodeCompiler.create({
  workspace: root,
  fontArgs: [{ fontBlobs: fontFiles.map(f => fs.readFileSync(f)) }],
});

function positioned(diagnostics) {
  return diagnostics.map(d => ({
    message: d.message,
    path: d.path && d.path.startsWith(root) ? d.path.slice(root.length) : (d.path || ''),
    line: d.range ? d.range.start.line + 1 : 0,
    column: d.range ? d.range.start.character + 1 : 0,
    severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
    hints: d.hints || [],
  }));
}

function diagnosticsOf(result) {
  const taken = result.takeDiagnostics();
  if (!taken) return [];
  try {
    return positioned(compiler.fetchDiagnostics(taken));
  } catch (e) {
    return positioned(taken.shortDiagnostics);
  }
}

// Export errors (PDF/UA-1 checks) come back as one string of Rust debug output: take each message and hint.
function exportErrors(error) {
  const text = String(error && error.message || error);
  const found = [];
  const pattern = /message: "((?:[^"\\]|\\.)*)", trace: \[[^\]]*\], hints: \[((?:"(?:[^"\\]|\\.)*",? ?)*)\]/g;
  let m;
  while ((m = pattern.exec(text)) !== null) {
    const unquote = s => JSON.parse('"' + s + '"');
    const hints = [...m[2].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map(h => unquote(h[1]));
    found.push({ message: unquote(m[1]), path: '', line: 0, column: 0, severity: 'error', hints });
  }
  return found.length > 0 ? found : [{ message: text, path: '', line: 0, column: 0, severity: 'error', hints: [] }];
}

// The layout compiled last, by the key .NET gave it: exporting it again (the PDF/A copy after the PDF/UA file,
// or both after a layout judged from its own facts) costs the export alone, not a compile.
let last = { key: null, doc: null, diagnostics: [] };
let compiled = false;

function compile(request, lap) {
  if (request.key && request.reuse && last.key === request.key && last.doc) {
    lap('reuse the compiled layout');
    return { doc: last.doc, diagnostics: last.diagnostics };
  }
  last = { key: null, doc: null, diagnostics: [] };
  compiled = true;
  compiler.resetShadow();
  for (const [file, base64] of Object.entries(request.files)) {
    compiler.mapShadow(path.posix.join(root, file), Buffer.from(base64, 'base64'));
  }
  lap('map');
  const result = compiler.compile({ mainFilePath: path.posix.join(root, request.main) });
  lap('compile');
  const diagnostics = diagnosticsOf(result);
  if (result.hasError() || !result.result) {
    return { diagnostics };
  }
  last = { key: request.key || null, doc: result.result, diagnostics };
  return { doc: result.result, diagnostics };
}

function handle(request) {
  const timings = {};
  let t = process.hrtime.bigint();
  const lap = name => { const now = process.hrtime.bigint(); timings[name] = Number(now - t) / 1e6; t = now; };
  const { doc, diagnostics } = compile(request, lap);
  if (!doc) {
    return { ok: false, diagnostics, timings };
  }
  const queries = {};
  for (const selector of request.queries || []) {
    queries[selector] = compiler.query(doc, { selector });
  }
  lap('query');
  const pdfs = {};
  for (const standard of request.standards) {
    try {
      pdfs[standard] = compiler.pdf(doc, { pdfStandard: standard, creationTimestamp: request.timestamp }).toString('base64');
    } catch (error) {
      return { ok: false, diagnostics: diagnostics.concat(exportErrors(error).map(d => ({ ...d, standard }))), timings };
    }
    lap('pdf ' + standard);
  }
  return { ok: true, pages: doc.numOfPages, pdfs, queries, diagnostics, timings };
}

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', line => {
  let answer;
  compiled = false;
  try {
    answer = handle(JSON.parse(line));
  } catch (error) {
    answer = { ok: false, diagnostics: [{ message: String(error && error.message || error), path: '', line: 0, column: 0, severity: 'error', hints: [] }], timings: {} };
  } finally {
    // Keep only what this request used (comemo ages every entry by one per eviction, resets it on a hit, and
    // drops those of age ≥ 2): the next layout of the same document, a repair, recompiles incrementally, while
    // memory stays that of one document. Keeping ten requests' worth held 0.4 GiB more over a release, for no speed.
    // An export of the layout compiled last adds nothing to the cache: evicting then would only age out what the
    // next compile (the next document's templates and fonts) would have found warm.
    if (compiled) {
      compiler.evictCache(2);
    }
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
});
lines.on('close', () => process.exit(0));
process.stdout.write(JSON.stringify({ ready: true }) + '\n');
