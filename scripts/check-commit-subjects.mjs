#!/usr/bin/env node
// Commit subjects of at most 72 characters (issue 22), so that `git log --oneline`, review tools and mail
// all show them whole. Subjects that landed before this check (the baseline and older) cannot be rewritten
// without rewriting shared history, so only later commits are checked.
//
//   node scripts/check-commit-subjects.mjs          every commit after the baseline
//   node scripts/check-commit-subjects.mjs FILE     one message (the commit-msg hook in .githooks/)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MAX_SUBJECT = 72;
/** The last commit landed before the check existed. */
export const BASELINE = 'a3aa17a46538986a8045eb42da274fb4ab32d583';

/** The subject is a message's first line; a subject over the limit is returned with its length. */
export function subjectTooLong(message, max = MAX_SUBJECT) {
  const subject = message.split('\n', 1)[0].trimEnd();
  return [...subject].length > max ? subject : null;
}

function git(args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

function commitsAfterBaseline() {
  try {
    git(['rev-parse', '--verify', '--quiet', `${BASELINE}^{commit}`]);
  } catch {
    return null; // not a git checkout, or a shallow clone without the baseline: nothing to compare against
  }
  return git(['log', '--format=%h%x09%s', `${BASELINE}..HEAD`])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      return { hash: line.slice(0, tab), subject: line.slice(tab + 1) };
    });
}

function main(argv) {
  if (argv[0]) {
    const long = subjectTooLong(readFileSync(argv[0], 'utf8'));
    if (long) {
      console.error(`Commit subject is ${[...long].length} characters; keep it to ${MAX_SUBJECT}, detail in the body:`);
      console.error(`  ${long}`);
      return 1;
    }
    return 0;
  }
  const commits = commitsAfterBaseline();
  if (!commits) {
    console.log(`Commit subjects not checked: ${BASELINE} is not in this checkout's history.`);
    return 0;
  }
  const long = commits.filter((commit) => subjectTooLong(commit.subject));
  for (const commit of long) {
    console.error(
      `${commit.hash}: subject is ${[...commit.subject].length} characters (at most ${MAX_SUBJECT}): ${commit.subject}`,
    );
  }
  return long.length > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
