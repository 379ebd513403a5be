import { describe, expect, it } from 'vitest';
import { readClaimDate } from './claimDate';
import type { Source } from '../../model/schema';

const source = (published: string): Source => ({ id: 's', kind: 'article', title: 'T', published, cites: [] });

describe('readClaimDate', () => {
  it('keeps an ISO date, month or year as it is', () => {
    expect(readClaimDate('2025-10', source('2025-11-01'))).toEqual({
      kind: 'read',
      date: '2025-10',
      says: 'Read as 2025-10-01 to 2025-10-31',
    });
  });

  it('reads wording into a range of days, keeping the words', () => {
    expect(readClaimDate('mid-October 2025', undefined)).toEqual({
      kind: 'read',
      date: { from: '2025-10-11', to: '2025-10-20', text: 'mid-October 2025' },
      dateText: 'mid-October 2025',
      says: 'Read as 2025-10-11 to 2025-10-20',
    });
  });

  it('reads relative wording from the source’s publication date, and says why it cannot without one', () => {
    const read = readClaimDate('last week', source('2025-11-05'));
    expect(read.kind).toBe('read');
    expect(readClaimDate('last week', source('not given'))).toMatchObject({
      kind: 'unread',
      reason: expect.stringContaining('publication date'),
    });
  });

  it('says nothing for an empty field and why for wording it does not know', () => {
    expect(readClaimDate('  ', undefined)).toEqual({ kind: 'none' });
    expect(readClaimDate('someday', undefined)).toMatchObject({ kind: 'unread' });
  });
});
