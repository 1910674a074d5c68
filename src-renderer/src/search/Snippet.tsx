import type { ReactNode } from 'react';

interface SnippetProps {
  text: string;
  /** Spans to mark, as UTF-16 offsets into `text`, in order. */
  highlights: readonly { start: number; end: number }[];
}

/** A search snippet with its matched words marked. */
export function Snippet({ text, highlights }: SnippetProps) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (start < at || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <span className="snippet">{parts}</span>;
}
