/**
 * The QBR API on a real demo workspace: a draft review, saving it, agenda and notes, improvement
 * actions across partners (owner, due date, status, mark done) and the start page's overview.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoringService } from '../../src/main/core/scoring/service/scoring-service';
import { exportWorld, type ExportWorld } from './export-fixtures';

let world: ExportWorld;
let ids: string[];

beforeAll(() => {
  world = exportWorld({ partners: 40, quarters: 5, seed: 4 });
  ids = (
    world.ws.sqlite.prepare('SELECT external_id AS id FROM partners ORDER BY id').all() as {
      id: string;
    }[]
  ).map((r) => r.id);
});
afterAll(() => world.close());

describe('QBR API', () => {
  it('drafts a review until it is saved, then keeps the saved highlights', async () => {
    const first = await world.api('qbr.get', { partner: ids[0]! });
    expect(first.review.id).toBeNull();
    expect(first.review.highlights).toEqual(first.draft);
    expect(first.review.agenda).toEqual(first.defaultAgenda);
    expect(first.scorecard.variant).toBe('internal');
    const period = first.review.periodKey;

    const saved = await world.api('qbr.save', {
      partner: ids[0]!,
      period,
      notes: 'Ask about the new practice.',
      meetingDate: '2026-10-15',
    });
    expect(saved.id).toBeGreaterThan(0);
    expect(saved.highlights).toEqual(first.draft);
    expect(saved.notes).toBe('Ask about the new practice.');

    const edited = await world.api('qbr.save', {
      partner: ids[0]!,
      period,
      agenda: ['Results', 'Actions'],
      highlights: [{ kind: 'note', text: 'Edited by hand.' }],
    });
    expect(edited.agenda).toEqual(['Results', 'Actions']);
    expect(edited.highlights).toEqual([{ kind: 'note', text: 'Edited by hand.', internal: false }]);
    expect(edited.meetingDate).toBe('2026-10-15');

    const again = await world.api('qbr.get', { partner: ids[0]!, period });
    expect(again.review.id).toBe(saved.id);
    expect(again.review.highlights).toEqual(edited.highlights);
    expect(again.draft.length).toBeGreaterThan(1);

    const overview = await world.api('qbr.overview', { search: '' });
    expect(overview.reviews.map((r) => r.partner.externalId)).toContain(ids[0]);
    expect(overview.periods.at(-1)!.key).toBe(overview.defaultPeriod);
  });

  it('keeps the scoring engine’s loaded data when QBR rows are written', async () => {
    const before = scoringService(world.ws).load().dataset;
    const period = (await world.api('qbr.get', { partner: ids[4]! })).review.periodKey;
    await world.api('qbr.save', { partner: ids[4]!, period, notes: 'x' });
    const action = await world.api('qbr.addAction', { partner: ids[4]!, title: 'Call' });
    await world.api('qbr.updateAction', { id: action.id, status: 'done' });
    await world.api('qbr.deleteAction', { id: action.id });
    expect(scoringService(world.ws).load().dataset).toBe(before);
  });

  it('refuses an unknown period or partner', async () => {
    await expect(
      world.api('qbr.save', { partner: ids[1]!, period: '1999-Q1' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(world.api('qbr.get', { partner: 'nobody' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      world.api('qbr.save', { partner: ids[1]!, period: '2026-Q1', meetingDate: '15/10/2026' }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('keeps improvement actions across partners: due first, mark done, filter by owner', async () => {
    const a = await world.api('qbr.addAction', {
      partner: ids[2]!,
      title: 'Certify two more engineers',
      owner: 'Dana Lee',
      dueDate: '2000-01-31',
      successCriterion: 'Certifications ≥ 4',
    });
    expect(a).toMatchObject({ status: 'open', overdue: true, completedAt: null });
    const b = await world.api('qbr.addAction', {
      partner: ids[3]!,
      title: 'Joint business plan',
      dueDate: '2099-06-30',
    });
    const c = await world.api('qbr.addAction', {
      partner: ids[3]!,
      title: 'No date yet',
      owner: 'Sam',
    });

    const open = await world.api('qbr.actions', {});
    expect(open.map((x) => x.id)).toEqual([a.id, b.id, c.id]);
    expect(open[0]!.partner.externalId).toBe(ids[2]);

    const done = await world.api('qbr.updateAction', { id: a.id, status: 'done' });
    expect(done.status).toBe('done');
    expect(done.completedAt).not.toBeNull();
    expect(done.overdue).toBe(false);
    expect((await world.api('qbr.actions', {})).map((x) => x.id)).toEqual([b.id, c.id]);
    expect((await world.api('qbr.actions', { status: 'done' })).map((x) => x.id)).toEqual([a.id]);
    expect(
      (await world.api('qbr.actions', { status: 'all', owner: 'dana' })).map((x) => x.id),
    ).toEqual([a.id]);
    expect(
      (await world.api('qbr.actions', { status: 'all', partner: ids[3]! })).map((x) => x.id),
    ).toEqual([b.id, c.id]);

    const reopened = await world.api('qbr.updateAction', {
      id: a.id,
      status: 'in_progress',
      dueDate: null,
    });
    expect(reopened).toMatchObject({ status: 'in_progress', completedAt: null, dueDate: null });

    await world.api('qbr.deleteAction', { id: c.id });
    await expect(world.api('qbr.updateAction', { id: c.id, title: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
