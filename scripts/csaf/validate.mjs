// Validates a CSAF provider tree written by `cyberhelp csaf-export` with @secvisogram/csaf-validator-lib (the BSI's
// validator library): every document against the strict CSAF 2.0 JSON schema and every mandatory test (section
// 6.1); the ROLIE feed must list every document, and every `.sha512` must match its document's bytes.
// Usage: node scripts/csaf/validate.mjs DIR       (exit 1 on any failure)
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import validateStrict from '@secvisogram/csaf-validator-lib/validateStrict.js'
import * as mandatory from '@secvisogram/csaf-validator-lib/mandatoryTests.js'
import { csaf_2_0_strict } from '@secvisogram/csaf-validator-lib/schemaTests.js'

const dir = process.argv[2]
if (!dir) {
  console.error('usage: node validate.mjs DIR')
  process.exit(2)
}
const tests = [csaf_2_0_strict, ...Object.values(mandatory)]
let failures = 0
const fail = (msg) => {
  failures += 1
  console.error('FAIL ' + msg)
}

const walk = (d) =>
  fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)],
  )
const files = walk(dir)
const docs = files.filter((f) => /\/white\/\d{4}\/[^/]+\.json$/.test(f))
if (docs.length === 0) fail('no CSAF documents under ' + dir)

for (const f of docs) {
  const bytes = fs.readFileSync(f)
  const doc = JSON.parse(bytes.toString('utf8'))
  const result = await validateStrict(tests, doc)
  if (!result.isValid) {
    for (const t of result.tests.filter((t) => !t.isValid || t.errors.length)) {
      for (const e of t.errors) fail(`${path.basename(f)} ${t.name} ${e.instancePath}: ${e.message}`)
    }
    if (!result.tests.some((t) => t.errors.length)) fail(`${path.basename(f)} invalid`)
  }
  const sha = fs.readFileSync(f + '.sha512', 'utf8').split(/\s+/)[0]
  const actual = crypto.createHash('sha512').update(bytes).digest('hex')
  if (sha !== actual) fail(`${path.basename(f)}.sha512 does not match the document`)
}

const feed = JSON.parse(fs.readFileSync(path.join(dir, 'white', 'feed-tlp-white.json'), 'utf8'))
const listed = new Set(feed.feed.entry.map((e) => e.content.src.replace(/^.*\/\.well-known\/csaf\//, '')))
for (const f of docs) {
  const rel = path.relative(dir, f)
  if (!listed.has(rel)) fail(`${rel} is not in the ROLIE feed`)
}
if (listed.size !== docs.length) fail(`the feed lists ${listed.size} documents, ${docs.length} exist`)
const meta = JSON.parse(fs.readFileSync(path.join(dir, 'provider-metadata.json'), 'utf8'))
if (meta.role !== 'csaf_provider' || !meta.distributions?.[0]?.rolie?.feeds?.length) fail('provider metadata')

console.log(`csaf: ${docs.length} documents checked (strict schema + ${Object.keys(mandatory).length} mandatory tests), feed and hashes: ${failures} failures`)
process.exit(failures ? 1 : 0)
