import { hostileCases } from './generate.ts';
import { RAW_REQUESTS, sendRaw } from './raw-socket.ts';
import { sendCase } from './send-case.ts';
import type { HostileEndpoint } from './types.ts';

export interface EndpointReport {
  endpoint: string;
  cases: number;
  /** Cases fetch refused to send (invalid header values): never reached the server. */
  unsendable: number;
  byStatus: Record<string, number>;
  serverErrors: number;
  violations: string[];
}

/** Runs `budget` hostile cases against each endpoint, then checks the process still answers. */
export async function runHostileSuite(base: string, endpoints: readonly HostileEndpoint[], budget: number, seed = 20261202): Promise<EndpointReport[]> {
  const reports: EndpointReport[] = [];
  for (const endpoint of endpoints) {
    const valid = await endpoint.prepare(base);
    const report: EndpointReport = { endpoint: endpoint.name, cases: 0, unsendable: 0, byStatus: {}, serverErrors: 0, violations: [] };
    for (const c of hostileCases(endpoint, valid, budget, seed)) {
      const outcome = await sendCase(base, c, endpoint.stream);
      if (!outcome) {
        report.unsendable++;
        continue;
      }
      report.cases++;
      const bucket = outcome.status === 0 ? 'none' : `${String(outcome.status)[0]}xx`;
      report.byStatus[bucket] = (report.byStatus[bucket] ?? 0) + 1;
      if (outcome.status >= 500 || outcome.status === 0) report.serverErrors++;
      for (const v of outcome.violations) if (report.violations.length < 10) report.violations.push(`${c.kind} ${c.method} ${c.path.slice(0, 120)} → ${v}`);
    }
    const health = await fetch(`${base}/healthz`).then((r) => r.status, () => 0);
    if (health !== 200) report.violations.push(`process unhealthy after the batch (healthz ${health})`);
    reports.push(report);
  }
  return reports;
}

/** The raw-socket corpus: every request answered with a 4xx (or closed), and the process still healthy. */
export async function runRawSocketCases(base: string): Promise<EndpointReport> {
  const port = Number(new URL(base).port);
  const report: EndpointReport = { endpoint: 'raw socket', cases: 0, unsendable: 0, byStatus: {}, serverErrors: 0, violations: [] };
  for (const request of RAW_REQUESTS) {
    const { status, text } = await sendRaw(port, request);
    report.cases++;
    const bucket = status === 0 ? 'closed' : `${String(status)[0]}xx`;
    report.byStatus[bucket] = (report.byStatus[bucket] ?? 0) + 1;
    if (status >= 500) {
      report.serverErrors++;
      report.violations.push(`${JSON.stringify(request.slice(0, 60))} → ${status}`);
    }
    if (status >= 400 && !/content-type: application\/problem\+json/i.test(text)) report.violations.push(`${JSON.stringify(request.slice(0, 60))} → ${status} without problem+json`);
  }
  const health = await fetch(`${base}/healthz`).then((r) => r.status, () => 0);
  if (health !== 200) report.violations.push(`process unhealthy after raw requests (healthz ${health})`);
  return report;
}

export function formatReports(reports: readonly EndpointReport[]): string {
  const rows = reports.map((r) => {
    const statuses = Object.entries(r.byStatus).sort().map(([k, v]) => `${k} ${v}`).join(', ');
    return `| ${r.endpoint} | ${r.cases} | ${statuses} | ${r.serverErrors} | ${r.violations.length} |`;
  });
  return ['| endpoint | cases | responses | 5xx | violations |', '|---|---:|---|---:|---:|', ...rows].join('\n');
}
