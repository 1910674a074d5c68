import { useState } from 'react';
import type { EncodingReport } from '../../../src-main/core/importing';
import { describeEncoding, OFFERED_ENCODINGS } from '../../../src-main/core/importing';

interface EncodingChoiceProps {
  encoding: EncodingReport;
  /** The start of the text as currently read, shown beside the other readings. */
  currentSample: string;
  busy: boolean;
  onChoose(name: string): void;
}

/**
 * How a text file was decoded. When the detector was not sure, the candidate readings are
 * shown side by side and the checker picks the one that reads correctly; any character set
 * can also be chosen by name. Choosing re-reads the file at once.
 */
export function EncodingChoice({ encoding, currentSample, busy, onChoose }: EncodingChoiceProps) {
  const [open, setOpen] = useState(!encoding.confident);
  if (encoding.source === 'utf-8' && encoding.alternatives.length === 0) return null;
  const readings = [
    { name: encoding.name, sample: currentSample, current: true },
    ...encoding.alternatives.map((candidate) => ({ ...candidate, current: false })),
  ];

  return (
    <section className="encoding-choice" aria-label="Character set">
      <p>
        Character set: <strong>{describeEncoding(encoding.name)}</strong>
        {encoding.source === 'detected' &&
          (encoding.confident ? ', detected.' : ', a guess: check it.')}
        {encoding.source === 'chosen' && ', as you chose.'}{' '}
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide readings' : 'Compare readings…'}
        </button>
      </p>
      {open && (
        <>
          {readings.length > 1 && (
            <>
              <p className="hint-text">Which of these reads correctly?</p>
              <ul className="encoding-readings" aria-label="Readings">
                {readings.map((reading) => (
                  <li key={reading.name} aria-current={reading.current ? 'true' : undefined}>
                    <h4>{describeEncoding(reading.name)}</h4>
                    <pre lang="">{reading.sample}</pre>
                    {reading.current ? (
                      <span className="hint-text">In use</span>
                    ) : (
                      <button type="button" disabled={busy} onClick={() => onChoose(reading.name)}>
                        Use {reading.name}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <label className="encoding-other">
            Another character set{' '}
            <select
              value=""
              disabled={busy}
              onChange={(event) => event.target.value && onChoose(event.target.value)}
            >
              <option value="">Choose…</option>
              {OFFERED_ENCODINGS.map((name) => (
                <option key={name} value={name}>
                  {describeEncoding(name)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </section>
  );
}
