import { useEffect, useRef } from 'react';
import { floorEventTypes } from '../../../src/shared/events/event-types.ts';
import type { FloorEvent } from './types.ts';

/**
 * Follows a floor Server-Sent Events stream. `after` is the lastEventId of the view just loaded, so an event
 * between the load and the connection is not missed; after a drop, EventSource resends Last-Event-ID itself.
 * The stream opens once `after` is known and stays open while the url is the same.
 */
export function useFloorStream(
  url: string | null,
  after: number | undefined,
  onEvent: (event: FloorEvent) => void,
): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const ready = url !== null && after !== undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `after` only seeds the first connection.
  useEffect(() => {
    if (!ready || url === null) return;
    const separator = url.includes('?') ? '&' : '?';
    const source = new EventSource(`${url}${separator}after=${after}`);
    const listener = (message: MessageEvent<string>) => {
      try {
        handler.current(JSON.parse(message.data) as FloorEvent);
      } catch {
        // A malformed event is skipped; the next refetch brings the screen back in line.
      }
    };
    for (const type of floorEventTypes) source.addEventListener(type, listener as EventListener);
    return () => source.close();
  }, [url, ready]);
}

/** Coalesces bursts of events into one refetch (a busy hall sends several events a second). */
export function useDebounced(action: () => void, ms: number): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(action);
  latest.current = action;
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      latest.current();
    }, ms);
  };
}
