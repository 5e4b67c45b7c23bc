// Builds the search index with Pagefind's Node API (npm pagefind, pinned in package-lock.json).
// stdin: { site, records }: the written site folder, and records for text that has no HTML page
// of its own (the PDFs of publications). Pagefind indexes every HTML file's data-pagefind-body,
// one index per <html lang>, and writes the bundle to <site>/pagefind/.
// stdout: { records, errors }; the entries per language are read from pagefind-entry.json.
const { createIndex, close } = await import('pagefind')
const { join, sep } = await import('node:path')
const { readdir, readFile } = await import('node:fs/promises')

let input = ''
for await (const chunk of process.stdin) input += chunk
const { site, records } = JSON.parse(input)
const errors = []
try {
  const created = await createIndex({})
  errors.push(...created.errors)
  const { index } = created
  // File by file in path order, not addDirectory: Pagefind indexes in the order it is given,
  // and a folder's listing order differs between file systems and between builds that write
  // pages in parallel; the index must not (same input, same bytes).
  const pages = (await readdir(site, { recursive: true }))
    .filter(path => path.endsWith('.html') && !path.startsWith('pagefind' + sep))
    .map(path => path.split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  // Once any page has data-pagefind-body, Pagefind leaves out every page without it (lists,
  // term pages): those are not sent at all, a quarter of the pages and over a third of the bytes
  // of a large archive. Only if no page has it are they all sent after all, in the same order.
  const marked = /data-pagefind-body/i
  const read = paths => Promise.all(paths.map(async sourcePath => ({ sourcePath, content: await readFile(join(site, sourcePath), 'utf8') })))
  const unmarked = []
  let sent = 0
  const send = async batch => {
    const added = await Promise.all(batch.map(({ sourcePath, content }) => index.addHTMLFile({ sourcePath, content })))
    for (const result of added) errors.push(...result.errors)
    sent += batch.length
  }
  // Sent in that order without waiting for each answer (one round trip per page made indexing
  // slower still), in batches so that a large site is not held in memory at once.
  for (let start = 0; start < pages.length; start += 500) {
    const files = await read(pages.slice(start, start + 500))
    const toSend = []
    // Unmarked pages are kept by path only and read again if needed: most sites have marked pages.
    for (const file of files) marked.test(file.content) ? toSend.push(file) : unmarked.push(file.sourcePath)
    await send(toSend)
  }
  if (sent === 0)
    for (let start = 0; start < unmarked.length; start += 500)
      await send(await read(unmarked.slice(start, start + 500)))
  for (const record of records) {
    const added = await index.addCustomRecord(record)
    errors.push(...added.errors)
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') })
  errors.push(...written.errors)
  process.stdout.write(JSON.stringify({ records: records.length, errors }))
} finally {
  await close()
}
