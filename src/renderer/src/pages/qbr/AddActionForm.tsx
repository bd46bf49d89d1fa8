import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../api/client';
import { useAsyncAction } from '../../hooks/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

interface AddActionFormProps {
  partner: string;
  period: string;
}

interface Fields {
  title: string;
  owner: string;
  dueDate: string;
  successCriterion: string;
}

const EMPTY: Fields = { title: '', owner: '', dueDate: '', successCriterion: '' };

function clearSent(now: Fields, sent: Fields): Fields {
  const out = { ...now };
  for (const k of Object.keys(EMPTY) as (keyof Fields)[]) if (now[k] === sent[k]) out[k] = '';
  return out;
}

const add = (partner: string, period: string, f: Fields) =>
  api.call('qbr.addAction', {
    partner,
    period,
    title: f.title,
    owner: f.owner,
    dueDate: f.dueDate || null,
    successCriterion: f.successCriterion,
  });

/** Agree a new action: what, success criterion, owner and due date. */
export function AddActionForm({ partner, period }: AddActionFormProps) {
  const [fields, setFields] = useState<Fields>(EMPTY);
  const action = useAsyncAction(add);
  const set = (key: keyof Fields) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setFields((now) => ({ ...now, [key]: value }));
  };
  return (
    <form
      data-testid="add-action-form"
      onSubmit={(e) => {
        e.preventDefault();
        const sent = fields;
        void action.run(partner, period, sent).then((r) => {
          if (!r.ok) return;
          // Clear what was stored, but keep anything typed while it was being saved.
          // The actions table reads again by itself (the write's `qbr` topic).
          setFields((now) => clearSent(now, sent));
        });
      }}
    >
      <Group gap="xs" align="flex-end">
        <TextInput
          size="xs"
          style={{ flex: 2 }}
          label="Action"
          required
          value={fields.title}
          onChange={set('title')}
        />
        <TextInput
          size="xs"
          style={{ flex: 2 }}
          label="Success criterion"
          placeholder="e.g. Pipeline coverage 3×"
          value={fields.successCriterion}
          onChange={set('successCriterion')}
        />
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          label="Owner"
          value={fields.owner}
          onChange={set('owner')}
        />
        <TextInput
          size="xs"
          w={150}
          label="Due"
          type="date"
          value={fields.dueDate}
          onChange={set('dueDate')}
        />
        <Button size="xs" type="submit" loading={action.pending} disabled={!fields.title.trim()}>
          Add action
        </Button>
      </Group>
      {action.error && (
        <ApiErrorAlert
          error={action.error}
          context="Adding the action"
          onClose={action.clearError}
        />
      )}
    </form>
  );
}
