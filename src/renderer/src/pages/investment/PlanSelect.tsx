/** The saved plan a tab looks at (Claims, Return): one select, labelled for the tab. */
import { Select } from '@mantine/core';
import type { MdfPlanSummary } from '../../../../shared/api';

export function PlanSelect({
  plans,
  current,
  onPlan,
  ariaLabel,
}: {
  plans: MdfPlanSummary[];
  current: MdfPlanSummary;
  onPlan: (id: number) => void;
  ariaLabel: string;
}) {
  return (
    <Select
      size="xs"
      w={260}
      label="Plan"
      aria-label={ariaLabel}
      allowDeselect={false}
      data={plans.map((p) => ({ value: String(p.id), label: `${p.name} (${p.period})` }))}
      value={String(current.id)}
      onChange={(v) => v && onPlan(Number(v))}
    />
  );
}
