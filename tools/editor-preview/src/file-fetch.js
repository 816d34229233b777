// Installed before the language server loads: file:///schemas/x.json → <this server>/schemas/x.json.
const fetchOverHttp = globalThis.fetch.bind(globalThis)

globalThis.fetch = (input, init) => {
  const url = String(input instanceof Request ? input.url : input)
  if (!url.startsWith('file:///')) {
    return fetchOverHttp(input, init)
  }

  return fetchOverHttp(new URL(url.slice('file://'.length), globalThis.location.origin), init)
}
