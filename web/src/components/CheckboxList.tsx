import Checkbox from 'antd/es/checkbox';
import type { ReactNode } from 'react';

export interface CheckboxOption {
  readonly value: string;
  readonly label: ReactNode;
}

interface Props {
  readonly options: readonly CheckboxOption[];
  readonly value?: readonly string[];
  readonly onChange?: (value: string[]) => void;
  readonly id?: string;
  readonly className?: string;
}

/**
 * Checkboxes whose ticks are the form's value, drawn from it on every render. Ant Design's
 * Checkbox.Group keeps its own copy of the value and learns its options in effects, so a tick
 * that comes before those effects have run (a fast click, a busy computer) is lost.
 */
export function CheckboxList({ options, value = [], onChange, id, className }: Props) {
  const order = options.map((o) => o.value);

  return (
    <div id={id} className={className}>
      {options.map((option) => (
        <Checkbox
          key={option.value}
          checked={value.includes(option.value)}
          onChange={(e) => onChange?.(toggled(value, option.value, e.target.checked, order))}
        >
          {option.label}
        </Checkbox>
      ))}
    </div>
  );
}

/** The list with `code` ticked or unticked, in the order the options are shown. */
export function toggled(
  value: readonly string[],
  code: string,
  on: boolean,
  order: readonly string[],
): string[] {
  const next = new Set(value);

  if (on) next.add(code);
  else next.delete(code);

  return order.filter((c) => next.has(c));
}
