#!/usr/bin/env node
// Draws the app icons from src/client/icons/favicon.svg: PNGs for the web app manifest and iOS, and
// favicon.ico (PNG images inside an ICO container, which every browser reads) for the browsers and
// tools that ask for /favicon.ico whatever the page says. Run after changing the SVG; the results
// are committed, so building needs nothing of this.
//
//   node scripts/make-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const FOLDER = 'src/client/icons';
const svg = readFileSync(`${FOLDER}/favicon.svg`);

function png(size) {
  return sharp(svg, { density: (72 * size) / 64 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}

/** An ICO file holding the given PNG images (ICONDIR, one ICONDIRENTRY each, then the images). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map(({ data }) => data)]);
}

for (const [name, size] of [
  ['icon-192.png', 192],
  ['icon-512.png', 512],
  ['apple-touch-icon.png', 180],
]) {
  writeFileSync(`${FOLDER}/${name}`, await png(size));
}
const small = await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(size) })));
writeFileSync(`${FOLDER}/favicon.ico`, ico(small));
console.log(`wrote icons into ${FOLDER}`);
