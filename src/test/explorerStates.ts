// Explorer states for the reducer's unit tests: the mini dataset (src/test/miniDataset.ts) opened, and variants.
import { explorerReducer, initialState, type ExplorerState } from '../state/explorer';
import { datasetSchema, type Dataset, type DatasetInput } from '../model/schema';
import { miniDataset } from './miniDataset';

/** The mini dataset, parsed, after `change` (if any) to its input. */
export function mini(change?: (input: DatasetInput) => void): Dataset {
  const input = miniDataset();
  change?.(input);
  return datasetSchema.parse(input);
}

/** The explorer with the mini dataset open: 7 entities, 5 relations, nothing filtered, no history. */
export function openMini(change?: (input: DatasetInput) => void): ExplorerState {
  return explorerReducer(initialState, { type: 'loaded', dataset: mini(change) });
}

/** A dataset of people with no relations and no sources, named `n0`…, optionally placed on a line. */
export function people(count: number, placed = false): Dataset {
  const entities = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    type: 'person',
    label: `N${i}`,
    ...(placed ? { position: { x: i * 10, y: 0 } } : {}),
  }));
  return datasetSchema.parse({ title: 'People', entities, relations: [] });
}

/** The state after each action in turn, through the root reducer. */
export function after(state: ExplorerState, ...actions: Parameters<typeof explorerReducer>[1][]): ExplorerState {
  return actions.reduce(explorerReducer, state);
}
