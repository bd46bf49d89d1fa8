/** The renderer's only way to the backend: typed calls over whichever transport is present. */
import type {
  EventMap,
  EventName,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { browserTransport, desktopTransport, takeToken, type Transport } from './transport';

export class ApiClient {
  readonly transport: Transport;

  constructor(transport: Transport) {
    this.transport = transport;
  }

  async call<K extends MethodName>(name: K, input: MethodInput<K>): Promise<MethodOutput<K>> {
    const result = await this.transport.invoke(name, input);
    if (!result.ok)
      throw new AppError(result.error.code, result.error.message, result.error.details);
    return result.value as MethodOutput<K>;
  }

  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
    return this.transport.on(event, listener as (payload: unknown) => void);
  }
}

function defaultTransport(): Transport {
  return window.partnerscope
    ? desktopTransport(window.partnerscope)
    : browserTransport(takeToken());
}

export const api = new ApiClient(defaultTransport());
