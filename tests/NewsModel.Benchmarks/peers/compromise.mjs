// Times compromise (people, places, organisations, quotations, dates) over every *.txt file of a
// folder, on one thread, after a warm-up pass, and prints the same line as `newsmodel --stats`.
// Usage: npm install && node compromise.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import dates from 'compromise-dates';

nlp.plugin(dates);

const dir = process.argv[2];
const texts = readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => readFileSync(join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

function run() {
  let found = 0;
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length + doc.dates().length;
  }
  return found;
}

run(); // warm-up
const start = process.hrtime.bigint();
const found = run();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const mb = bytes / 1e6;
console.log(`${texts.length} documents, ${mb.toFixed(2)} MB, ${seconds.toFixed(2)} s, ${(mb / seconds).toFixed(3)} MB/s (compromise ${found} matches)`);
