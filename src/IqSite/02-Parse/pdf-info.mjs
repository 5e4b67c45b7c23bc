// Page counts of PDFs with Mozilla's pdf.js (npm pdfjs-dist, pinned in package-lock.json).
// stdin: JSON array of file paths; stdout: JSON array of { pages, text } or { error }, in the same order.
// The text makes brochures findable: the search stage indexes it for the publication's page.
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
    const doc = await task.promise
    const pages = []
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent()
      pages.push(content.items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''))
    }
    results.push({ pages: doc.numPages, text: pages.join('\n') })
  } catch (error) {
    results.push({ error: String(error?.message ?? error) })
  } finally {
    await task.destroy()
  }
}
process.stdout.write(JSON.stringify(results))
