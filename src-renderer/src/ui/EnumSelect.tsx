interface EnumSelectProps<T extends string> {
  value: T;
  /** Every value of the enum, in the order offered. */
  options: readonly T[];
  /** Each value in the checker's words; a Record, so a new value cannot go unlabelled. */
  labels: Record<T, string>;
  onChange(value: T): void;
}

/** A `<select>` over one enum (a claim's kind or status, a citation's stance, …). */
export function EnumSelect<T extends string>({
  value,
  options,
  labels,
  onChange,
}: EnumSelectProps<T>) {
  return (
    <select
      value={value}
      onChange={(event) => {
        const chosen = options.find((option) => option === event.target.value);
        if (chosen !== undefined) onChange(chosen);
      }}
    >
      {options.map((option) => (
        <option key={option} value={option}>
          {labels[option]}
        </option>
      ))}
    </select>
  );
}
