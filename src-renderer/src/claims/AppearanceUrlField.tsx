import { useAutosaveField } from '../ui/useAutosaveField';
import { openWebUrl, WEB_ONLY_MESSAGE } from './openWebUrl';

interface AppearanceUrlFieldProps {
  saved: string;
  onSave(url: string): Promise<unknown>;
  notify(notice: { message: string; tone: 'info' | 'error' }): void;
}

/** Where the claim appeared, with a button that opens it in the system browser. */
export function AppearanceUrlField({ saved, onSave, notify }: AppearanceUrlFieldProps) {
  const field = useAutosaveField(saved, (value) => void onSave(value).catch(() => undefined));
  const open = () => {
    // The typed value, not the saved one: the checker may click Open straight after pasting.
    if (!field.value.trim()) {
      notify({ message: 'Paste the address where the claim appeared first.', tone: 'info' });
    } else if (!openWebUrl(field.value)) {
      notify({ message: WEB_ONLY_MESSAGE, tone: 'error' });
    }
  };
  return (
    <div className="field-with-action">
      <label>
        Where it appeared
        <input
          type="url"
          value={field.value}
          placeholder="https://…"
          spellCheck={false}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
        />
      </label>
      <button
        type="button"
        onClick={open}
        aria-label="Open where it appeared"
        title="Open in the system browser"
      >
        Open
      </button>
    </div>
  );
}
