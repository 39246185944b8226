import { useState } from 'react';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';

export type CounterAction =
  | 'open'
  | 'close'
  | 'pause'
  | 'resume'
  | 'call-next'
  | 'call'
  | 'recall'
  | 'serve'
  | 'finish'
  | 'no-show'
  | 'return'
  | 'transfer';

/** Runs one console action at a time; a refusal is kept to show until the next action. */
export function useCounterActions(counterId: string, after: () => Promise<unknown>) {
  const errorText = useErrorText();
  const [busy, setBusy] = useState<CounterAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: CounterAction, body?: unknown): Promise<boolean> => {
    if (busy) return false;
    setBusy(action);
    setError(null);
    try {
      await api(`/api/floor/counters/${counterId}/${action}`, { method: 'POST', body: body ?? {} });
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      await after();
      setBusy(null);
    }
  };
  return { run, busy, error, clearError: () => setError(null) };
}
