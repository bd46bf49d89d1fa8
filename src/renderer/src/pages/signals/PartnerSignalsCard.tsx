/**
 * The partner's voice beside its KPIs: survey answers (CSAT mean on its scale, NPS from the 0–10
 * answers, comments) and field-visit notes for the period shown, with the previous periods'
 * CSAT and NPS for comparison. Used on the partner page and the QBR page.
 */
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PartnerSignalPeriod } from '../../../../shared/api';
import { formatCalendarDate } from '../../format/dates';
import { useApiQuery } from '../../hooks/use-api-query';

function csatText(p: PartnerSignalPeriod): string {
  if (p.csatMean === null) return '—';
  return p.csatScale === 5 ? `${p.csatMean.toFixed(1)} / 5` : `${Math.round(p.csatMean)} / 100`;
}

function npsText(p: PartnerSignalPeriod): string {
  return p.nps === null ? '—' : `${p.nps > 0 ? '+' : ''}${Math.round(p.nps)}`;
}

function npsColor(nps: number | null): string | undefined {
  if (nps === null) return undefined;
  return nps >= 30 ? 'teal' : nps < 0 ? 'red' : undefined;
}

export function PartnerSignalsCard({ partner, period }: { partner: string; period: string }) {
  const q = useApiQuery('signals.partner', { partner, upTo: period, periods: 4 });
  if (q.status === 'loading' || q.status === 'error') return null;
  const periods = q.data.periods;
  const current = periods.find((p) => p.period === period) ?? null;
  const earlier = periods.filter((p) => p.period !== period && p.responses > 0);
  const comments = current?.surveys.filter((s) => s.comment) ?? [];
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="partner-voice"
      data-testid="partner-signals"
    >
      <Group justify="space-between" align="baseline" mb={6}>
        <Title order={2} id="partner-voice">
          What does the partner tell us?
        </Title>
        <Text size="xs" c="dimmed">
          Survey answers and field visits, {period}
        </Text>
      </Group>
      {periods.length === 0 ? (
        <Text size="sm" c="dimmed">
          No survey answers or visit notes for this partner yet. Import them on the Data page
          (Survey results and field visits).
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <Stack gap={6}>
            <Group gap="lg">
              <div>
                <Text size="xs" c="dimmed">
                  CSAT
                </Text>
                <Text fw={700} data-testid="signals-csat">
                  {current ? csatText(current) : '—'}
                </Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  NPS
                </Text>
                <Text fw={700} c={npsColor(current?.nps ?? null)} data-testid="signals-nps">
                  {current ? npsText(current) : '—'}
                </Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  Answers
                </Text>
                <Text fw={700}>{current?.responses ?? 0}</Text>
              </div>
            </Group>
            {earlier.length > 0 && (
              <Text size="xs" c="dimmed">
                Before:{' '}
                {earlier
                  .map((p) => `${p.period} CSAT ${csatText(p)}, NPS ${npsText(p)}`)
                  .join(' · ')}
              </Text>
            )}
            {comments.length === 0 ? (
              <Text size="xs" c="dimmed">
                No comment this period.
              </Text>
            ) : (
              comments.slice(0, 6).map((s) => (
                <Text size="sm" key={s.id}>
                  “{s.comment}”{' '}
                  <Text span size="xs" c="dimmed">
                    — {s.respondent || 'respondent'}
                    {s.csat !== null ? `, CSAT ${s.csat}` : ''}
                    {s.nps !== null ? `, NPS answer ${s.nps}` : ''}
                  </Text>
                </Text>
              ))
            )}
          </Stack>
          <Stack gap={6}>
            <Text size="xs" c="dimmed">
              Field visits
            </Text>
            {(current?.visits.length ?? 0) === 0 ? (
              <Text size="xs" c="dimmed">
                No visit this period.
              </Text>
            ) : (
              current!.visits.map((v) => (
                <div key={v.id}>
                  <Group gap={6}>
                    <Badge size="xs" variant="light">
                      {v.date ? formatCalendarDate(v.date) : current!.period}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {v.visitor}
                    </Text>
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {v.notes}
                  </Text>
                </div>
              ))
            )}
          </Stack>
        </SimpleGrid>
      )}
    </Paper>
  );
}
