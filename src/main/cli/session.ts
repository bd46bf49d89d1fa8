import { AppContext } from '../core/app/context';
import { defaultHomeDir } from '../core/app/home-dir';
import { call, createDispatcher, type Dispatch } from '../core/api/dispatcher';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api';
import type { CliIo } from './io';

/** An in-process backend for one CLI run: the same dispatcher the app uses. */
export class CliSession {
  readonly ctx = new AppContext(defaultHomeDir());
  readonly dispatch: Dispatch = createDispatcher(this.ctx);

  constructor(io?: CliIo) {
    if (io) {
      this.ctx.onEvent((event, payload) => {
        if (event !== 'progress') return;
        const p = payload as {
          label: string;
          done: number;
          total: number;
          rate?: number;
          finished?: boolean;
        };
        const pct = p.total > 0 ? Math.floor((100 * p.done) / p.total) : 0;
        const rate = p.rate ? `  ${Math.round(p.rate).toLocaleString('en-US')} rows/s` : '';
        io.status(p.finished ? '' : `${p.label} ${pct}%${rate}`);
      });
    }
  }

  call<K extends MethodName>(name: K, args: MethodInput<K>): Promise<MethodOutput<K>> {
    return call(this.dispatch, name, args);
  }

  close() {
    this.ctx.close();
  }
}
