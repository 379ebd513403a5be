import { describe, expect, it } from 'vitest';
import { sourceSchema, type Source } from '../model/schema';
import { parseIsoDay } from '../model/time';
import { sourceInFull } from './sourceLabel';

const source = (extra: Partial<Source>): Source =>
  sourceSchema.parse({
    id: 's',
    kind: 'article',
    title: 'Maduro asks Putin for aid',
    published: 'not given',
    ...extra,
  });

describe('a source named in full, for a filter tooltip', () => {
  it('gives outlet, publication date and headline', () => {
    const post = source({ outlet: 'The Washington Post', published: '2025-10-31' });
    expect(sourceInFull(post, undefined)).toBe('The Washington Post, 2025-10-31: “Maduro asks Putin for aid”');
  });

  it('names the author when there is no outlet, and the earliest day when there is no date', () => {
    const byAuthor = source({ author: 'Yusuf Çetiner' });
    const earliest = { day: parseIsoDay('2025-10-26')!, exact: false };
    expect(sourceInFull(byAuthor, earliest)).toBe('Yusuf Çetiner, not before 2025-10-26: “Maduro asks Putin for aid”');
  });

  it('says what is missing rather than leaving a gap', () => {
    expect(sourceInFull(source({}), undefined)).toBe('No outlet named, date not given: “Maduro asks Putin for aid”');
  });
});
