/** What a rule reports for one partner, before the partner's name and the rule's are added. */
import type { RiskFlag, RiskSeverity } from '../../../../shared/api/risks';

export interface RuleFlag {
  /** Dataset row of the partner. */
  row: number;
  severity: RiskSeverity;
  value: number;
  threshold: number;
  unit: RiskFlag['unit'];
  explanation: string;
}
