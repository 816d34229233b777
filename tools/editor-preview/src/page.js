// The preview page: one Monaco editor with monaco-yaml, configured as VS Code's YAML extension is in this
// repository: no schema associations of its own, so each document.yml gets its schema from its own first
// line (`# yaml-language-server: $schema=../../../schemas/<type>.schema.json`).
import * as monaco from 'monaco-editor'
import { configureMonacoYaml } from 'monaco-yaml'

globalThis.MonacoEnvironment = {
  getWorker(_moduleId, label) {
    const file = label === 'yaml' ? './yaml.worker.js' : './editor.worker.js'
    return new Worker(new URL(file, import.meta.url), { type: 'module' })
  }
}

// The settings .vscode/settings.json gives the extension; enableSchemaRequest lets the server read the
// schema the modeline names (VS Code's extension reads it from disk).
configureMonacoYaml(monaco, {
  enableSchemaRequest: true,
  validate: true,
  completion: true,
  hover: true,
  format: false,
  schemas: []
})

const editor = monaco.editor.create(document.getElementById('editor'), {
  theme: 'vs-dark',
  fontFamily: '"DejaVu Sans Mono", "Liberation Mono", monospace',
  fontSize: 15,
  lineHeight: 22,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  // Below the line (VS Code: editor.hover.above false), so the hover leaves the squiggles above it in view.
  hover: { delay: 150, above: false },
  quickSuggestions: { other: true, comments: false, strings: true },
  suggest: { showInlineDetails: true }
})

document.getElementById('drawn-by').textContent =
  `Monaco ${MONACO_VERSION} + monaco-yaml ${MONACO_YAML_VERSION} (yaml-language-server ${YAML_LANGUAGE_SERVER_VERSION}), not VS Code itself`

const severityName = (severity) => (severity === monaco.MarkerSeverity.Error ? 'error' : 'warning')

/** The Problems panel: every marker of the open file, as VS Code lists them (textContent only: the messages quote the file). */
function showProblems() {
  const model = editor.getModel()
  const markers = model ? monaco.editor.getModelMarkers({ resource: model.uri }) : []
  const list = document.getElementById('list')
  list.replaceChildren(
    ...markers.map((m) => {
      const row = document.createElement('li')
      const icon = document.createElement('span')
      icon.className = `codicon codicon-${severityName(m.severity)} ${severityName(m.severity)}`
      const message = document.createElement('span')
      message.textContent = m.message
      const source = document.createElement('span')
      source.className = 'source'
      source.textContent = m.source ?? ''
      const where = document.createElement('span')
      where.className = 'where'
      where.textContent = `[Ln ${m.startLineNumber}, Col ${m.startColumn}]`
      row.append(icon, message, source, where)
      return row
    })
  )
  document.getElementById('count').textContent = String(markers.length)
}

monaco.editor.onDidChangeMarkers(showProblems)

/** What shots.mjs drives; `ready` is the flag it waits on, never a sleep. */
globalThis.editorPreview = {
  ready: true,

  /** Opens `text` as the file at `path` (from the repository root), so the modeline resolves as on disk. */
  open(path, text) {
    const uri = monaco.Uri.parse(`file:///${path}`)
    monaco.editor.getModel(uri)?.dispose()
    editor.getModel()?.dispose()
    editor.setModel(monaco.editor.createModel(text, 'yaml', uri))
    document.getElementById('file').textContent = path
    const modeline = /^# yaml-language-server: \$schema=(\S+)/.exec(text)
    document.getElementById('schema').textContent = modeline ? `schema from line 1: ${modeline[1]}` : 'no schema line'
    showProblems()
    editor.focus()
  },

  markers() {
    const model = editor.getModel()
    return model ? monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => ({ line: m.startLineNumber, column: m.startColumn, message: m.message, source: m.source })) : []
  },

  /** The page position of the middle of a character, for the mouse. */
  pointAt(line, column) {
    editor.revealLineInCenterIfOutsideViewport(line)
    const at = editor.getScrolledVisiblePosition({ lineNumber: line, column })
    const box = editor.getDomNode().getBoundingClientRect()
    return { x: box.left + at.left + 4, y: box.top + at.top + at.height / 2 }
  },

  /** Puts the cursor at the end of a line. */
  cursorAtEndOf(line) {
    const model = editor.getModel()
    editor.setPosition({ lineNumber: line, column: model.getLineMaxColumn(line) })
    editor.focus()
  },

  lineOf(text) {
    const lines = editor.getModel().getLinesContent()
    const index = lines.findIndex((l) => l.startsWith(text))
    return index < 0 ? 0 : index + 1
  }
}
