// A list that renders only the rows in view: 10,000 entries scroll as smoothly as 10.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

const OVERSCAN = 6;

export interface VirtualListProps<T> {
  items: T[];
  rowHeight: number;
  /** Index of the row that has the keyboard: kept in view. */
  focused: number;
  renderRow: (item: T, index: number) => ComponentChildren;
  label: string;
}

export function VirtualList<T>({ items, rowHeight, focused, renderRow, label }: VirtualListProps<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(800);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setHeight(el.clientHeight || 800);
    const resize = new ResizeObserver(() => setHeight(el.clientHeight || 800));
    resize.observe(el);
    return () => resize.disconnect();
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!el || focused < 0) return;
    const top = focused * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  }, [focused, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const rows: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      // Screen readers learn the whole list's size though only the rows in view exist.
      <div key={i} class="vrow" role="listitem" aria-setsize={items.length} aria-posinset={i + 1} style={{ transform: `translateY(${i * rowHeight}px)`, height: `${rowHeight}px` }}>
        {renderRow(items[i]!, i)}
      </div>,
    );
  }
  return (
    <div ref={ref} class="vlist" role="list" aria-label={label}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}>
      <div class="vlist-inner" style={{ height: `${items.length * rowHeight}px` }}>{rows}</div>
    </div>
  );
}
