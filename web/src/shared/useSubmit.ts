import { useCallback, useState } from 'react';
import { errorMessage } from './api';

/**
 * The state every form shares while it talks to the server: busy while a request runs, and the
 * server's message (already in the user's language) when it refuses.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
