// Who is signed in: the session from GET /api/v1/session, its CSRF token, and the user's saved language. A 401
// on any later request (expired session) signs the browser out.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, callVoid, onUnauthenticated, setCsrfToken } from './api/client';
import { toProblem } from './api/problem';
import type { BodyOf, Locale, Me, Role, Session } from './api/types';
import { rememberLocale } from './locale';

export type LoginInput = BodyOf<'/api/v1/session', 'post'>;

type AuthState =
  | { status: 'loading'; user: null }
  /** `wasExplicit`: the user signed out (rather than the session expiring), so no page to return to. */
  | { status: 'signed-out'; user: null; wasExplicit: boolean }
  | { status: 'signed-in'; user: Me };

export type Auth = AuthState & {
  login: (input: LoginInput) => Promise<Me>;
  logout: () => Promise<void>;
  /** Replace the current user after a PATCH /me (or any change that returns Me). */
  setUser: (user: Me) => void;
  refresh: () => Promise<void>;
  changeLocale: (locale: Locale) => Promise<void>;
};

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [state, setState] = useState<AuthState>({ status: 'loading', user: null });
  // A language picked on the sign-in page is what this person wants: it is saved to the account at sign-in.
  const chosenBeforeLogin = useRef<Locale | null>(null);

  // Bumped at every change of language here: a session read that began before one must not put the old one back.
  const localeChanges = useRef(0);

  const applySession = useCallback(
    (session: Session, changesWhenRead = localeChanges.current) => {
      setCsrfToken(session.csrfToken);
      const isStale = changesWhenRead !== localeChanges.current;
      const user = isStale ? { ...session.user, locale: (i18n.resolvedLanguage ?? session.user.locale) as Locale } : session.user;
      setState({ status: 'signed-in', user });
      rememberLocale(user.locale);
      if (i18n.resolvedLanguage !== user.locale) void i18n.changeLanguage(user.locale);
    },
    [i18n],
  );

  const signOutLocally = useCallback((wasExplicit = false) => {
    setCsrfToken(null);
    setState({ status: 'signed-out', user: null, wasExplicit });
  }, []);

  const refresh = useCallback(async () => {
    const changesWhenRead = localeChanges.current;
    try {
      applySession(await call(api.GET('/api/v1/session')), changesWhenRead);
    } catch (error) {
      const problem = toProblem(error);
      if (problem.status === 401) signOutLocally();
      else throw problem;
    }
  }, [applySession, signOutLocally]);

  useEffect(() => {
    refresh().catch(() => signOutLocally());
    return onUnauthenticated(() => signOutLocally());
  }, [refresh, signOutLocally]);

  const login = useCallback(
    async (input: LoginInput) => {
      const session = await call(api.POST('/api/v1/session', { body: input }));
      setCsrfToken(session.csrfToken);
      const chosen = chosenBeforeLogin.current;
      chosenBeforeLogin.current = null;
      let user = session.user;
      if (chosen && chosen !== user.locale) {
        user = await call(api.PATCH('/api/v1/me', { body: { locale: chosen } })).catch(() => user);
      }
      applySession({ ...session, user });
      return user;
    },
    [applySession],
  );

  const logout = useCallback(async () => {
    try {
      await callVoid(api.DELETE('/api/v1/session'));
    } finally {
      signOutLocally(true);
    }
  }, [signOutLocally]);

  const setUser = useCallback((user: Me) => setState({ status: 'signed-in', user }), []);

  const changeLocale = useCallback(
    async (locale: Locale) => {
      localeChanges.current += 1;
      rememberLocale(locale);
      await i18n.changeLanguage(locale);
      if (state.status !== 'signed-in') chosenBeforeLogin.current = locale;
      else if (state.user.locale !== locale) {
        setUser(await call(api.PATCH('/api/v1/me', { body: { locale } })));
        // Whatever answered meanwhile, the language is the one just chosen.
        if (i18n.resolvedLanguage !== locale) await i18n.changeLanguage(locale);
      }
    },
    [i18n, setUser, state],
  );

  const value = useMemo<Auth>(
    () => ({ ...state, login, logout, setUser, refresh, changeLocale }),
    [state, login, logout, setUser, refresh, changeLocale],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The signed-in user; only for pages rendered behind the sign-in guard. */
export function useMe(): Me {
  const auth = useAuth();
  if (auth.status !== 'signed-in') throw new Error('useMe while signed out');
  return auth.user;
}

export function hasAnyRole(user: Pick<Me, 'roles'>, ...roles: Role[]): boolean {
  return user.roles.some((r) => roles.includes(r));
}
