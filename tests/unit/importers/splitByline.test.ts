import { describe, expect, it } from 'vitest';
import { splitByline } from '../../../src-main/importers/splitByline';

describe('bylines that join author and date', () => {
  it.each([
    ['By Jane Doe · 4 March 2024', 'Jane Doe', '2024-03-04'],
    ['Jane Doe | March 4, 2024, 10:32 AM EST', 'Jane Doe', '2024-03-04'],
    [
      'By Alan Smith, Ben Jones — Tuesday 5 March 2024 08.30 GMT',
      'Alan Smith, Ben Jones',
      '2024-03-05',
    ],
    ['By Ana Lima on 2024-03-04', 'Ana Lima', '2024-03-04'],
    ['By Sam Reporter', 'Sam Reporter', undefined],
  ])('%s', async (byline, author, publishedAt) => {
    expect(await splitByline(byline)).toEqual({ author, publishedAt });
  });

  it('does not guess relative dates or day/month orders that could go either way', async () => {
    expect(await splitByline('Published 3 hours ago by Ana Lima')).toEqual({ author: 'Ana Lima' });
    expect(await splitByline('Jane Doe, 04/03/2024')).toEqual({ author: 'Jane Doe' });
    expect(await splitByline('Updated 4 Mar 2024 10:32 GMT')).toEqual({
      publishedAt: '2024-03-04',
    });
  });
});
