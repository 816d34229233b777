// monaco-yaml's worker: yaml-language-server, the server inside Red Hat's VS Code YAML extension.
//
// The language server resolves a relative `# yaml-language-server: $schema=` line to a file: URI, as it
// does in VS Code, and then fetches it. A browser cannot fetch file: URIs, so such a request is read from
// the preview server instead, at the same path (the server's root stands for the repository's root).
import './file-fetch.js'
import 'monaco-yaml/yaml.worker.js'
