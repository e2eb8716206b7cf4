// Draws Parole's icon (a speech bubble holding a check mark, on the accent square) at the sizes
// Chrome and Firefox use, as PNG files in public/icon/. Run: node test/tools/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const ACCENT = [47, 93, 138];
const WHITE = [255, 255, 255];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const png = (size, rgba) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

// Signed distances in a unit square (0..1), negative inside.
const roundRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.min(Math.max(qx, qy), 0) + Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) - r;
};
const segment = (x, y, ax, ay, bx, by, w) => {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h) - w;
};
const triangle = (x, y) => {
  // Bubble tail: below the bubble, toward the lower left.
  const inside = y > 0.66 && y < 0.84 && x > 0.3 && x < 0.46 && x - 0.3 < (0.84 - y) * 0.9;
  return inside ? -1 : 1;
};

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const aa = 1.2 / size;
  const cover = (d) => Math.max(0, Math.min(1, 0.5 - d / aa));
  const ss = 3;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let a = 0,
        rgb = [0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          const bg = cover(roundRect(x, y, 0.5, 0.5, 0.5, 0.5, 0.22));
          const bubble = Math.max(
            cover(roundRect(x, y, 0.5, 0.46, 0.3, 0.23, 0.12)),
            triangle(x, y) < 0 ? 1 : 0,
          );
          const check = Math.max(
            cover(segment(x, y, 0.36, 0.47, 0.46, 0.57, 0.045)),
            cover(segment(x, y, 0.46, 0.57, 0.65, 0.36, 0.045)),
          );
          const fg = bubble * (1 - check);
          const col = ACCENT.map((c, i) => c * (1 - fg) + WHITE[i] * fg);
          rgb = rgb.map((v, i) => v + col[i] * bg);
          a += bg;
        }
      }
      const o = (py * size + px) * 4;
      const n = ss * ss;
      rgba[o] = a ? Math.round(rgb[0] / a) : 0;
      rgba[o + 1] = a ? Math.round(rgb[1] / a) : 0;
      rgba[o + 2] = a ? Math.round(rgb[2] / a) : 0;
      rgba[o + 3] = Math.round((a / n) * 255);
    }
  }
  return png(size, rgba);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, draw(size));
