import { useAutosaveField } from '../ui/useAutosaveField';

interface AutosaveTextAreaProps {
  label: string;
  saved: string;
  onSave(value: string): Promise<unknown>;
  rows?: number;
  placeholder?: string;
}

/** A labelled plain-text box that saves itself while the checker types. */
export function AutosaveTextArea({
  label,
  saved,
  onSave,
  rows = 2,
  placeholder,
}: AutosaveTextAreaProps) {
  const field = useAutosaveField(saved, (value) => void onSave(value).catch(() => undefined));
  return (
    <label>
      {label}
      <textarea
        className="plain-text"
        rows={rows}
        value={field.value}
        placeholder={placeholder}
        onChange={(event) => field.onChange(event.target.value)}
        onBlur={field.onBlur}
      />
    </label>
  );
}
