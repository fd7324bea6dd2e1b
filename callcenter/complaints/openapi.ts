import { componentSchemas } from '../../platform/http/openapi-schemas.ts';
import { AnswerInput } from './answer-complaint.ts';
import { AssignInput } from './assign-complaint.ts';
import { DeadlineInput } from './change-deadline.ts';
import { ClassifyInput } from './classify-complaint.ts';
import { FromConversation } from './conversation-filing.ts';
import { FileComplaintInput } from './file-complaint.ts';
import { RatingInput } from './rate-complaint.ts';
import { ReturnInput } from './return-complaint.ts';
import { RejectInput, WithdrawInput } from './withdraw-complaint.ts';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string) => ({ required: true, content: { 'application/json': { schema: ref(id) } } });
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { type: 'object' } } } });
const code = { name: 'code', in: 'path', required: true, schema: { type: 'string' }, description: 'The ticket code, e.g. PAKN-20270204-0001.' };
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const staff = (summary: string, body?: string, role = 'supervisor') => ({
  parameters: [id],
  post: { summary, description: `Console session; role ${role}. Sends X-CSRF-Token.`, ...(body ? { requestBody: json(body) } : {}), responses: { '200': ok('The ticket, personal data masked'), '403': problem('Not this user’s agency or branch'), '409': problem('Not allowed in the ticket’s state'), '422': problem('Invalid body') } },
});

/** OpenAPI 3.1 of the complaint endpoints: the public API (/api/v1/complaints) and the console's (/console/api/v1/complaints). */
export function buildComplaintOpenApi(): Record<string, unknown> {
  const schemas = componentSchemas({ FileComplaintInput, FromConversation, RatingInput, WithdrawInput, ClassifyInput, AssignInput, AnswerInput, ReturnInput, DeadlineInput, RejectInput });
  return {
    openapi: '3.1.0',
    info: { title: 'Một Cửa – Phản ánh, kiến nghị', version: '1.0.0', description: 'Filing, tracking and rating tickets; staff workflow. Public responses never contain personal data.' },
    servers: [{ url: '/' }],
    components: { schemas },
    paths: {
      '/api/v1/complaints/form-token': { get: { summary: 'A signed time token for one filing (send it as X-Form-Token after a few seconds)', responses: { '200': ok('{ formToken }') } } },
      '/api/v1/complaints': {
        post: {
          summary: 'File a ticket (idempotent by clientId); type to_cao is refused with guidance',
          parameters: [{ name: 'X-Form-Token', in: 'header', required: true, schema: { type: 'string' } }],
          requestBody: json('FileComplaintInput'),
          responses: { '201': ok('{ code, lookupCode, status, dueAt, trackingUrl }'), '200': ok('Already filed with this clientId'), '422': problem('Invalid, or the form token is missing, forged or too fresh'), '429': problem('Too many filings from this address (Retry-After)') },
        },
      },
      '/api/v1/complaints/{code}': { parameters: [code, { name: 'lookupCode', in: 'query', required: true, schema: { type: 'string' } }], get: { summary: 'Track a ticket: status, agency, deadline, answer, public timeline', responses: { '200': ok('Ticket'), '404': problem('Unknown code or wrong lookup code') } } },
      '/api/v1/complaints/{code}/rating': { parameters: [code], post: { summary: 'Rate the answer; Không hài lòng reopens with a new deadline', requestBody: json('RatingInput'), responses: { '200': ok('Ticket'), '404': problem('Not found'), '409': problem('Nothing to rate yet') } } },
      '/api/v1/complaints/{code}/withdraw': { parameters: [code], post: { summary: 'Withdraw a ticket', requestBody: json('WithdrawInput'), responses: { '200': ok('Ticket'), '404': problem('Not found'), '409': problem('Already finished') } } },
      '/phan-anh': { get: { summary: 'The public form (HTML, no JavaScript needed)', responses: { '200': { description: 'text/html' } } }, post: { summary: 'Form submission (application/x-www-form-urlencoded); 303 to the tracking page', responses: { '303': { description: 'Filed' }, '422': { description: 'Form again with errors' }, '429': problem('Too many filings') } } },
      '/phan-anh/tra-cuu': { get: { summary: 'Tracking page (ma, khoa query parameters)', responses: { '200': { description: 'text/html' }, '404': { description: 'Not found page' } } } },
      '/phan-anh/danh-gia': { post: { summary: 'Rating form submission; 303 to the tracking page', responses: { '303': { description: 'Rated' } } } },
      '/console/api/v1/complaints': { get: { summary: 'Tickets the user may see (view=open|due_today|overdue|drafts|all)', responses: { '200': ok('Tickets'), '403': problem('Agents do not list tickets') } }, post: { summary: 'File from a conversation or call (wrap-up "tạo phản ánh") on behalf of the citizen; channel and branch are the conversation\'s', description: 'Role: agent, supervisor or admin who may see the conversation in the console. Same clientId files once. Sends X-CSRF-Token.', requestBody: json('FromConversation'), responses: { '200': ok('Already filed with this clientId'), '201': ok('Ticket: id, code, lookupCode, status'), '403': problem('Agency officer, or a conversation outside the user\'s teams or branch'), '404': problem('No such conversation in the console'), '422': problem('Invalid body') } } },
      '/console/api/v1/complaints/{id}': { parameters: [id], get: { summary: 'A ticket with its timeline, personal data masked', responses: { '200': ok('Ticket'), '403': problem('Other agency or branch') } } },
      '/console/api/v1/complaints/{id}/reveal': staff('Show personal data (audited)', undefined, 'any that sees the ticket'),
      '/console/api/v1/complaints/{id}/classify': staff('Classify at intake (Decree 20/2008 art. 9)', 'ClassifyInput'),
      '/console/api/v1/complaints/{id}/assign': staff('Assign to an agency, department, officer', 'AssignInput'),
      '/console/api/v1/complaints/{id}/start': staff('Take the ticket (in progress)', undefined, 'agency_officer'),
      '/console/api/v1/complaints/{id}/answer': staff('Answer; the citizen is notified', 'AnswerInput', 'agency_officer or supervisor'),
      '/console/api/v1/complaints/{id}/return': staff('Return a misassigned ticket with the reason', 'ReturnInput', 'agency_officer'),
      '/console/api/v1/complaints/{id}/deadline': staff('Change the deadline with a reason', 'DeadlineInput'),
      '/console/api/v1/complaints/{id}/reject': staff('Reject with a reason', 'RejectInput'),
      '/console/api/v1/complaints/{id}/confirm': staff('Accept a draft from a dissatisfied survey'),
      '/console/api/v1/complaints/agencies': { get: { summary: 'The agencies tickets can be assigned to', responses: { '200': ok('Agencies') } } },
      '/console/api/v1/complaints/report': { get: { summary: 'Report by field, agency, channel or type (from, to, by)', responses: { '200': ok('Rows and total') } } },
      '/console/api/v1/complaints/report.csv': { get: { summary: 'The report as CSV (every download audited)', responses: { '200': { description: 'text/csv' } } } },
    },
  };
}
