// `npm run validate [file...]`: checks datasets against the schema and, where the articles are at hand,
// checks every quote against its article. Exits 1 and lists each problem when anything is wrong.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateDataset } from '../src/io/validate';
import { findQuoteMismatches } from '../src/model/quotes';
import { findTextMismatches } from '../src/model/textQuotes';
import { loadSeedTexts, SEEDS_DIR } from './seeds';

const files = process.argv.slice(2);
const targets =
  files.length > 0
    ? files
    : readdirSync('graph-data')
        .filter((f) => f.endsWith('.json'))
        .map((f) => join('graph-data', f));

let failed = false;
for (const file of targets) {
  const problems = checkFile(resolve(file));
  if (problems.length === 0) {
    console.log(`✓ ${file}`);
  } else {
    failed = true;
    console.log(`✗ ${file}: ${problems.length} problem${problems.length > 1 ? 's' : ''}`);
    for (const p of problems) console.log(`  ${p}`);
  }
}
process.exit(failed ? 1 : 0);

function checkFile(path: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return [`(root): not readable JSON: ${(err as Error).message}`];
  }
  const result = validateDataset(json);
  if (!result.ok) return result.problems.map((p) => `${p.path}: ${p.message}`);
  // Quotes from sources whose text the file stores are checked against that text.
  const inTexts = findTextMismatches(result.dataset).map(
    (m) => `relations[id=${m.relationId}].claims[${m.claimIndex}].quote: ${m.reason}: "${m.quote}"`,
  );
  if (inTexts.length > 0) return inTexts;
  if (!existsSync(SEEDS_DIR)) {
    console.log(`  (quotes not checked: no articles at ${SEEDS_DIR})`);
    return [];
  }
  const seeds = loadSeedTexts();
  const withSeeds = result.dataset.sources.some((s) => s.seed !== undefined);
  if (!withSeeds) return [];
  return findQuoteMismatches(result.dataset, seeds).map(
    (m) => `relations[id=${m.relationId}].claims[${m.claimIndex}].quote: ${m.reason}: "${m.quote}"`,
  );
}
