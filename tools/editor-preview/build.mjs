// Bundles the preview page and its two workers into dist/ (esbuild), offline, from node_modules only.
import { copyFile, mkdir, readFile } from 'node:fs/promises'

import { build } from 'esbuild'

const versionOf = async (name) => JSON.parse(await readFile(`node_modules/${name}/package.json`, 'utf8'))

const monaco = await versionOf('monaco-editor')
const monacoYaml = await versionOf('monaco-yaml')

await mkdir('dist', { recursive: true })
await build({
  entryPoints: {
    page: 'src/page.js',
    'editor.worker': 'src/editor.worker.js',
    'yaml.worker': 'src/yaml.worker.js'
  },
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  outdir: 'dist',
  loader: { '.ttf': 'file' },
  logLevel: 'warning',
  // The versions are printed in every picture, so a reader knows what drew it.
  define: {
    MONACO_VERSION: JSON.stringify(monaco.version),
    MONACO_YAML_VERSION: JSON.stringify(monacoYaml.version),
    // monaco-yaml bundles the language server into its worker at the version it develops against.
    YAML_LANGUAGE_SERVER_VERSION: JSON.stringify(monacoYaml.devDependencies?.['yaml-language-server'] ?? 'unknown')
  }
})
await copyFile('src/index.html', 'dist/index.html')
