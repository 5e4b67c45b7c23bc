// Builds the search index with Pagefind's Node API (npm pagefind, pinned in package-lock.json).
// stdin: { site, records }: the written site folder, and records for text that has no HTML page
// of its own (the PDFs of publications). Pagefind indexes every HTML file's data-pagefind-body,
// one index per <html lang>, and writes the bundle to <site>/pagefind/.
// stdout: { records, errors }; the entries per language are read from pagefind-entry.json.
const { createIndex, close } = await import('pagefind')
const { join } = await import('node:path')

let input = ''
for await (const chunk of process.stdin) input += chunk
const { site, records } = JSON.parse(input)
const errors = []
try {
  const created = await createIndex({})
  errors.push(...created.errors)
  const { index } = created
  const directory = await index.addDirectory({ path: site })
  errors.push(...directory.errors)
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
