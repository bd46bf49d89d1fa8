import { formatShare } from '../../components/value-format';
import { useWhatIf } from './whatif-context';
import { useWhatIfStore } from './whatif-store';
import { activeGroups, compositeShares } from './weights-model';

/**
 * "12.0% of score": a KPI's share of the composite. Subscribed on its own, so that moving a
 * category re-renders these few words rather than every KPI's slider.
 */
export function KpiShareNote({ kpi }: { kpi: string }) {
  const { context, groupOf } = useWhatIf();
  const share = useWhatIfStore((s) => {
    const def = s.history?.current.definition;
    if (!def) return 0;
    const groups = activeGroups(
      def,
      context.groups.map((g) => g.key),
      groupOf,
    );
    return compositeShares(def, groups, groupOf).get(kpi) ?? 0;
  });
  return <>{formatShare(share)} of score · </>;
}
