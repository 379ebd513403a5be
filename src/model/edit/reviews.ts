// Answering the evidence lint: an item kept as it is, with the editor's reason, is stored in dataset.reviews under
// the item's key (model/lint), and can be reopened. Both are edits like any other: checked, one undo step.
import type { Dataset } from '../schema';
import { checked, refused, type EditResult } from './result';

/** Marks the item answered with a note (replacing an earlier answer to it). `date` is the day, YYYY-MM-DD. */
export function keepLintItem(dataset: Dataset, item: string, note: string, date: string): EditResult {
  if (!note.trim()) return refused('note: say why the item is kept as it is');
  const others = (dataset.reviews ?? []).filter((r) => r.item !== item);
  return checked(
    { ...dataset, reviews: [...others, { item, note: note.trim(), date }] },
    'Kept the lint item, with your note.',
  );
}

/** Takes the answer back: the item is open again. */
export function reopenLintItem(dataset: Dataset, item: string): EditResult {
  const reviews = dataset.reviews ?? [];
  if (!reviews.some((r) => r.item === item)) return refused('this lint item has no answer to reopen');
  const left = reviews.filter((r) => r.item !== item);
  return checked({ ...dataset, reviews: left.length > 0 ? left : undefined }, 'Reopened the lint item.');
}
