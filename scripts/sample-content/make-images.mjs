// make-images.mjs – generates the placeholder images of the sample content.
//
// What it does:
//   Renders abstract SVG compositions (gradients, shapes, a big initial letter,
//   the marking "Beispielbild · sample image") with sharp and writes JPEGs
//   (quality 80, mozjpeg) next to the Markdown files that use them:
//     - input/content/exhibits/in-sachsen-arbeiten/ausstellung.jpg       1600×900
//     - input/content/exhibits/in-sachsen-arbeiten/<portrait-key>.jpg    1200×1500 (6×)
//     - input/content/publications/<key>/cover.jpg                        800×1131 (5×)
//   The pictures show no faces and no silhouettes of people; all portraits are
//   fictional sample content.
//
// How to run (from anywhere; sharp must be resolvable):
//   node scripts/sample-content/make-images.mjs
//   NODE_PATH=/path/to/node_modules node scripts/sample-content/make-images.mjs
// The script looks for sharp via NODE_PATH, next to this script, and in the
// repository root's node_modules (two folders above this script).
// Pass a different output root as first argument if needed (default: repo root).

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const outRoot = path.resolve(process.argv[2] ?? repoRoot);

function loadSharp() {
  const candidates = [
    createRequire(import.meta.url),                          // honours NODE_PATH
    createRequire(path.join(repoRoot, 'package.json')),      // repo-root node_modules
  ];
  for (const req of candidates) {
    try { return req('sharp'); } catch { /* try next */ }
  }
  throw new Error('sharp not found: run "npm ci" in the repository root or set NODE_PATH');
}
const sharp = loadSharp();

const FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif";
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---------------------------------------------------------------- exhibition
function exhibitionSvg() {
  const w = 1600, h = 900;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#0b3c6d"/><stop offset="1" stop-color="#1f7a8c"/>
    </linearGradient>
  </defs>
  <rect width="${w}" height="${h}" fill="url(#bg)"/>
  <circle cx="1220" cy="260" r="300" fill="#f4a259" opacity="0.85"/>
  <circle cx="1420" cy="560" r="230" fill="#f6d365" opacity="0.7"/>
  <circle cx="1050" cy="640" r="170" fill="#ffffff" opacity="0.18"/>
  <circle cx="980" cy="180" r="90" fill="#e76f51" opacity="0.8"/>
  <g fill="#ffffff" opacity="0.25">
    ${Array.from({ length: 13 }, (_, i) => `<circle cx="${120 + i * 52}" cy="760" r="14"/>`).join('')}
  </g>
  <text x="110" y="300" font-family="${FONT}" font-weight="bold" font-size="84" fill="#ffffff">In Sachsen arbeiten</text>
  <text x="110" y="400" font-family="${FONT}" font-weight="bold" font-size="64" fill="#ffffff">wollen, können, dürfen…</text>
  <text x="110" y="480" font-family="${FONT}" font-size="34" fill="#dbeafe">Porträtausstellung · IQ Netzwerk Sachsen</text>
  <text x="110" y="840" font-family="${FONT}" font-size="28" fill="#ffffff" opacity="0.9">Beispielbild · sample image</text>
</svg>`;
}

// ---------------------------------------------------------------- portraits
const portraits = [
  { key: 'pflegefachfrau-aus-brasilien', name: 'Mariana S.', c1: '#1b7f5b', c2: '#f2c94c', motif: 'circles' },
  { key: 'bauingenieur-aus-syrien', name: 'Samir K.', c1: '#0d3b66', c2: '#2ec4b6', motif: 'bars' },
  { key: 'apothekerin-aus-der-ukraine', name: 'Olena P.', c1: '#5b2a86', c2: '#f4a6c8', motif: 'blobs' },
  { key: 'lehrerin-aus-rumaenien', name: 'Ioana M.', c1: '#b23a48', c2: '#fcb07e', motif: 'triangles' },
  { key: 'tischler-aus-ungarn', name: 'Gábor N.', c1: '#6b4226', c2: '#e0b15b', motif: 'grain' },
  { key: 'aerztin-aus-belarus', name: 'Tatsiana R.', c1: '#1d4e89', c2: '#7bd389', motif: 'waves' },
];

function motifSvg(motif, w, h) {
  switch (motif) {
    case 'circles':
      return `<circle cx="${w * 0.8}" cy="${h * 0.18}" r="260" fill="#ffffff" opacity="0.18"/>
        <circle cx="${w * 0.15}" cy="${h * 0.75}" r="200" fill="#ffffff" opacity="0.14"/>
        <circle cx="${w * 0.7}" cy="${h * 0.72}" r="120" fill="#ffffff" opacity="0.2"/>`;
    case 'bars':
      return Array.from({ length: 7 }, (_, i) =>
        `<rect x="${80 + i * 150}" y="${h - 420 - (i % 3) * 160}" width="90" height="${260 + (i % 3) * 160}" rx="12" fill="#ffffff" opacity="${0.1 + (i % 3) * 0.06}"/>`).join('');
    case 'blobs':
      return `<ellipse cx="${w * 0.78}" cy="${h * 0.22}" rx="280" ry="180" fill="#ffffff" opacity="0.18" transform="rotate(-20 ${w * 0.78} ${h * 0.22})"/>
        <ellipse cx="${w * 0.2}" cy="${h * 0.8}" rx="240" ry="150" fill="#ffffff" opacity="0.15" transform="rotate(25 ${w * 0.2} ${h * 0.8})"/>
        <rect x="${w * 0.62}" y="${h * 0.62}" width="260" height="120" rx="60" fill="#ffffff" opacity="0.2"/>`;
    case 'triangles':
      return `<polygon points="${w},0 ${w},520 ${w - 520},0" fill="#ffffff" opacity="0.18"/>
        <polygon points="0,${h} 0,${h - 560} 480,${h}" fill="#ffffff" opacity="0.15"/>
        <polygon points="${w * 0.65},${h * 0.7} ${w * 0.85},${h * 0.62} ${w * 0.8},${h * 0.85}" fill="#ffffff" opacity="0.22"/>`;
    case 'grain':
      return Array.from({ length: 12 }, (_, i) =>
        `<path d="M0 ${120 + i * 120} C ${w * 0.3} ${80 + i * 120}, ${w * 0.6} ${170 + i * 120}, ${w} ${110 + i * 120}" stroke="#ffffff" stroke-width="${6 + (i % 4) * 4}" fill="none" opacity="0.13"/>`).join('');
    case 'waves':
      return Array.from({ length: 6 }, (_, i) =>
        `<path d="M0 ${h * 0.55 + i * 90} Q ${w * 0.25} ${h * 0.5 + i * 90 - 80}, ${w * 0.5} ${h * 0.55 + i * 90} T ${w} ${h * 0.55 + i * 90}" stroke="#ffffff" stroke-width="14" fill="none" opacity="${0.1 + i * 0.03}"/>`).join('');
    default:
      return '';
  }
}

function portraitSvg(p) {
  const w = 1200, h = 1500;
  const initial = p.name.charAt(0);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0.6" y2="1">
      <stop offset="0" stop-color="${p.c1}"/><stop offset="1" stop-color="${p.c2}"/>
    </linearGradient>
  </defs>
  <rect width="${w}" height="${h}" fill="url(#bg)"/>
  ${motifSvg(p.motif, w, h)}
  <text x="${w / 2}" y="${h * 0.58}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="620" fill="#ffffff" opacity="0.92">${esc(initial)}</text>
  <text x="${w / 2}" y="${h * 0.72}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="72" fill="#ffffff">${esc(p.name)}</text>
  <rect x="${w / 2 - 300}" y="${h - 150}" width="600" height="70" rx="35" fill="#000000" opacity="0.25"/>
  <text x="${w / 2}" y="${h - 103}" text-anchor="middle" font-family="${FONT}" font-size="34" fill="#ffffff">Beispielbild · sample image</text>
</svg>`;
}

// ---------------------------------------------------------------- covers
const covers = [
  { key: 'kleines-1x1-fachkraefteeinwanderung', color: '#1e5631', accent: '#a4de02',
    lines: ['Das kleine 1x1', 'zur Fachkräfte-', 'einwanderung'], sub: 'IQ Netzwerk Brandenburg' },
  { key: 'deutsch-habe-ich-im-betrieb-gelernt', color: '#14213d', accent: '#fca311',
    lines: ['Deutsch habe', 'ich im Betrieb', 'gelernt'], sub: 'IQ Netzwerk Niedersachsen' },
  { key: 'kenne-deine-rechte', color: '#7b1e3a', accent: '#ffb4a2',
    lines: ['Kenne', 'deine', 'Rechte!'], sub: 'Informationen für geflüchtete Frauen' },
  { key: 'portraetbroschuere-in-sachsen-arbeiten', color: '#0f5e6e', accent: '#f4a259',
    lines: ['In Sachsen', 'arbeiten wollen,', 'können, dürfen…'], sub: ['Porträtbroschüre', 'IQ Netzwerk Sachsen'] },
  { key: 'sprachsensibel-beraten', color: '#c99700', accent: '#2b2d42',
    lines: ['Sprach-', 'sensibel', 'beraten'], sub: ['Praktische Tipps', 'IQ Fachstelle Berufsbezogenes Deutsch'], ink: '#1b1b2f' },
];

function coverSvg(c) {
  const w = 800, h = 1131;
  const ink = c.ink ?? '#ffffff';
  // DejaVu Sans Bold is roughly 0.66 em per character: keep the longest line inside 660 px.
  const longest = Math.max(...c.lines.map((l) => l.length));
  const size = Math.min(88, Math.floor(660 / (longest * 0.66)));
  const text = c.lines.map((l, i) =>
    `<text x="70" y="${330 + i * (size + 18)}" font-family="${FONT}" font-weight="bold" font-size="${size}" fill="${ink}">${esc(l)}</text>`).join('');
  const subs = Array.isArray(c.sub) ? c.sub : [c.sub];
  const subY = 330 + c.lines.length * (size + 18) + 30;
  const subText = subs.map((l, i) =>
    `<text x="70" y="${subY + i * 40}" font-family="${FONT}" font-size="28" fill="${ink}" opacity="0.9">${esc(l)}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <rect width="${w}" height="${h}" fill="${c.color}"/>
  <rect x="0" y="0" width="${w}" height="150" fill="${c.accent}" opacity="0.9"/>
  <text x="70" y="95" font-family="${FONT}" font-weight="bold" font-size="40" fill="${c.color}">IQ</text>
  <circle cx="${w - 90}" cy="${h - 260}" r="230" fill="${c.accent}" opacity="0.35"/>
  <circle cx="${w - 250}" cy="${h - 120}" r="120" fill="#ffffff" opacity="0.12"/>
  ${text}
  ${subText}
  <rect x="60" y="${h - 120}" width="330" height="62" rx="31" fill="#ffffff"/>
  <text x="225" y="${h - 78}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="30" fill="${c.ink ?? c.color}">Beispiel · sample</text>
</svg>`;
}

// ---------------------------------------------------------------- write
async function write(svg, file, maxKb) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const buf = await sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
  fs.writeFileSync(file, buf);
  const kb = buf.length / 1024;
  console.log(`${path.relative(outRoot, file)}  ${kb.toFixed(1)} kB${kb > maxKb ? `  WARNING: over ${maxKb} kB` : ''}`);
}

const exhibitDir = path.join(outRoot, 'input/content/exhibits/in-sachsen-arbeiten');
await write(exhibitionSvg(), path.join(exhibitDir, 'ausstellung.jpg'), 120);
for (const p of portraits) await write(portraitSvg(p), path.join(exhibitDir, `${p.key}.jpg`), 120);
for (const c of covers) await write(coverSvg(c), path.join(outRoot, 'input/content/publications', c.key, 'cover.jpg'), 80);
