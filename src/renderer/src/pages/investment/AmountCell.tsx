/**
 * A partner's amount, editable: type a new amount and press Enter to set it by hand (the other
 * unlocked partners absorb the difference, so the plan's total stays); Escape cancels; the lock
 * button gives the amount back to the criterion.
 */
import { ActionIcon, Group, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { LockIcon } from '../what-if/LockIcon';
import { cents, parseMoney } from './money';
import { usePlanDraft } from './plan-draft-store';

export function AmountCell({
  partnerId,
  name,
  amountCents,
  locked,
  currency,
}: {
  partnerId: number;
  name: string;
  amountCents: number;
  locked: boolean;
  currency: string;
}) {
  const lock = usePlanDraft((s) => s.lock);
  const unlock = usePlanDraft((s) => s.unlock);
  const [text, setText] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  if (text !== null) {
    return (
      <TextInput
        size="xs"
        w={130}
        autoFocus
        aria-label={`Amount for ${name}`}
        value={text}
        error={invalid}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setInvalid(false);
        }}
        onBlur={() => setText(null)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setText(null);
          if (e.key === 'Enter') {
            const c = parseMoney(text);
            if (c === null) return setInvalid(true);
            lock(partnerId, c);
            setText(null);
          }
        }}
      />
    );
  }
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Tooltip label="Click to set the amount by hand">
        <UnstyledButton
          aria-label={`Edit amount for ${name}`}
          onClick={() => setText((amountCents / 100).toFixed(2))}
          style={{ fontVariantNumeric: 'tabular-nums', fontWeight: locked ? 600 : undefined }}
        >
          {cents(amountCents, currency)}
        </UnstyledButton>
      </Tooltip>
      {locked && (
        <Tooltip label="Set by hand: click to give it back to the criterion">
          <ActionIcon
            size="xs"
            variant="subtle"
            aria-label={`Unlock ${name}`}
            onClick={() => unlock(partnerId)}
          >
            <LockIcon locked />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
