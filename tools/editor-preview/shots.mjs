// Takes the editor pictures for docs/editors-guide.md: a real nota's document.yml, and a copy with typical
// mistakes, in Monaco + monaco-yaml (dist/, built by build.mjs) in Debian's Chromium, offline.
// Run from this folder: npm ci && npm run shots
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'

import { chromium } from 'playwright-core'

const repo = resolve(import.meta.dirname, '../..')
const dist = resolve(import.meta.dirname, 'dist')
const pictures = join(repo, 'docs', 'img')
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium'

// A seed nota, opened at its own path so its first line finds ../../../schemas/nota.schema.json.
const seed = 'content/documenten/2024-06-07-nota-informatieverzoek-veldkamp/document.yml'
// The copy with mistakes stands where `infoblad new nota proef` would write it.
const faulty = 'content/documenten/2026-12-07-proef/document.yml'
const mistakes = [
  ['datum: 2024-06-07', 'datum: 07-06-2024'], // a date in the order of a letter
  ['status: definitief', 'status: klaar'], // a value not in the list
  ['verwijst_naar:', 'verwijst_nar:'] // a misspelled key
]
const misspelled = 'verwijst_nar'
// The completion item whose description the picture opens.
const described = 'samenvatting'

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.json': 'application/json' }

/** Serves dist/ at / and the repository's schemas/ at /schemas/, read only, on the loopback. */
function serve() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname))
    const [root, rest] = path.startsWith('/schemas/') ? [join(repo, 'schemas'), path.slice('/schemas/'.length)] : [dist, path.slice(1) || 'index.html']
    const file = resolve(root, rest)
    if (request.method !== 'GET' || !file.startsWith(root + sep)) {
      response.writeHead(404).end()
      return
    }

    try {
      const body = await readFile(file)
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)))
}

/** Waits until an element has kept its size for a few frames: Monaco sizes the details pane after it fills it. */
async function settled(page, selector) {
  await page.waitForFunction(async (s) => {
    const size = () => { const r = document.querySelector(s).getBoundingClientRect(); return `${r.width}x${r.height}` }
    const before = size()
    for (let i = 0; i < 5; i++) await new Promise(requestAnimationFrame)
    return size() === before
  }, selector)
}

function withMistakes(text) {
  for (const [from, to] of mistakes) {
    if (text.split(from).length !== 2) {
      throw new Error(`${seed} no longer has exactly one '${from}'; update the mistakes in shots.mjs`)
    }
    text = text.replace(from, to)
  }
  return text
}

const server = await serve()
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] })
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 })
  page.on('pageerror', (e) => console.error('page error:', e.message))
  await page.goto(`http://127.0.0.1:${server.address().port}/`)
  await page.waitForFunction(() => globalThis.editorPreview?.ready === true)
  const text = await readFile(join(repo, seed), 'utf8')

  // (a) The mistakes: red squiggles, the Problems panel, and the hover on the misspelled key.
  await page.evaluate(([path, yaml]) => globalThis.editorPreview.open(path, yaml), [faulty, withMistakes(text)])
  await page.waitForFunction((n) => globalThis.editorPreview.markers().length >= n, mistakes.length, { timeout: 30_000 })
  const line = await page.evaluate((key) => globalThis.editorPreview.lineOf(key), misspelled)
  const point = await page.evaluate((l) => globalThis.editorPreview.pointAt(l, 3), line)
  await page.mouse.move(point.x, point.y)
  await page.locator('.monaco-hover', { hasText: misspelled }).first().waitFor({ state: 'visible' })
  // The hover fades in; a picture taken during the fade shows the text behind it.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)))
  console.log('markers:', JSON.stringify(await page.evaluate(() => globalThis.editorPreview.markers()), null, 1))
  await page.screenshot({ path: join(pictures, 'editor-schema-fouten.png') })

  // (b) Completion: Ctrl+Space on a new line of the real nota lists the keys it may still have, and a
  // second Ctrl+Space opens the description of the chosen one, as in VS Code.
  await page.mouse.move(0, 0)
  await page.evaluate(([path, yaml]) => globalThis.editorPreview.open(path, yaml), [seed, text])
  const status = await page.evaluate(() => globalThis.editorPreview.lineOf('status:'))
  await page.evaluate((l) => globalThis.editorPreview.cursorAtEndOf(l), status)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+Space')
  await page.locator('.suggest-widget .monaco-list-row', { hasText: 'geaccordeerd_door' }).first().waitFor({ state: 'visible', timeout: 30_000 })
  await page.keyboard.press('Control+Space')
  for (let i = 0; i < 20 && !(await page.locator('.suggest-widget .monaco-list-row.focused', { hasText: described }).count()); i++) {
    await page.keyboard.press('ArrowDown')
  }
  await page.locator('.suggest-details', { hasText: 'Woo-index' }).first().waitFor({ state: 'visible' })
  await settled(page, '.suggest-details')
  await page.screenshot({ path: join(pictures, 'editor-schema-aanvullen.png') })
} finally {
  await browser.close()
  server.close()
}
