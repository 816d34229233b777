// Reads the laid-out pages of the paged-media engine (print media, before printing) and returns plain facts:
// where every block, note, call, table and margin box landed. The rules that judge them live in C#.
(() => {
  const round = v => Math.round(v * 100) / 100;
  const blockSelector = 'p,li,h1,h2,h3,h4,h5,h6,td,th,caption,figcaption,dt,dd,address,pre,blockquote,span.voetnoot,div,aside,header,footer,section,figure';
  const srcOf = el => {
    for (let e = el; e && e.getAttribute; e = e.parentElement) {
      const s = e.getAttribute('data-src');
      if (s) return s;
    }
    return null;
  };
  const visible = el => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
    }
    return true;
  };
  /* words.js */
  const wordsSoFar = new Map();
  const lineStartWords = (call, block) => {
    const starts = wordStarts(textOf(block));
    const before = starts.filter(w => w.node.compareDocumentPosition(call) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (before.length === 0) return 0;
    const top = w => { const r = document.createRange(); r.setStart(w.node, w.offset); r.setEnd(w.node, w.offset + 1); return r.getBoundingClientRect().top; };
    const lineTop = top(before[before.length - 1]);
    const first = starts.findIndex(w => Math.abs(top(w) - lineTop) < 2);
    return first < 0 ? before.length - 1 : first;
  };
  const containers = [...document.querySelectorAll('[data-vivliostyle-page-container]')];
  const pages = containers.map((container, index) => {
    const box = container.getBoundingClientRect();
    const scale = box.width / (parseFloat(container.style.width) || box.width);
    const rect = r => ({ x: round((r.left - box.left) / scale), y: round((r.top - box.top) / scale), w: round(r.width / scale), h: round(r.height / scale) });
    const areaContainer = container.querySelector('[data-vivliostyle-page-area-container]');
    const flow = container.querySelector('[data-vivliostyle-page-area]');
    const noteArea = areaContainer ? [...areaContainer.querySelectorAll('[data-vivliostyle-column]')].find(e => e !== flow && !flow.contains(e)) || null : null;
    const regionOf = el => {
      const margin = el.closest('[data-vivliostyle-page-margin-box]');
      if (margin) return 'marge:' + margin.getAttribute('data-vivliostyle-page-margin-box');
      if (noteArea && noteArea.contains(el)) return 'noot';
      if (el.closest('[data-ib-vrij]')) return 'vrij';
      return 'tekst';
    };

    // Blocks: every visible run of text, grouped by its nearest block element, and every image or chart.
    const blocks = [];
    const byElement = new Map();
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue.trim() || !node.parentElement || !visible(node.parentElement)) continue;
      if (node.parentElement.closest('svg')) continue; // chart text is part of the chart's own box
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const block = node.parentElement.closest(blockSelector) || node.parentElement;
      let entry = byElement.get(block);
      if (!entry) {
        entry = { _el: block, kind: 'tekst', region: regionOf(block), tag: block.tagName.toLowerCase(), src: srcOf(block), text: '', l: Infinity, t: Infinity, r: -Infinity, b: -Infinity, heading: /^h[1-6]$/.test(block.tagName.toLowerCase()) };
        byElement.set(block, entry);
        blocks.push(entry);
      }

      entry.text += node.nodeValue;
      entry.l = Math.min(entry.l, r.left); entry.t = Math.min(entry.t, r.top);
      entry.r = Math.max(entry.r, r.right); entry.b = Math.max(entry.b, r.bottom);
    }

    for (const img of container.querySelectorAll('img, svg')) {
      if (img.tagName.toLowerCase() === 'svg' && img.parentElement.closest('svg')) continue;
      if (!visible(img)) continue;
      const r = img.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      blocks.push({ _el: img, kind: 'beeld', region: regionOf(img), tag: img.tagName.toLowerCase(), src: srcOf(img), text: img.getAttribute('alt') || img.getAttribute('aria-label') || '', l: r.left, t: r.top, r: r.right, b: r.bottom, heading: false });
    }

    // DOM order is flow order; images were added after the text, so sort by document position.
    blocks.sort((a, b) => a._el === b._el ? 0 : (a._el.compareDocumentPosition(b._el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));

    const breakBefore = (() => {
      const first = blocks.find(b => b.region === 'tekst');
      for (let e = first && first._el; e && e !== flow; e = e.parentElement) {
        const value = getComputedStyle(e).breakBefore;
        if (['page', 'left', 'right', 'recto', 'verso'].includes(value)) return true;
      }
      return false;
    })();

    const tables = [...flow.querySelectorAll('table')].map(table => ({
      id: table.getAttribute('data-adapt-eloff') || '',
      src: srcOf(table),
      bodyRows: [...table.querySelectorAll('tr')].filter(tr => !tr.closest('thead') && !tr.closest('tfoot') && tr.getBoundingClientRect().height > 0).length,
    }));

    const calls = [...flow.querySelectorAll('[data-adapt-pseudo="footnote-call"]')].map(call => {
      const block = call.parentElement.closest('[data-src]');
      return {
        owner: call.getAttribute('data-viv-footnote-call-owner') || '',
        label: call.textContent.trim(),
        src: srcOf(call),
        wordsBeforeLine: block ? (wordsSoFar.get(block.getAttribute('data-src')) || 0) + lineStartWords(call, block) : 0,
      };
    });
    for (const block of flow.querySelectorAll('[data-src]')) {
      const key = block.getAttribute('data-src');
      wordsSoFar.set(key, (wordsSoFar.get(key) || 0) + wordStarts(textOf(block)).length);
    }

    const notes = [...container.querySelectorAll('.voetnoot')].map(note => {
      const marker = note.querySelector('[data-adapt-pseudo="footnote-marker"]');
      return {
        id: note.getAttribute('data-adapt-eloff') || '',
        number: parseInt(note.getAttribute('data-nummer') || '0', 10),
        marker: marker ? marker.textContent.trim() : '',
        atFoot: !!(noteArea && noteArea.contains(note)),
        src: note.getAttribute('data-src'),
      };
    });

    const margins = [...container.querySelectorAll('[data-vivliostyle-page-margin-box]')].map(m => ({
      name: m.getAttribute('data-vivliostyle-page-margin-box'),
      text: m.textContent.replace(/\s+/g, ' ').trim(),
      box: rect(m.getBoundingClientRect()),
    }));

    return {
      index,
      width: round(box.width / scale),
      height: round(box.height / scale),
      area: areaContainer ? rect(areaContainer.getBoundingClientRect()) : null,
      notes: noteArea ? rect(noteArea.getBoundingClientRect()) : null,
      forcedBreakBefore: breakBefore,
      blocks: blocks.map(b => ({ kind: b.kind, region: b.region, tag: b.tag, src: b.src, heading: b.heading, text: b.text.replace(/\s+/g, ' ').trim().slice(0, 80), box: rect({ left: b.l, top: b.t, width: b.r - b.l, height: b.b - b.t }) })),
      tables,
      calls,
      footnotes: notes,
      margins,
      redactions: [...container.querySelectorAll('.gelakt')].filter(visible).map(bar => ({ ground: bar.textContent.trim(), region: regionOf(bar) })),
    };
  });
  return JSON.stringify({ pages });
})()
