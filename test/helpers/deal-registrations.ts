/**
 * A seeded deal-registration CSV of any size (written in 1 MiB pieces, never held whole), and the
 * mapping that imports it: one row per registration, partners created from the facts.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { ImportMappingInput } from '../../src/shared/api/import';

const STAGES = ['Submitted', 'Approved', 'Won', 'Lost'];

export function writeDealRegistrations(path: string, rows: number, partners = 5_000, seed = 7) {
  let s = seed;
  const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const fd = openSync(path, 'w');
  let buffer = 'deal_id,partner_id,registered_on,closed_on,stage,value\n';
  const day0 = Date.UTC(2023, 0, 1);
  for (let i = 0; i < rows; i++) {
    const registered = day0 + Math.floor(rnd() * 700) * 86_400_000;
    const closed = registered + Math.floor(rnd() * 90) * 86_400_000;
    const stage = STAGES[Math.floor(rnd() * STAGES.length)]!;
    const closedText = stage === 'Won' || stage === 'Lost' ? isoDay(closed) : '';
    buffer += `D${i},P${1 + Math.floor(rnd() * partners)},${isoDay(registered)},${closedText},${stage},${Math.round(rnd() * 100_000)}\n`;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  writeSync(fd, buffer);
  closeSync(fd);
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export const DEAL_MAPPING: ImportMappingInput = {
  files: [
    {
      kind: 'transactions',
      partner: 'partner_id',
      date: 'registered_on',
      uniqueKey: ['deal_id'],
      dealRegistration: {
        reference: 'deal_id',
        registeredOn: 'registered_on',
        closedOn: 'closed_on',
        status: 'stage',
        statusMap: { Submitted: 'submitted', Approved: 'approved', Won: 'won', Lost: 'lost' },
        value: 'value',
      },
      measures: [
        { measure: 'deal_regs_submitted', rule: 'count' },
        { measure: 'deal_reg_value', rule: 'sum', value: 'value' },
      ],
    },
  ],
  options: { grains: ['quarter'], unknownPartners: 'create' },
};
