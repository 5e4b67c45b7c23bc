// Renders SVG files to PNG with sharp (libvips + librsvg). Run by IqSite's Generate stage as
// `node -e <this file>` in the folder holding node_modules; reads a JSON list of
// { "svg": path, "png": path } on standard input. 144 dpi = twice the SVG's own size (72 dpi).
const sharp = require("sharp");
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", async () => {
  try {
    for (const job of JSON.parse(input)) {
      await sharp(job.svg, { density: 144 }).flatten({ background: "#ffffff" }).png({ compressionLevel: 9 }).toFile(job.png);
    }
  } catch (error) {
    console.error(String(error && error.message ? error.message : error));
    process.exit(1);
  }
});
