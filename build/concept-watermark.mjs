// Makes the outline of "CONCEPT" in Fira Sans Bold that ConceptStyle.cs draws behind every page of a concept:
// an outline needs no font in the page's background image (an image cannot load the page's fonts).
// Run once, by hand, when the word or the font changes:
//   npm install --no-save opentype.js@1.3.5 && node build/concept-watermark.mjs
import opentype from 'opentype.js';
import { readFileSync } from 'node:fs';

const file = readFileSync('node_modules/@fontsource/fira-sans/files/fira-sans-latin-700-normal.woff');
const font = opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
const path = font.getPath('CONCEPT', 0, 0, 100);
const box = path.getBoundingBox();
console.log(JSON.stringify({ d: path.toPathData(1), box }));
