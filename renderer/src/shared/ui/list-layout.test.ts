import { describe, expect, it } from 'vitest';
import { headingTop, listHeight, rowAtHeight, rowsInView, rowTop, scrollToShow } from './list-layout';

const plain = { rowHeight: 50, headings: [] };
// "Gepland" above row 0, "Gehouden" above row 3 (three planned ones), headings 30 high.
const grouped = {
  rowHeight: 50,
  headings: [
    { before: 0, height: 30 },
    { before: 3, height: 30 },
  ],
};

describe('where rows sit', () => {
  it('stacks rows of one height', () => {
    expect([rowTop(plain, 0), rowTop(plain, 1), rowTop(plain, 24_999)]).toEqual([0, 50, 1_249_950]);
    expect(listHeight(plain, 25_000)).toBe(1_250_000);
  });

  it('puts each heading right above its row and counts it in every row below', () => {
    expect([rowTop(grouped, 0), rowTop(grouped, 2), rowTop(grouped, 3), rowTop(grouped, 4)]).toEqual([
      30, 130, 210, 260,
    ]);
    expect(headingTop(grouped, grouped.headings[1]!)).toBe(180);
    expect(listHeight(grouped, 5)).toBe(310);
    // A heading above a row that is not there takes no room.
    expect(listHeight(grouped, 3)).toBe(180);
  });

  it('finds the row at a height, a heading counting as the row below it', () => {
    expect(rowAtHeight(grouped, 0, 5)).toBe(0);
    expect(rowAtHeight(grouped, 79, 5)).toBe(0);
    expect(rowAtHeight(grouped, 80, 5)).toBe(1);
    expect(rowAtHeight(grouped, 185, 5)).toBe(3);
    expect(rowAtHeight(grouped, 260, 5)).toBe(4);
    expect(rowAtHeight(grouped, 10_000, 5)).toBe(4);
    expect(rowAtHeight(plain, 125, 0)).toBe(0);
  });
});

describe('what to render and where to scroll', () => {
  it('renders the rows in view and a few either side, never past the ends', () => {
    expect(rowsInView(plain, 1000, 200, 25_000, 3)).toEqual({ first: 17, last: 28 });
    expect(rowsInView(plain, 0, 200, 25_000, 3)).toEqual({ first: 0, last: 8 });
    expect(rowsInView(plain, 1_249_800, 200, 25_000, 3)).toEqual({ first: 24_993, last: 25_000 });
    expect(rowsInView(plain, 0, 200, 0, 3)).toEqual({ first: 0, last: 0 });
  });

  it('scrolls a row below the view up to the bottom edge, and one above down to the top edge', () => {
    expect(scrollToShow(plain, 10, 0, 200)).toBe(350);
    expect(scrollToShow(plain, 2, 500, 200)).toBe(100);
    expect(scrollToShow(plain, 5, 200, 200)).toBe(200);
  });

  it('brings the heading into view with the first row under it', () => {
    expect(scrollToShow(grouped, 3, 400, 200)).toBe(180);
    expect(scrollToShow(grouped, 0, 100, 200)).toBe(0);
  });
});
