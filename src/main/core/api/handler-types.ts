import type { MethodArgs, MethodName, MethodOutput } from '../../../shared/api';
import type { AppContext } from '../app/context';

export type Handler<K extends MethodName> = (
  args: MethodArgs<K>,
  ctx: AppContext,
) => MethodOutput<K> | Promise<MethodOutput<K>>;

/** A domain's handler map: exactly the methods of that domain, each with its typed signature. */
export type HandlerMap<K extends MethodName> = { [P in K]: Handler<P> };

export type Handlers = HandlerMap<MethodName>;
