const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { type: 'object' } } } });
const token = { name: 'token', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{32}$' }, description: 'The unguessable token of the link given in the chat.' };
const gone = { '404': problem('Unknown link, or the data was deleted.'), '410': problem('The link has expired (a browser gets a polite page instead).') };

/** OpenAPI 3.1 of the citizen's form links (/forms) and the staff route inside the console's API. */
export function buildFormsOpenApi(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Một Cửa – tờ khai điền sẵn', version: '1.0.0', description: 'Links the assistant gives after filling a form in the chat. Browsers (Accept: text/html) get pages; other clients JSON or problem+json.' },
    servers: [{ url: '/forms' }],
    paths: {
      '/files/{token}': { get: { summary: 'Download the pre-filled PDF', parameters: [token], responses: { '200': { description: 'The PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, ...gone } } },
      '/profile/{token}': {
        get: { summary: 'See the details saved for the next form', parameters: [token], responses: { '200': { description: 'The profile (JSON) or a page with a delete button (HTML)', content: { 'application/json': { schema: { type: 'object', properties: { profile: { type: 'object', additionalProperties: { type: 'string' } } } } } } }, ...gone } },
        delete: { summary: 'Delete the saved details, the PDFs made and every link', parameters: [token], responses: { '204': { description: 'Deleted' }, ...gone } },
      },
      '/profile/{token}/delete': { post: { summary: 'Delete (the page\'s form, without script)', parameters: [token], responses: { '200': { description: 'A page saying it is deleted' }, ...gone } } },
      '/console/api/v1/forms/profiles/{identity}': {
        get: {
          summary: 'A citizen\'s saved profile, for staff (supervisor or admin); every read is written to the access audit',
          servers: [{ url: '/' }],
          parameters: [
            { name: 'identity', in: 'path', required: true, schema: { type: 'string' }, description: 'channel:id, e.g. zalo:123 or web:conversation:<uuid>' },
            { name: 'reason', in: 'query', required: false, schema: { type: 'string', maxLength: 200 } },
          ],
          responses: { '200': { description: 'The profile' }, '401': problem('Not signed in'), '403': problem('Role too low'), '404': problem('No profile'), '422': problem('Malformed identity') },
        },
      },
    },
  };
}
