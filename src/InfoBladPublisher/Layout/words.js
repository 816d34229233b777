  // How a marked block's words are counted. The layout probe counts them on the pages and footnote-breaks.js in
  // the print HTML, and the two must agree, so this is the one definition (included into both where it says
  // words.js). A block's text is the text whose nearest data-src element is the block itself (a note inside it
  // has its own mark), less what the engine adds (call numbers); each run of non-space is a word.
  const textOf = el => {
    const parts = [];
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent.closest('[data-adapt-pseudo]') || parent.closest('[data-src]') !== el) continue;
      parts.push(node);
    }
    return parts;
  };
  const wordStarts = nodes => {
    const starts = [];
    let previousSpace = true;
    for (const node of nodes) {
      for (let i = 0; i < node.nodeValue.length; i++) {
        const space = /\s/.test(node.nodeValue[i]);
        if (!space && previousSpace) starts.push({ node, offset: i });
        previousSpace = space;
      }
    }
    return starts;
  };
