// Builds the search index with Pagefind's Node API (npm pagefind, pinned in package-lock.json).
// stdin: { site, files, records, writeInTurnsFrom }: the written site folder, the paths of its
// files (relative, with '/'), records for text that has no HTML page of its own (the PDFs of
// publications), and from how many entries on the languages' bundles are written in turns.
// Pagefind indexes every HTML file's data-pagefind-body, one index per <html lang>, and the
// bundle is written to <site>/pagefind/.
// stdout: { records, errors }; the entries per language are read from pagefind-entry.json.
//
// One Pagefind service per language, in worker threads: a service indexes the files it is given
// one after another, and the indexes of two languages share nothing (Pagefind builds one per
// language), so the languages are indexed side by side, each in its own folder, and the bundles
// are then put together into one: the bundle one service writes for the whole site, byte for
// byte (SearchStageTests compares the two). At 2 x 5,000 sheets on two cores: 50 s -> 35 s.
const { Worker } = await import('node:worker_threads')
const { join } = await import('node:path')
const { rm } = await import('node:fs/promises')
const { readFileSync, readdirSync, writeFileSync, renameSync, rmSync, mkdirSync } = await import('node:fs')

let input = ''
for await (const chunk of process.stdin) input += chunk
const { site, files, records, writeInTurnsFrom } = JSON.parse(input)
const errors = []
const bundle = join(site, 'pagefind')
const parts = join(site, 'pagefind.parts')

// A worker: one Pagefind index for the pages of one language, read and sent in path order,
// then the records of that language; writes its bundle to outputPath.
const workerCode = `
;(async () => {
  const { parentPort, workerData } = await import('node:worker_threads')
  const { join } = await import('node:path')
  const { readFile } = await import('node:fs/promises')
  const { createIndex, close } = await import('pagefind')
  const { site, paths, records, outputPath } = workerData
  const errors = []
  try {
    const { index, errors: created } = await createIndex({})
    errors.push(...created)
    // Sent without waiting for each answer (one round trip per page made indexing slower still),
    // in batches so that a large site is not held in memory at once.
    for (let start = 0; start < paths.length; start += 500) {
      const batch = paths.slice(start, start + 500)
      const files = await Promise.all(batch.map(async sourcePath => ({ sourcePath, content: await readFile(join(site, sourcePath), 'utf8') })))
      for (const added of await Promise.all(files.map(file => index.addHTMLFile(file)))) errors.push(...added.errors)
    }
    for (const record of records) errors.push(...(await index.addCustomRecord(record)).errors)
    // One language's bundle is written at a time (see writeTurns below).
    parentPort.postMessage({ ready: true })
    await new Promise(resolve => parentPort.once('message', resolve))
    errors.push(...(await index.writeFiles({ outputPath })).errors)
  } catch (error) {
    errors.push(String(error))
  } finally {
    await close()
  }
  parentPort.postMessage({ errors })
})()
`

// Pagefind reads a page's language from <html lang>; the same attribute routes the page here.
// Read from the file's bytes as Latin-1: the tag and attribute are ASCII, and decoding every
// page as UTF-8 only to find them took about 2 s more at 13,800 pages.
const languageOf = text => {
  const html = /<html\b[^>]*>/i.exec(text)
  const lang = html && /\slang\s*=\s*["']?([^"'\s>]+)/i.exec(html[0])
  return lang ? Buffer.from(lang[1], 'latin1').toString('utf8') : null
}
const markedAttribute = Buffer.from('data-pagefind-body')
const isMarked = bytes => bytes.indexOf(markedAttribute) >= 0 || /data-pagefind-body/i.test(bytes.toString('latin1'))
const headOf = bytes => {
  const end = bytes.indexOf('<html') < 0 ? -1 : bytes.indexOf('>', bytes.indexOf('<html'))
  return bytes.toString('latin1', 0, end < 0 ? bytes.length : end + 1)
}

try {
  // File by file in path order, not addDirectory: Pagefind indexes in the order it is given,
  // and a folder's listing order differs between file systems and between builds that write
  // pages in parallel; the index must not (same input, same bytes).
  const pages = files.filter(path => path.endsWith('.html')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  // Each page's language, and whether it has data-pagefind-body: once any page has it, Pagefind
  // leaves out every page without it (lists, term pages), so those are not sent at all, a
  // quarter of the pages and over a third of the bytes of a large archive.
  // Read one after another: 0.3 s for 13,800 pages, against 1.2 s through the promise API.
  const found = pages.map(path => {
    const bytes = readFileSync(join(site, path))
    return { path, language: languageOf(headOf(bytes)), marked: isMarked(bytes) }
  })
  const anyMarked = found.some(page => page.marked)
  const byLanguage = new Map()
  const add = (language, key, item) => {
    if (!byLanguage.has(language)) byLanguage.set(language, { paths: [], records: [] })
    byLanguage.get(language)[key].push(item)
  }
  const withoutLanguage = []
  for (const page of found.filter(page => page.marked || !anyMarked))
    page.language === null ? withoutLanguage.push(page.path) : add(page.language, 'paths', page.path)
  for (const record of records) add(record.language, 'records', record)
  // Pagefind puts pages without a language with the site's main one, the language with the most.
  if (withoutLanguage.length > 0) {
    const size = ([, l]) => l.paths.length + l.records.length
    const main = [...byLanguage].sort((a, b) => size(b) - size(a) || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'unknown'
    if (!byLanguage.has(main)) byLanguage.set(main, { paths: [], records: [] })
    byLanguage.get(main).paths = [...byLanguage.get(main).paths, ...withoutLanguage].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  }

  // Pagefind writes a bundle even for a site with nothing to index.
  if (byLanguage.size === 0) byLanguage.set('unknown', { paths: [], records: [] })
  await rm(parts, { recursive: true, force: true })
  const folders = [...byLanguage.keys()].map((language, i) => join(parts, String(i)))
  // Writing a bundle is the longest part of indexing a language (compressing every fragment). On a
  // large site two bundles written side by side took more than twice as long as one alone (at
  // 2 x 5,000 sheets 33-37 s each, against 13-17 s): there a language that is ready waits for the
  // other's writing to end, while a language still being indexed goes on beside it (57-61 s ->
  // 51 s). On a small site it is the other way round (2 x 1,000 sheets: 7.4-7.7 s side by side,
  // 8.1-8.2 s in turns); at 2 x 2,500 the two took as long, which is where turns begin.
  const entries = [...byLanguage.values()].reduce((sum, l) => sum + l.paths.length + l.records.length, 0)
  const inTurns = entries >= writeInTurnsFrom
  let writeTurns = Promise.resolve()
  const written = await Promise.all([...byLanguage.values()].map(({ paths, records }, i) => new Promise(resolve => {
    const worker = new Worker(workerCode, { eval: true, workerData: { site, paths, records, outputPath: folders[i] } })
    // A worker that ended, however, gives up its turn (or the one it is waiting for).
    let ended = false
    let endTurn = () => {}
    const end = errors => { ended = true; endTurn(); resolve(errors) }
    worker.on('message', message => {
      if (message.ready && !inTurns) worker.postMessage('write')
      else if (message.ready) writeTurns = writeTurns.then(() => ended ? undefined : new Promise(turnEnded => { endTurn = turnEnded; worker.postMessage('write') }))
      else end(message.errors)
    })
    worker.once('error', error => end([String(error)]))
    worker.once('exit', code => end([`the indexing of one language ended early (exit code ${code})`]))
  })))
  for (const result of written) errors.push(...result)
  if (errors.length === 0) {
    try {
      merge(folders)
    } catch (error) {
      errors.push(error.message)
    }
  }
  process.stdout.write(JSON.stringify({ records: records.length, errors }))
} finally {
  await rm(parts, { recursive: true, force: true })
}

// The bundles of the languages into one: each language's files are its own (their names start
// with the language), the rest (Pagefind's scripts and word-splitting code) are the same in every
// bundle, and pagefind-entry.json lists the languages of all of them. The first bundle becomes
// the whole, the others' files are moved into it (one call each: thousands of fragments).
function merge(folders) {
  rmSync(bundle, { recursive: true, force: true })
  const entry = { ...JSON.parse(readFileSync(join(folders[0], 'pagefind-entry.json'), 'utf8')), languages: {} }
  for (const folder of folders) {
    const part = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8'))
    for (const [language, index] of Object.entries(part.languages)) {
      // Two spellings of one language (lang="de" and lang="DE") that Pagefind reads as one.
      if (language in entry.languages) throw new Error(`pages in two spellings of the language ${language}: write <html lang> the same way on every page`)
      entry.languages[language] = index
    }
    if (folder === folders[0]) { renameSync(folder, bundle); continue }
    for (const file of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      const to = join(bundle, join(file.parentPath, file.name).slice(folder.length + 1))
      if (file.isDirectory()) mkdirSync(to, { recursive: true })
      else if (file.name !== 'pagefind-entry.json') renameSync(join(file.parentPath, file.name), to)
    }
  }
  entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)))
  writeFileSync(join(bundle, 'pagefind-entry.json'), JSON.stringify(entry))
}
