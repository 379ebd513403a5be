// A project exported from the app and opened again brings back everything an investigation holds: sources with
// their texts, claims with their anchors, answered lint items and the pairs said not to be the same.
import { describe, expect, it } from 'vitest';
import { exportData } from './exportData';
import { openGraphText } from './openGraph';
import { datasetSchema, type Dataset } from '../model/schema';
import { miniDataset } from '../test/miniDataset';

function investigation(): Dataset {
  const data = datasetSchema.parse(miniDataset());
  const text = 'Officials said Maduro sent a letter on Monday, “with urgency”.\nNothing more was said.';
  data.sources[0]!.text = text;
  const quote = 'Maduro sent a letter';
  data.relations[0]!.claims[0]!.anchor = {
    prefix: 'Officials said ',
    suffix: ' on Monday,',
    start: text.indexOf(quote),
  };
  data.reviews = [{ item: 'hedge:r4:0', note: 'The article does not hedge here.', date: '2026-12-07' }];
  data.distinct = [['putin', 'russia']];
  return data;
}

describe('the project file', () => {
  it('opens again as the same investigation', () => {
    const original = investigation();
    const [file] = exportData(original, 'project-json', 'mini');
    const reopened = openGraphText(file!.text, file!.name);
    expect(reopened.format).toBe('project-json');
    expect(reopened.dataset).toEqual(original);
  });
});
