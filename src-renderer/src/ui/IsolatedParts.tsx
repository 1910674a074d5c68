import { Fragment } from 'react';

/**
 * Pieces of text from files or other people (a title, an outlet, a reviewer's name), shown one
 * after another with `separator` between them, each in its own <bdi>: its direction comes
 * from its own letters, and no text-direction control inside it can reorder the pieces around
 * it. Empty pieces are left out.
 */
export function IsolatedParts({
  parts,
  separator = ' · ',
}: {
  parts: readonly (string | null | undefined)[];
  separator?: string;
}) {
  const shown = parts.filter((part): part is string => Boolean(part));
  return (
    <>
      {shown.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && separator}
          <bdi>{part}</bdi>
        </Fragment>
      ))}
    </>
  );
}
