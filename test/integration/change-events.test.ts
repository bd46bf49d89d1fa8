/**
 * The contract's write declarations drive one `api.changed` event per successful write: the
 * dispatcher emits the method's declared topics, reads emit nothing, a failed write emits
 * nothing, and the topics of a settings save depend on what it changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  api as contract,
  METHOD_NAMES,
  PORTFOLIO_FACETS,
  WRITE_TOPICS,
  writtenTopics,
} from '../../src/shared/api';
import type { EventMap, PortfolioViewState } from '../../src/shared/api';
import { openDemoApi, rejects, type DemoApi } from '../helpers/demo-api';

const view: PortfolioViewState = {
  search: 'acme',
  filters: Object.fromEntries(PORTFOLIO_FACETS.map((f) => [f, []])) as never,
  sort: [],
  columns: null,
  brush: null,
};

let demo: DemoApi;
let changes: EventMap['api.changed'][];

beforeEach(() => {
  demo = openDemoApi({ partners: 40, quarters: 4, seed: 3 });
  changes = [];
  demo.ctx.onEvent((event, payload) => {
    if (event === 'api.changed') changes.push(payload as EventMap['api.changed']);
  });
});
afterEach(() => demo.close());

describe('api.changed', () => {
  it('follows a saved view and settings saves with their topics; reads say nothing', async () => {
    await demo.api('views.portfolio', {});
    await demo.api('workspace.overview', {});
    expect(changes).toEqual([]);

    await demo.api('views.saveView', { name: 'Mine', view });
    expect(changes).toEqual([{ method: 'views.saveView', topics: ['views'] }]);

    await demo.api('workspace.updateSettings', { name: 'Renamed' });
    expect(changes.at(-1)).toEqual({ method: 'workspace.updateSettings', topics: ['settings'] });

    await demo.api('workspace.updateSettings', { fiscalYearStartMonth: 4 });
    expect(changes.at(-1)).toEqual({
      method: 'workspace.updateSettings',
      topics: ['settings', 'data'],
    });
    expect(changes).toHaveLength(3);
  });

  it('emits nothing when the write fails', async () => {
    await rejects(demo.api('qbr.deleteAction', { id: 987654 }), 'NOT_FOUND');
    expect(changes).toEqual([]);
  });

  it('every method of the contract declares topics from the vocabulary, and writes are declared', () => {
    for (const name of METHOD_NAMES) {
      for (const t of writtenTopics(contract[name], {})) expect(WRITE_TOPICS).toContain(t);
    }
    const writing = METHOD_NAMES.filter((n) => writtenTopics(contract[n], {}).length > 0);
    // A method whose name says it writes must declare what.
    const verbs =
      /\.(save|add|update|delete|create|publish|import|commit|undo|set|move|discard)([A-Z]|$)/;
    for (const name of METHOD_NAMES.filter((n) => verbs.test(n))) {
      if (name === 'import.exportData') continue;
      expect(writing, name).toContain(name);
    }
  });
});
