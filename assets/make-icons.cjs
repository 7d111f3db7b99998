#!/usr/bin/env node
/**
 * Draws the add-in's PNG icons with no dependency but Node's zlib: each icon is a few shapes in a
 * unit square, rasterised with 4×4 supersampling and written as RGBA PNGs next to this script.
 * Run `node assets/make-icons.cjs` after changing a design; the output is deterministic.
 *
 *   icon-{16,32,64,80,128}.png       the add-in (and the PDO ribbon group): a checked form
 *   verifica-{16,32,64,80}.png       Verifica: a check mark in a green disc
 *   riepilogo-{16,32,64,80}.png      Riepilogo: a column chart
 *   pannello-{16,32,64,80}.png       Apri pannello: a window with its side pane
 *   nuova-{16,32,64,80}.png          Nuova scheda: a sheet with a plus
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BLUE = [0x1f, 0x4e, 0x78, 255];
const GREEN = [0x21, 0x73, 0x46, 255];
const TEAL = [0x2e, 0x8b, 0x9a, 255];
const WHITE = [255, 255, 255, 255];
const GREY = [0x60, 0x60, 0x60, 255];

// Shapes: each returns whether the point (x, y) of the unit square is inside.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const rect = (x0, y0, x1, y1) => roundRect(x0, y0, x1, y1, 0);
const disc = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
/** A thick line with round ends. */
const stroke = (x0, y0, x1, y1, width) => (x, y) => {
  const vx = x1 - x0;
  const vy = y1 - y0;
  const t = Math.max(0, Math.min(1, ((x - x0) * vx + (y - y0) * vy) / (vx * vx + vy * vy)));
  return (x - x0 - t * vx) ** 2 + (y - y0 - t * vy) ** 2 <= (width / 2) ** 2;
};
const check = (width) => [stroke(0.27, 0.53, 0.43, 0.69, width), stroke(0.43, 0.69, 0.74, 0.33, width)];

const DESIGNS = {
  icon: [
    [BLUE, roundRect(0.06, 0.06, 0.94, 0.94, 0.16)],
    [WHITE, rect(0.2, 0.18, 0.8, 0.26)],
    [WHITE, rect(0.2, 0.33, 0.6, 0.4)],
    ...check(0.11).map((s) => [[0x8f, 0xd1, 0x9e, 255], (x, y) => s(x, y - 0.12)]),
  ],
  verifica: [[GREEN, disc(0.5, 0.5, 0.46)], ...check(0.13).map((s) => [WHITE, s])],
  riepilogo: [
    [TEAL, rect(0.12, 0.5, 0.32, 0.86)],
    [BLUE, rect(0.4, 0.16, 0.6, 0.86)],
    [TEAL, rect(0.68, 0.34, 0.88, 0.86)],
    [GREY, rect(0.06, 0.86, 0.94, 0.92)],
  ],
  nuova: [
    [BLUE, roundRect(0.1, 0.06, 0.72, 0.9, 0.06)],
    [WHITE, rect(0.2, 0.2, 0.62, 0.26)],
    [WHITE, rect(0.2, 0.34, 0.62, 0.4)],
    [WHITE, rect(0.2, 0.48, 0.5, 0.54)],
    [GREEN, disc(0.72, 0.74, 0.24)],
    [WHITE, rect(0.62, 0.71, 0.82, 0.77)],
    [WHITE, rect(0.69, 0.64, 0.75, 0.84)],
  ],
  pannello: [
    [BLUE, roundRect(0.06, 0.14, 0.94, 0.86, 0.08)],
    [WHITE, rect(0.13, 0.26, 0.58, 0.79)],
    [[0xde, 0xea, 0xf4, 255], rect(0.64, 0.26, 0.87, 0.79)],
    [BLUE, rect(0.68, 0.33, 0.83, 0.38)],
    [BLUE, rect(0.68, 0.45, 0.83, 0.5)],
  ],
};

const SIZES = {
  icon: [16, 32, 64, 80, 128],
  verifica: [16, 32, 64, 80],
  riepilogo: [16, 32, 64, 80],
  pannello: [16, 32, 64, 80],
  nuova: [16, 32, 64, 80],
};

function render(shapes, size) {
  const pixels = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const [color, inside] of shapes) {
        let hits = 0;
        for (let sy = 0; sy < S; sy++) {
          for (let sx = 0; sx < S; sx++) {
            if (inside((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size)) hits++;
          }
        }
        const alpha = (hits / (S * S)) * (color[3] / 255);
        // Source-over with premultiplied accumulation.
        r = color[0] * alpha + r * (1 - alpha);
        g = color[1] * alpha + g * (1 - alpha);
        b = color[2] * alpha + b * (1 - alpha);
        a = alpha + a * (1 - alpha);
      }
      const i = (py * size + px) * 4;
      pixels[i] = a > 0 ? Math.round(r / a) : 0;
      pixels[i + 1] = a > 0 ? Math.round(g / a) : 0;
      pixels[i + 2] = a > 0 ? Math.round(b / a) : 0;
      pixels[i + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const [name, shapes] of Object.entries(DESIGNS)) {
  for (const size of SIZES[name]) {
    const file = path.join(__dirname, `${name}-${size}.png`);
    fs.writeFileSync(file, png(size, render(shapes, size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
