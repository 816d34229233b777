// Monaco's own worker (diffs, word ranges); the YAML worker below is the one that knows the schema.
import 'monaco-editor/esm/vs/editor/editor.worker.js'
