import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { ListedClaim, RatingScale } from '../../../src-main/core/model';
import { claimAttention } from '../../../src-main/core/claimAttention';
import { claimStyle } from '../editor/claimDecorations';
import { uiActions } from '../workbench/uiStore';

/** A row's height before it is measured, in px: a two-line quote and its verdict. */
const ROW_ESTIMATE_PX = 64;

interface ClaimListProps {
  /** The claims to list (filtered), in text order. */
  claims: readonly ListedClaim[];
  /** Every claim's number in text order, filtered or not. */
  numberOf: ReadonlyMap<number, number>;
  scales: readonly RatingScale[];
  selectedClaimId: number | null;
  /** The article has no claims at all: say how to mark one. */
  empty: boolean;
}

/**
 * The claims in text order, in their own scrolling box. Only the rows in view (and a few around
 * them) are rendered, so thousands of claims cost no more than a screenful.
 */
export function ClaimList({ claims, numberOf, scales, selectedClaimId, empty }: ClaimListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser measures every row again whenever its key function changes. Text saves
  // move thousands of claims without changing which claim is in which row, so the function
  // changes only with the claims' order.
  const order = useMemo(() => claims.map((claim) => claim.id).join(' '), [claims]);
  const getItemKey = useMemo(() => {
    const ids = order === '' ? [] : order.split(' ').map(Number);
    return (index: number) => ids[index] ?? index;
  }, [order]);
  // The virtualiser re-renders this list itself; nothing here is memoised by a compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: claims.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey,
    overscan: 8,
  });

  // A claim chosen elsewhere (in the text, from an export finding) is brought into view.
  const selectedIndex = claims.findIndex((claim) => claim.id === selectedClaimId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    // Only when the selection changes, not whenever the list does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedClaimId]);

  return (
    <div className="claim-list-scroller" ref={scroller}>
      <ol
        className="claim-list"
        aria-label="Claims in text order"
        style={empty ? undefined : { height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const claim = claims[item.index];
          if (!claim) return null;
          const style = claimStyle(claim, scales);
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={claims.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <ClaimRow
                id={claim.id}
                number={numberOf.get(claim.id) ?? 0}
                quote={claim.exact}
                label={style.label}
                colour={style.colour}
                attention={claimAttention(claim)}
                selected={claim.id === selectedClaimId}
              />
            </li>
          );
        })}
        {empty && (
          <li className="hint">
            Select words in the article and press “Mark claim” (Ctrl+Shift+M).
          </li>
        )}
      </ol>
    </div>
  );
}

interface ClaimRowProps {
  id: number;
  number: number;
  quote: string;
  label: string;
  colour: string;
  /** What the checker must look at first, if anything (claimAttention). */
  attention: string | null;
  selected: boolean;
}

/** One claim in the list; re-rendered only when what it shows changes, never by typing. */
const ClaimRow = memo(function ClaimRow(props: ClaimRowProps) {
  const { id, number, quote, label, colour, attention, selected } = props;
  return (
    <button
      type="button"
      className={selected ? 'claim-item selected' : 'claim-item'}
      aria-pressed={selected}
      onClick={() => uiActions.selectClaim(id)}
    >
      <span className="claim-number">{number}</span>
      <span className="claim-quote">“{quote}”</span>
      <span className="verdict-chip" style={{ borderColor: colour }}>
        <span className="dot" style={{ background: colour }} />
        {label}
        {attention && <span className="chip-flag"> · {attention}</span>}
      </span>
    </button>
  );
});
