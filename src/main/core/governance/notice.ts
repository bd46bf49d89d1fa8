/**
 * The partner-facing notice of a program change, drafted from what changes (never from the
 * impact assessment: no partner's name, tier move or figure appears in it). The user edits it
 * before sending; the edited text is kept beside this draft.
 */
import type { MethodologyDefinition } from '../../../shared/api/scoring-methodology';

export interface NoticeInput {
  title: string;
  methodologyName: string;
  /** The readable diff lines (weights, thresholds, normalisation…). */
  changes: string[];
  before: MethodologyDefinition;
  after: MethodologyDefinition;
  /** When the change takes effect (the decision window's close, or the approval date). */
  effectiveOn: string;
}

function longDate(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function tierLines(before: MethodologyDefinition, after: MethodologyDefinition): string[] {
  const old = new Map(before.tiers.map((t) => [t.name, t.minScore]));
  return after.tiers.map((t) => {
    const was = old.get(t.name);
    return was === undefined || was === t.minScore
      ? `- ${t.name}: a score of ${t.minScore} or more${was === undefined ? ' (new tier)' : ' (unchanged)'}`
      : `- ${t.name}: a score of ${t.minScore} or more (was ${was})`;
  });
}

export function draftNotice(n: NoticeInput): string {
  const thresholdsMoved = n.before.tiers.some(
    (t) => n.after.tiers.find((x) => x.name === t.name)?.minScore !== t.minScore,
  );
  const lines = [
    `Subject: ${n.title} — changes to the partner program scoring`,
    '',
    'Dear partner,',
    '',
    `From ${longDate(n.effectiveOn)}, we will score partner performance with an updated version of our "${n.methodologyName}" methodology. We are telling you in advance so that you can see how it concerns your business and plan with us.`,
    '',
    'What changes:',
    ...(n.changes.length > 0
      ? n.changes.map((c) => `- ${c}`)
      : ['- No change to how scores are calculated.']),
  ];
  if (thresholdsMoved) {
    lines.push('', 'Tier thresholds from then on:', ...tierLines(n.before, n.after));
  }
  lines.push(
    '',
    'What this means for you: your score and tier will be calculated with the updated methodology from the next scoring period. Your partner manager will go through your own scorecard with you at your next business review, including what it takes to reach the next tier.',
    '',
    'If you have questions, or think a figure on your scorecard is wrong, please contact your partner manager.',
    '',
    'Kind regards,',
    'The partner program team',
  );
  return lines.join('\n');
}
