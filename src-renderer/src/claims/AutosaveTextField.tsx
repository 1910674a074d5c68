import type { Ref } from 'react';
import { useAutosaveField } from '../ui/useAutosaveField';

interface AutosaveTextFieldProps {
  label: string;
  saved: string;
  onSave(value: string): Promise<unknown>;
  type?: 'text' | 'url' | 'date';
  placeholder?: string;
  list?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

/** A labelled one-line field that saves itself while the checker types. */
export function AutosaveTextField({
  label,
  saved,
  onSave,
  type = 'text',
  placeholder,
  list,
  inputRef,
  className,
}: AutosaveTextFieldProps) {
  const field = useAutosaveField(saved, (value) => void onSave(value).catch(() => undefined));
  return (
    <label className={className}>
      {label}
      <input
        ref={inputRef}
        type={type}
        value={field.value}
        placeholder={placeholder}
        list={list}
        spellCheck={type === 'text'}
        onChange={(event) => field.onChange(event.target.value)}
        onBlur={field.onBlur}
      />
    </label>
  );
}
