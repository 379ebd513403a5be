// The type styles (labels, colours, shapes) of the loaded graph, built-in and declared alike.
import type { Story } from '../state/explorer';
import type { TypeStyles } from '../model/vocabulary';

export function stylesOf(story: Story): TypeStyles {
  return story.graph.getAttribute('styles');
}
