import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, onUnauthorized, request } from '../../shared/api';
import type { Me, MeResponse } from '../../shared/api-types';
import { navigate } from '../../shared/router';

type Status = 'loading' | 'in' | 'out';

interface AuthValue {
  status: Status;
  user: Me | null;
  /** Set after a successful login. */
  signedIn: (user: Me) => void;
  logout: () => Promise<void>;
  /** True once a 401 kicked the user out (the login page says so). */
  expired: boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    let live = true;
    request<MeResponse>('GET', '/api/auth/me', { quiet401: true }).then(
      (r) => {
        if (!live) return;
        setUser(r.user);
        setStatus('in');
      },
      () => {
        if (!live) return;
        setUser(null);
        setStatus('out');
      },
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(
    () =>
      onUnauthorized(() => {
        setUser(null);
        setStatus('out');
        setExpired(true);
        const here = window.location.pathname + window.location.search;
        if (window.location.pathname !== '/login') {
          navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true });
        }
      }),
    [],
  );

  const signedIn = useCallback((u: Me) => {
    setUser(u);
    setStatus('in');
    setExpired(false);
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } catch {
      // the session is dropped on our side either way
    }
    setUser(null);
    setStatus('out');
    navigate('/login', { replace: true });
  }, []);

  const value = useMemo(() => ({ status, user, signedIn, logout, expired }), [status, user, signedIn, logout, expired]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}

/** The signed-in user; only for components rendered inside the authenticated layout. */
export function useMe(): Me {
  const { user } = useAuth();
  if (!user) throw new Error('useMe without a user');
  return user;
}
