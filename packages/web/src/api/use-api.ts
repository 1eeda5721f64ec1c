import { useCallback, useEffect, useState } from 'react';
import type { EndpointName } from '@yorisoi/shared';
import { call, type CallArgs, type CallResult } from './client.ts';
import { toUiError, type UiError } from './errors.ts';

interface DataState<T> {
  key: string;
  data?: T;
  error?: UiError;
}

export interface ApiData<T> {
  data: T | undefined;
  error: UiError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads one endpoint and reloads when its input changes. The input is compared by value,
 * so callers may pass a fresh object literal on every render.
 */
export function useApiData<N extends EndpointName>(
  name: N,
  ...args: CallArgs<N>
): ApiData<CallResult<N>> {
  const [generation, setGeneration] = useState(0);
  const key = `${generation}:${JSON.stringify(args[0] ?? null)}`;
  const [state, setState] = useState<DataState<CallResult<N>>>({ key: '' });

  useEffect(() => {
    let cancelled = false;
    const input = JSON.parse(key.slice(key.indexOf(':') + 1)) as CallArgs<N>[0] | null;
    const callArgs = (input ? [input] : []) as CallArgs<N>;
    call(name, ...callArgs).then(
      (data) => {
        if (!cancelled) setState({ key, data });
      },
      (error: unknown) => {
        if (!cancelled) setState({ key, error: toUiError(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [name, key]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const current = state.key === key;
  return {
    // Keep showing the previous data while reloading, so tables do not flicker.
    data: state.data,
    error: current ? state.error : undefined,
    loading: !current,
    reload,
  };
}

export interface Action {
  pending: boolean;
  error: UiError | null;
  /** Runs the operation; resolves to its result, or undefined when it failed (error is set). */
  run: <T>(operation: () => Promise<T>) => Promise<T | undefined>;
  clear: () => void;
}

/** State for a button or form that calls the API: pending flag and the last error. */
export function useAction(): Action {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<UiError | null>(null);

  const run = useCallback(async <T>(operation: () => Promise<T>): Promise<T | undefined> => {
    setPending(true);
    setError(null);
    try {
      return await operation();
    } catch (caught) {
      setError(toUiError(caught));
      return undefined;
    } finally {
      setPending(false);
    }
  }, []);

  const clear = useCallback(() => setError(null), []);
  return { pending, error, run, clear };
}
