// `npm run overlap [-- --min 12]`: lists the runs of identical words that the archived source texts share, pair
// by pair. Articles that copy each other's sentences are one line of evidence: record what this finds in the
// dataset (a shared upstream source in `cites`, or a source `note`), so origin counts treat copies as copies.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedRuns } from '../src/model/overlap';
import { loadSeedTexts, SEEDS_DIR } from './seeds';

const minAt = process.argv.indexOf('--min');
const minWords = minAt > 0 ? Number(process.argv[minAt + 1]) : 12;
if (!Number.isInteger(minWords) || minWords < 2) {
  console.error('--min takes a whole number of words, 2 or more');
  process.exit(2);
}
if (!existsSync(SEEDS_DIR)) {
  console.error(`No source texts at ${SEEDS_DIR}: put the articles there or set SEEDS_DIR.`);
  process.exit(2);
}
const texts = loadSeedTexts();
// Name each text by the dataset source that archives it, where there is one.
const names = new Map<string, string>();
const dataset = JSON.parse(readFileSync(join('graph-data', 'venezuela-military-aid.json'), 'utf8')) as {
  sources?: { id: string; seed?: string }[];
};
for (const s of dataset.sources ?? []) if (s.seed) names.set(s.seed, s.id);
const label = (file: string) => (names.has(file) ? `${names.get(file)} (${file})` : file);

const files = [...texts.keys()].sort();
let pairs = 0;
for (let i = 0; i < files.length; i++) {
  for (let j = i + 1; j < files.length; j++) {
    const runs = sharedRuns(texts.get(files[i]!)!, texts.get(files[j]!)!, minWords);
    if (runs.length === 0) continue;
    pairs++;
    console.log(
      `\n${label(files[i]!)}  ↔  ${label(files[j]!)}: ${runs.length} shared run${runs.length > 1 ? 's' : ''}`,
    );
    for (const run of runs) console.log(`  ${run.words} words: ${run.text}`);
  }
}
console.log(
  `\n${pairs} pair${pairs === 1 ? '' : 's'} of texts share runs of ${minWords} or more words (of ${files.length} texts).`,
);
