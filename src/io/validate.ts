// Turns unknown JSON into a Dataset, or into a list of problems that each name a JSON path and what to fix.
import type { z } from 'zod';
import { datasetSchema, type Dataset } from '../model/schema';
import { fastValidate } from './fastValidate';
import { formatPath } from '../model/pathText';

export { formatPath };

export interface Problem {
  /** JSON path in the file, e.g. `relations[3].claims[0].source`; `(root)` for the document itself. */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export function validateDataset(json: unknown): ValidationResult {
  // Big plain graphs take the shortcut; anything it is unsure of, every invalid dataset included, goes to zod.
  const quick = fastValidate(json);
  if (quick) return { ok: true, dataset: quick };
  const parsed = datasetSchema.safeParse(json);
  if (parsed.success) return { ok: true, dataset: parsed.data };
  return { ok: false, problems: parsed.error.issues.map(toProblem) };
}

function toProblem(issue: z.core.$ZodIssue): Problem {
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove or rename`;
  } else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    message = `missing required field (expected ${issue.expected})`;
  }
  return { path: formatPath(issue.path), message };
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
