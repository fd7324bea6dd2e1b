import type { Router } from 'express';
import { setPresence } from '../../staff/set-presence.ts';
import { staffTeams } from '../../tables.ts';
import { userOf } from '../auth.ts';
import type { ConsoleContext } from '../context.ts';
import { itemsFor } from '../read-items.ts';
import { body, PresenceBody } from '../schemas.ts';

/** GET /work (inbox and queue), PUT /me/presence, GET /directory (teams and agents, for transfers). */
export function mountWorkRoutes(router: Router, ctx: ConsoleContext): void {
  router.get('/work', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await itemsFor(ctx.db, userOf(res)));
  });

  router.put('/me/presence', async (req, res) => {
    const user = userOf(res);
    const { presence } = body(req, PresenceBody);
    await setPresence(ctx.db, ctx.bus, user, presence);
    res.json({ presence });
  });

  router.get('/directory', async (_req, res) => {
    const user = userOf(res);
    const teams = await ctx.db.select({ id: staffTeams.id, name: staffTeams.name, branch: staffTeams.branch }).from(staffTeams);
    const agents = (await ctx.directory.all())
      .filter((a) => a.role === 'agent' && (user.role === 'admin' || !user.branch || !a.branch || a.branch === user.branch))
      .map((a) => ({ id: a.id, displayName: a.displayName, presence: a.presence, teamIds: a.teamIds }));
    res.json({ teams, agents });
  });
}
