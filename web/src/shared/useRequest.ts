import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbort } from './api';

export interface RequestState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (updater: (prev: T | undefined) => T | undefined) => void;
}

/** Runs `fn` whenever `deps` change (aborting the previous run) and exposes data / error / loading. */
export function useRequest<T>(fn: (signal: AbortSignal) => Promise<T>, deps: unknown[]): RequestState<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const fnRef = useRef(fn);
  fnRef.current = fn;

  useEffect(() => {
    const ctrl = new AbortController();
    setLoading(true);
    setError(undefined);
    fnRef.current(ctrl.signal).then(
      (d) => {
        if (ctrl.signal.aborted) return;
        setDataState(d);
        setLoading(false);
      },
      (e: unknown) => {
        if (ctrl.signal.aborted || isAbort(e)) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const setData = useCallback((u: (prev: T | undefined) => T | undefined) => setDataState(u), []);
  return { data, error, loading, reload, setData };
}
