import type { Request, RequestHandler, Response, Router } from 'express';
import { AppError } from '../../platform/http/errors.ts';
import { checkCsrf, clearSessionCookie, createAttemptLimiter, readSessionCookie, writeSessionCookie } from '../../platform/http/session.ts';
import type { Db } from '../../platform/db/client.ts';
import { logIn } from '../staff/log-in.ts';
import type { StaffUser } from '../staff/roles.ts';
import type { SessionStore } from '../staff/session-store.ts';
import type { StaffDirectory } from '../staff/staff-directory.ts';
import { body, LoginBody } from './schemas.ts';

const COOKIE_PATH = '/console';

export interface AuthDeps {
  db: Db;
  sessions: SessionStore;
  directory: StaffDirectory;
}

/** The signed-in user of a request that passed `authenticate`. */
export function userOf(res: Response): StaffUser {
  const user = (res.locals as { user?: StaffUser }).user;
  if (!user) throw new AppError('unauthorized', 'Vui lòng đăng nhập.');
  return user;
}

/** Loads the session from its cookie (401 without one) and checks CSRF on every write. */
export function authenticate(deps: AuthDeps): RequestHandler {
  return async (req, res, next) => {
    const token = readSessionCookie(req);
    const session = token ? await deps.sessions.find(token) : null;
    if (!session) throw new AppError('unauthorized', 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.');
    const user = await deps.directory.byId(session.userId);
    if (!user) throw new AppError('unauthorized', 'Tài khoản không còn hoạt động.');
    checkCsrf(req, session.csrfToken);
    Object.assign(res.locals, { user, csrfToken: session.csrfToken, sessionToken: token });
    next();
  };
}

const publicUser = (user: StaffUser) => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  branch: user.branch,
  skills: user.skills,
  teamIds: user.teamIds,
  maxChats: user.maxChats,
  presence: user.presence,
});

/** POST /auth/login (rate-limited per address and per email, with account lockout), POST /auth/logout, GET /me. */
export function mountAuthRoutes(router: Router, deps: AuthDeps, requireUser: RequestHandler): void {
  const perAddress = createAttemptLimiter(20, 60_000);
  const perEmail = createAttemptLimiter(10, 60_000);
  router.post('/auth/login', async (req: Request, res: Response) => {
    perAddress.hit(req.ip ?? 'unknown');
    const { email, password } = body(req, LoginBody);
    perEmail.hit(email.toLowerCase());
    const userId = await logIn(deps.db, deps.directory, email, password);
    const session = await deps.sessions.create(userId);
    writeSessionCookie(req, res, session.token, session.maxAgeSeconds, COOKIE_PATH);
    const user = await deps.directory.byId(userId);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ user: publicUser(user!), csrfToken: session.csrfToken });
  });
  router.post('/auth/logout', requireUser, async (req, res) => {
    await deps.sessions.destroy((res.locals as { sessionToken: string }).sessionToken);
    clearSessionCookie(req, res, COOKIE_PATH);
    res.status(204).end();
  });
  router.get('/me', requireUser, (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ user: publicUser(userOf(res)), csrfToken: (res.locals as { csrfToken: string }).csrfToken });
  });
}
