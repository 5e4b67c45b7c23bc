// Page counts of PDFs with Mozilla's pdf.js (npm pdfjs-dist, pinned in package-lock.json).
// stdin: JSON array of file paths; stdout: JSON array of { pages } or { error }, in the same order.
// pdf.js needs Promise.withResolvers, which Node.js adds in version 22; older versions get it here.
Promise.withResolvers ??= function () {
  let resolve, reject
  const promise = new Promise((res, rej) => { resolve = res; reject = rej })
  return { promise, resolve, reject }
}
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
const { readFile } = await import('node:fs/promises')

let input = ''
for await (const chunk of process.stdin) input += chunk
const results = []
for (const path of JSON.parse(input)) {
  // One result per file, whatever happens: the caller pairs results with files by position.
  const task = getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 })
  try {
    results.push({ pages: (await task.promise).numPages })
  } catch (error) {
    results.push({ error: String(error?.message ?? error) })
  } finally {
    await task.destroy()
  }
}
process.stdout.write(JSON.stringify(results))
