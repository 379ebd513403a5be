// The story that ships with the app, validated like any other dataset before it reaches the model.
import story from '../../graph-data/venezuela-military-aid.json';
import { formatProblems, validateDataset } from './validate';
import type { Dataset } from '../model/schema';

export function loadBundledStory(): Dataset {
  const result = validateDataset(story);
  if (!result.ok)
    throw new Error(`The bundled story does not match the data format:\n${formatProblems(result.problems)}`);
  return result.dataset;
}
