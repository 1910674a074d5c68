import { useState } from 'react';
import type { Logo } from '../../../src-main/core/model';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { call } from '../api/client';
import { contractKey } from '../api/contractKey';
import { queryClient } from '../api/queryClient';
import { readFileAsBase64 } from '../ui/readFileAsBase64';

/**
 * The newsroom logo printed on HTML reports: a PNG, JPEG, GIF or WebP image of at most 1 MiB,
 * which the service checks by its bytes. It is set by its own methods (a text patch can never
 * point at a file); the answer replaces the cached preferences.
 */
export function LogoField({ saved }: { saved: Logo | null }) {
  const [logo, setLogo] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (change: () => Promise<{ logo: Logo | null }>) => {
    setBusy(true);
    setError(null);
    try {
      const stored = await change();
      setLogo(stored.logo);
      queryClient.setQueryData(contractKey('preferences.get', {}), stored);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const choose = (file: File) =>
    run(async () =>
      call('preferences.setLogo', {
        fileName: file.name,
        dataBase64: await readFileAsBase64(file),
      }),
    );

  return (
    <div className="field">
      <label>
        Logo
        <input
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          disabled={busy}
          aria-describedby="logo-hint"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void choose(file);
          }}
        />
      </label>
      <span className="field-hint" id="logo-hint" role="status">
        {logo
          ? `${logo.originalName} is printed on reports.`
          : 'Printed on reports: PNG, JPEG, GIF or WebP, at most 1 MB.'}
      </span>
      {logo && (
        <button
          type="button"
          className="quiet"
          disabled={busy}
          onClick={() => void run(() => call('preferences.clearLogo', {}))}
        >
          Remove logo
        </button>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
