/**
 * Where each row of a virtual list sits: rows of one fixed height, with a few headings of their own height
 * before some rows (the conversation list's "Gepland" and "Gehouden"). Plain arithmetic, so the list can
 * place row 24,999 without laying out the ones above it.
 */

/** A heading shown right above row `before`. */
export interface ListHeading {
  before: number;
  height: number;
}

export interface ListLayout {
  rowHeight: number;
  /** Headings in order of `before`; at most a handful. */
  headings: readonly ListHeading[];
}

/** The top of row `index`: the rows above it and every heading at or above it. */
export function rowTop(layout: ListLayout, index: number): number {
  let top = index * layout.rowHeight;
  for (const h of layout.headings) if (h.before <= index) top += h.height;
  return top;
}

/** The top of the heading above row `before`. */
export function headingTop(layout: ListLayout, heading: ListHeading): number {
  return rowTop(layout, heading.before) - heading.height;
}

/** The height of the whole list of `total` rows, headings included. */
export function listHeight(layout: ListLayout, total: number): number {
  let height = total * layout.rowHeight;
  for (const h of layout.headings) if (h.before < total) height += h.height;
  return height;
}

/** The row at height `y` (a heading counts as the row below it), within 0…total-1; 0 for none. */
export function rowAtHeight(layout: ListLayout, y: number, total: number): number {
  let consumed = 0;
  for (const h of layout.headings) {
    const headingAt = h.before * layout.rowHeight + consumed;
    if (y < headingAt) break;
    if (y < headingAt + h.height) return Math.min(h.before, Math.max(0, total - 1));
    consumed += h.height;
  }
  const index = Math.floor((y - consumed) / layout.rowHeight);
  return Math.max(0, Math.min(index, total - 1));
}

/** The rows to render for a viewport: those in view and `overscan` either side, as [first, last). */
export function rowsInView(
  layout: ListLayout,
  scrollTop: number,
  viewHeight: number,
  total: number,
  overscan: number,
): { first: number; last: number } {
  if (total <= 0) return { first: 0, last: 0 };
  const first = Math.max(0, rowAtHeight(layout, scrollTop, total) - overscan);
  const last = Math.min(total, rowAtHeight(layout, scrollTop + viewHeight, total) + 1 + overscan);
  return { first, last };
}

/**
 * The scroll position that brings row `index` fully into view (with its heading, for the first row under
 * one), or the current one when it already is.
 */
export function scrollToShow(
  layout: ListLayout,
  index: number,
  scrollTop: number,
  viewHeight: number,
): number {
  const heading = layout.headings.find((h) => h.before === index);
  const top = rowTop(layout, index) - (heading ? heading.height : 0);
  const bottom = rowTop(layout, index) + layout.rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewHeight) return bottom - viewHeight;
  return scrollTop;
}
