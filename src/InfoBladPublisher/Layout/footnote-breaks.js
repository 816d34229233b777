// Moves the line that cites a note to the next page, as Word does when the note does not fit under it: the
// paragraph is split before that line and the rest starts a new page. Runs on the print HTML, not the pages.
// args: { html, fixes: [{ src, words }], freed: [note numbers] }
(args) => {
  const doc = new DOMParser().parseFromString(args.html, 'text/html');
  /* words.js */
  for (const fix of args.fixes) {
    let remaining = fix.words;
    const parts = [...doc.querySelectorAll('[data-src]')].filter(e => e.getAttribute('data-src') === fix.src && !e.classList.contains('voetnoot'));
    for (const part of parts) {
      const starts = wordStarts(textOf(part));
      if (remaining >= starts.length && part !== parts[parts.length - 1]) { remaining -= starts.length; continue; }
      if (remaining === 0 || part.tagName !== 'P' || !starts[remaining]) {
        part.style.breakBefore = 'page';
        break;
      }
      const range = doc.createRange();
      range.setStart(starts[remaining].node, starts[remaining].offset);
      range.setEndAfter(part.lastChild);
      const rest = doc.createElement('p');
      rest.setAttribute('data-src', fix.src);
      rest.className = part.className;
      rest.style.breakBefore = 'page';
      rest.style.marginTop = '0';
      rest.appendChild(range.extractContents());
      part.style.marginBottom = '0';
      part.after(rest);
      break;
    }
  }
  // Notes the engine looped on with 'footnote-policy: line' (EngineStall): the fixes above do that job for them.
  // Chromium drops a property it does not know from element.style, so the attribute is written as text.
  for (const number of args.freed || []) {
    const note = doc.querySelector('.voetnoot[data-nummer="' + number + '"]');
    if (note) { note.setAttribute('style', (note.getAttribute('style') || '') + 'footnote-policy: auto;'); }
  }
  return '<!DOCTYPE html>\n' + doc.documentElement.outerHTML;
}
