// The bundled story as published, to tell it from the user's edited copy of it: an unchanged story is not stored
// (the copy would only repeat the repository), and coming back to it by undo drops the stored copy.
import type { Dataset } from '../../model/schema';

const published = new WeakSet<Dataset>();

export const markPublished = (dataset: Dataset) => void published.add(dataset);
export const isPublished = (dataset: Dataset) => published.has(dataset);
