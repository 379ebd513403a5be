// How long an accepted change took to reach the other clients' live streams: for each accepted write and each
// listener but the writer's own, from the moment the write was sent (what a user waits for between a colleague's save
// and seeing it) and from the moment its answer came back (the stream's own lag behind the write).
import type { AcceptedWrite } from './editor';

export interface Arrivals {
  owner: string;
  arrivals: ReadonlyMap<number, number>;
}

export interface Delivery {
  fromSend: number[];
  afterAnswer: number[];
  /** (write, listener) pairs where the change never arrived. */
  missed: number;
}

export function deliveryDelays(accepted: readonly AcceptedWrite[], listeners: readonly Arrivals[]): Delivery {
  const delivery: Delivery = { fromSend: [], afterAnswer: [], missed: 0 };
  for (const write of accepted) {
    for (const listener of listeners) {
      if (listener.owner === write.by) continue;
      const at = listener.arrivals.get(write.seq);
      if (at === undefined) {
        delivery.missed++;
        continue;
      }
      delivery.fromSend.push(at - write.sentAt);
      delivery.afterAnswer.push(at - write.answeredAt);
    }
  }
  return delivery;
}
