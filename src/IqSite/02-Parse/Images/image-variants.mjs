// Responsive variants of content images with sharp (npm, pinned in package-lock.json).
// stdin: { widths: [..], jobs: [{ source, folder }] }. For each job: the image is turned upright
// (EXIF orientation), metadata such as camera and GPS data is dropped (sharp keeps none unless
// asked), and every width below the image's own, plus its own width capped at the largest, is
// written as AVIF, WebP and JPEG to folder/<width>.<format>.
// stdout: JSON array, per job { width, height, variants: [{ width, height, format, file }] } or { error }.
// Run as `node --input-type=module -e <this file>` in the folder whose node_modules holds sharp.
import { join } from 'node:path'
const { default: sharp } = await import('sharp')

const encoders = {
  avif: (image) => image.avif({ quality: 50, effort: 2 }),
  webp: (image) => image.webp({ quality: 75, effort: 4 }),
  // JPEG has no transparency: a transparent PNG gets a white background, as on the page.
  jpeg: (image) => image.flatten({ background: '#ffffff' }).jpeg({ quality: 78, mozjpeg: true }),
}

let input = ''
for await (const chunk of process.stdin) input += chunk
const { widths, jobs } = JSON.parse(input)
const largest = Math.max(...widths)
const results = []
for (const job of jobs) {
  try {
    const meta = await sharp(job.source).metadata()
    // Orientations 5–8 are rotated by 90°: the upright image swaps width and height.
    const [width, height] = (meta.orientation ?? 1) >= 5 ? [meta.height, meta.width] : [meta.width, meta.height]
    const own = Math.min(width, largest)
    const sizes = [...new Set([...widths.filter((w) => w < own), own])].sort((a, b) => a - b)
    const variants = await Promise.all(sizes.flatMap((w) => Object.entries(encoders).map(async ([format, encode]) => {
      const file = join(job.folder, `${w}.${format}`)
      const info = await encode(sharp(job.source).rotate().resize({ width: w })).toFile(file)
      return { width: info.width, height: info.height, format, file }
    })))
    results.push({ width, height, variants })
  } catch (error) {
    results.push({ error: String(error?.message ?? error) })
  }
}
process.stdout.write(JSON.stringify(results))
