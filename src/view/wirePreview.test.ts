import { describe, expect, it } from 'vitest';
import { miniDataset } from '../test/miniDataset';
import { validateDataset } from '../io/validate';
import { packDataset } from '../io/datasetWire';
import { openPlainCytoscapeJson } from '../io/openPlain';
import { buildGraph } from '../model/graph';
import type { Dataset } from '../model/schema';
import { syntheticGraph } from '../../bench/generate';
import { buildScene } from './scene';
import { legendFromWire, previewFromWire } from './wirePreview';

/** The arrays the model's drawing has for the dataset: what the preview must show the same. */
function sceneArrays(dataset: Dataset) {
  const { x, y, radius, colour, colours, source, target, edgeFlags, nodeShown, edgeShown } = buildScene(
    buildGraph(dataset),
  );
  return { x, y, radius, colour, colours, source, target, edgeFlags, nodeShown, edgeShown };
}

function validated(input: unknown): Dataset {
  const result = validateDataset(input);
  if (!result.ok) throw new Error('invalid test dataset');
  return result.dataset;
}

describe('previewFromWire', () => {
  it('draws a story as its model would: spiral places, sizes by degree, type colours, the disputed link', () => {
    const dataset = validated(miniDataset());
    const preview = previewFromWire(packDataset(dataset));
    expect(preview).toEqual(sceneArrays(dataset));
    // The story has a disputed relation: its link is marked so in the preview too.
    expect(preview!.edgeFlags.some((flags) => flags & 1)).toBe(true);
  });

  it("takes the file's own positions, sizes and colours where it gives them", () => {
    const input = miniDataset();
    input.entities[0] = { ...input.entities[0]!, position: { x: 5, y: -7 }, size: 90, color: '#123456' };
    input.entities[2] = { ...input.entities[2]!, position: { x: 100, y: 200 } };
    const dataset = validated(input);
    const preview = previewFromWire(packDataset(dataset))!;
    expect(preview).toEqual(sceneArrays(dataset));
    expect([preview.x[0], preview.y[0], preview.radius[0]]).toEqual([5, -7, 45]);
    expect(preview.colours[preview.colour[0]!]).toBe('#123456');
  });

  it('draws an opened graph file as its model would', () => {
    const text = JSON.stringify(syntheticGraph(400, 3));
    const opened = openPlainCytoscapeJson(text, 'g.json')!;
    const preview = previewFromWire(packDataset(opened.dataset));
    expect(preview).toEqual(sceneArrays(opened.dataset));
  });
});

describe('legendFromWire', () => {
  it('lists the types present, as the legend orders them, and whether a link is disputed', () => {
    const dataset = validated(miniDataset());
    const legend = legendFromWire(packDataset(dataset));
    // The story's entities are people, countries, a document and a piece of equipment, and one link is disputed.
    expect(legend.types.map(([type]) => type).sort()).toEqual(['country', 'document', 'equipment', 'person']);
    expect(legend.disputed).toBe(true);
  });
});
