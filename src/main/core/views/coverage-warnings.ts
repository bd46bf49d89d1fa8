/** What a reader should know before trusting a partner's score: gaps, imputed values, short history. */
import type { CoverageWarning, PartnerProfile } from '../../../shared/api/views';
import type { PartnerExplanation } from '../../../shared/api/scoring-results';
import type { MethodologyDefinition } from '../../../shared/api/scoring-methodology';

const pct = (x: number) => `${Math.round(x * 100)} %`;
const round = (x: number) => x.toLocaleString('en-US', { maximumSignificantDigits: 4 });

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

export function coverageWarnings(
  e: PartnerExplanation,
  profile: PartnerProfile,
  definition: MethodologyDefinition,
  periodEnd: string,
): CoverageWarning[] {
  const out: CoverageWarning[] = [];
  const { policy, minCoverage } = definition.missingData;
  if (e.lowCoverage) {
    out.push({
      level: 'warning',
      text: `Only ${pct(e.coverage)} of the score's weight has data (the methodology asks for ${pct(minCoverage)}); the score rests on fewer KPIs than usual.`,
    });
  }
  const missing = e.kpis.filter((k) => k.raw === null || (k.score === null && !k.imputed));
  const byRule = e.kpis.filter((k) => k.imputation);
  if (byRule.length > 0) {
    const how = {
      peer_mean: 'peer-group mean',
      peer_median: 'peer-group median',
      previous_period: 'own previous period',
    };
    out.push({
      level: 'warning',
      text: `No data for ${byRule.map((k) => `${k.name} (imputed ${round(k.imputation!.value)} from the ${how[k.imputation!.method]})`).join(', ')} in ${e.period.label}.`,
    });
  }
  const treated = e.kpis.filter((k) => k.treatment);
  if (treated.length > 0) {
    out.push({
      level: 'info',
      text: `Outlier treatment: ${treated.map((k) => (k.treatment!.kind === 'winsorise' ? `${k.name} capped from ${round(k.treatment!.before)} to ${round(k.treatment!.after)}` : `${k.name} scored on its log scale`)).join(', ')}.`,
    });
  }
  const imputed = e.kpis.filter((k) => k.imputed && !k.imputation);
  if (imputed.length > 0) {
    out.push({
      level: 'warning',
      text: `No data for ${imputed.map((k) => k.name).join(', ')} in ${e.period.label}: scored with the peer-group median instead.`,
    });
  }
  const unscored = missing.filter((k) => !k.imputed);
  if (unscored.length > 0) {
    const how =
      policy === 'zero'
        ? 'scored 0'
        : policy === 'reweight'
          ? 'their weight went to the other KPIs'
          : 'left out';
    out.push({
      level: 'warning',
      text: `No data for ${unscored.map((k) => k.name).join(', ')} in ${e.period.label}: ${how}.`,
    });
  }
  const gaps = e.trend.periods.filter(
    (p, t) => p.composite === null && t < e.trend.periods.findIndex((x) => x.key === e.period.key),
  );
  if (gaps.length > 0) {
    out.push({
      level: 'info',
      text: `No score for ${gaps.map((p) => p.label).join(', ')} (not onboarded yet or no data).`,
    });
  }
  if (profile.onboardedOn && daysBetween(profile.onboardedOn, periodEnd) < 365) {
    out.push({
      level: 'info',
      text: `Onboarded on ${profile.onboardedOn}: a partner in its first year is still ramping up; read revenue KPIs with that in mind.`,
    });
  }
  if (profile.status !== 'active')
    out.push({ level: 'info', text: `The partner's status is “${profile.status}”.` });
  return out;
}
