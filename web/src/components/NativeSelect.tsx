import type { AriaAttributes } from 'react';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

type Props = AriaAttributes & {
  readonly options: readonly SelectOption[];
  readonly value?: string;
  readonly onChange?: (value: string) => void;
  readonly id?: string;
  readonly disabled?: boolean;
  readonly testId?: string;
};

/**
 * A browser select in Ant Design's proportions, for a Form.Item: the item's label points at
 * it by `id`, and the states the item announces (`aria-invalid`, `aria-describedby`) pass on.
 */
export function NativeSelect({ options, value, onChange, id, disabled, testId, ...aria }: Props) {
  return (
    <select
      {...aria}
      id={id}
      className="native-control"
      value={value ?? ''}
      disabled={disabled}
      onChange={(e) => onChange?.(e.target.value)}
      data-testid={testId}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
