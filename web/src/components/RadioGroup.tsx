import Radio from 'antd/es/radio';
import type { RadioGroupProps } from 'antd/es/radio';

type Props = RadioGroupProps & {
  /** The id of the element that names the group, or else `aria-label`. */
  readonly labelledBy?: string;
  readonly 'aria-label'?: string;
};

/**
 * Ant Design's radio group as a named ARIA radiogroup. Form.Item marks a required control
 * with aria-required, which ARIA allows on a radiogroup but not on a bare div; the group's
 * typings omit `role`, though the component passes it through.
 */
export function RadioGroup({ labelledBy, ...props }: Props) {
  const aria = { role: 'radiogroup', 'aria-labelledby': labelledBy } as RadioGroupProps;

  return <Radio.Group {...props} {...aria} />;
}
