// Reads the header rules exactly as Netlify does, with Netlify's own parser, and prints them as
// JSON for the preview server: [{ pattern: <RegExp source>, values: { name: value } }].
// Arguments: the _headers file, then netlify.toml (optional).
import { parseAllHeaders } from '@netlify/headers-parser'

const [headersFile, netlifyConfigPath] = process.argv.slice(1)
const { headers, errors } = await parseAllHeaders({
  headersFiles: [headersFile],
  netlifyConfigPath: netlifyConfigPath || undefined,
  minimal: false,
})
if (errors.length > 0) {
  process.stderr.write(errors.map((e) => e.message).join('\n'))
  process.exit(1)
}
process.stdout.write(JSON.stringify(headers.map((h) => ({ pattern: h.forRegExp.source, values: h.values }))))
