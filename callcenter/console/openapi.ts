import { componentSchemas } from '../../platform/http/openapi-schemas.ts';
import { AssignBody, BranchHoursBody, CannedReplyBody, ExportBody, LoginBody, NoteBody, PresenceBody, ReplyBody, RevealBody, TransferBody, WrapUpBody } from './schemas.ts';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { type: 'object' } } } });
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const errors = {
  '401': problem('Not signed in.'),
  '403': problem('Role or team does not allow it, or the CSRF token is missing.'),
  '404': problem('No such conversation.'),
  '409': problem('The conversation is no longer in a state that allows it.'),
  '422': problem('Invalid body.'),
};
const jsonBody = (bodyId: string) => ({ required: true, content: { 'application/json': { schema: ref(bodyId) } } });
const cannedId = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The canned reply id.' };
const branch = { name: 'branch', in: 'path', required: true, schema: { type: 'string', maxLength: 120 }, description: 'The branch name, URL-encoded (e.g. Ba%20%C4%90%C3%ACnh).' };
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The queue item (handoff) id.' };

function action(summary: string, bodyId?: string, role = 'agent') {
  return {
    parameters: [id],
    post: {
      summary,
      description: `Role: ${role} or above. Send the session's CSRF token as X-CSRF-Token.`,
      ...(bodyId ? { requestBody: { required: true, content: { 'application/json': { schema: ref(bodyId) } } } } : {}),
      responses: { '200': ok('Done'), ...errors },
    },
  };
}

/** The OpenAPI 3.1 description of /console/api/v1, from the zod schemas that validate requests. */
export function buildConsoleOpenApi(): Record<string, unknown> {
  const schemas = componentSchemas({ LoginBody, PresenceBody, ReplyBody, NoteBody, RevealBody, TransferBody, AssignBody, WrapUpBody, CannedReplyBody, BranchHoursBody, ExportBody });
  return {
    openapi: '3.1.0',
    info: { title: 'Một Cửa – API bàn làm việc tổng đài', version: '1.0.0', description: 'Staff sessions in an httpOnly cookie; writes need X-CSRF-Token.' },
    servers: [{ url: '/console/api/v1' }],
    components: { schemas, securitySchemes: { staffSession: { type: 'apiKey', in: 'cookie', name: 'mc_staff' } } },
    security: [{ staffSession: [] }],
    paths: {
      '/openapi.json': { get: { summary: 'This document', security: [], responses: { '200': ok('OpenAPI 3.1') } } },
      '/auth/login': { post: { summary: 'Sign in', security: [], requestBody: { required: true, content: { 'application/json': { schema: ref('LoginBody') } } }, responses: { '200': ok('Signed in; returns the user and the CSRF token'), '401': errors['401'], '429': problem('Too many attempts or account locked.') } } },
      '/auth/logout': { post: { summary: 'Sign out', responses: { '204': { description: 'Signed out' }, '401': errors['401'] } } },
      '/me': { get: { summary: 'The signed-in user and CSRF token', responses: { '200': ok('User'), '401': errors['401'] } } },
      '/me/presence': { put: { summary: 'Set presence', requestBody: { required: true, content: { 'application/json': { schema: ref('PresenceBody') } } }, responses: { '200': ok('Presence'), ...errors } } },
      '/work': { get: { summary: 'Inbox and visible queue', responses: { '200': ok('Items'), '401': errors['401'] } } },
      '/directory': { get: { summary: 'Teams and agents (transfer targets)', responses: { '200': ok('Directory'), '401': errors['401'] } } },
      '/events': { get: { summary: 'Server-sent events, filtered by role, team and branch', responses: { '200': { description: 'text/event-stream' }, '401': errors['401'] } } },
      '/conversations/{id}': { parameters: [id], get: { summary: 'A conversation, personal data masked', responses: { '200': ok('Conversation'), ...errors } } },
      '/conversations/{id}/reveal': action('Show personal data (audited)', 'RevealBody'),
      '/conversations/{id}/take': action('Accept an offer or pick from the queue'),
      '/conversations/{id}/decline': action('Decline an offer'),
      '/conversations/{id}/messages': action('Reply to the citizen', 'ReplyBody'),
      '/conversations/{id}/notes': action('Private note', 'NoteBody'),
      '/conversations/{id}/transfer': action('Transfer to a team or an agent, with a note', 'TransferBody'),
      '/conversations/{id}/end': action('End the chat (wrapping)'),
      '/conversations/{id}/wrap-up': action('Close with disposition and note', 'WrapUpBody'),
      '/conversations/{id}/skip-survey': {
        parameters: [id],
        post: {
          summary: 'Send no satisfaction survey when this conversation is closed ("Không gửi khảo sát"); body {}',
          description: "Role: the agent who has the conversation, or a supervisor or admin who sees it. Call before the wrap-up; idempotent. Send the session's CSRF token as X-CSRF-Token.",
          responses: { '204': { description: 'No survey will be sent for this conversation' }, ...errors, '409': problem('The conversation is already closed (its survey, if any, was sent).') },
        },
      },
      '/conversations/{id}/return-to-bot': action('Give the conversation back to the assistant'),
      '/conversations/{id}/assign': action('Assign or reassign', 'AssignBody', 'supervisor'),
      '/supervisor/overview': { get: { summary: 'Live queue and team figures, agents', description: 'Role: supervisor or above.', responses: { '200': ok('Overview'), ...errors } } },
      '/reports/daily': { get: { summary: 'Daily report', parameters: [{ name: 'date', in: 'query', schema: { type: 'string', format: 'date' } }], responses: { '200': ok('Report'), ...errors } } },
      '/conversations/{id}/typing': action('The agent who has the conversation is typing (the widget shows "Cán bộ đang nhập…"); body {}'),
      '/canned-replies': {
        get: { summary: 'Canned replies the user may use (agents: their teams\'), the teams they keep, and the variables', responses: { '200': ok('Replies, teams, variables'), '401': errors['401'] } },
        post: { summary: 'Add a canned reply to a team', description: 'Role: supervisor (teams of their branch) or admin.', requestBody: jsonBody('CannedReplyBody'), responses: { '201': ok('Created'), ...errors } },
      },
      '/canned-replies/{id}': {
        parameters: [cannedId],
        put: { summary: 'Change a canned reply', description: 'Role: supervisor (teams of their branch) or admin.', requestBody: jsonBody('CannedReplyBody'), responses: { '200': ok('Saved'), ...errors } },
        delete: { summary: 'Delete a canned reply', description: 'Role: supervisor (teams of their branch) or admin.', responses: { '204': { description: 'Deleted' }, ...errors } },
      },
      '/assist': {
        get: {
          summary: 'Agent assist: procedures matching a question, each with the official text it asks about and its citation',
          description: 'Role: agent or above.',
          parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: 300 } }],
          responses: { '200': ok('Results'), ...errors, '503': problem('The knowledge base is not connected.') },
        },
      },
      '/hours': { get: { summary: 'Opening hours per branch, and whether people answer now', description: 'Role: supervisor or above.', responses: { '200': ok('Hours'), ...errors } } },
      '/hours/{branch}': {
        parameters: [branch],
        put: { summary: 'Set a branch\'s hours (null: the default) or 24/7', description: 'Role: supervisor (own branch) or admin.', requestBody: jsonBody('BranchHoursBody'), responses: { '200': ok('Saved'), ...errors } },
      },
      '/exports': {
        post: {
          summary: 'Export conversations (personal data masked) or the daily report as CSV; the reason is written to the access audit first',
          description: 'Role: supervisor (their branch) or admin.',
          requestBody: jsonBody('ExportBody'),
          responses: { '200': { description: 'The CSV file (UTF-8 with BOM)', content: { 'text/csv': { schema: { type: 'string' } } } }, ...errors },
        },
      },
      '/admin/audit': { get: { summary: 'Access audit', description: 'Role: admin.', responses: { '200': ok('Entries'), ...errors } } },
    },
  };
}
