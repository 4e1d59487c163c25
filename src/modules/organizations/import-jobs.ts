import { newId } from '../../shared/ids.js';
import type { Locale } from '../../shared/i18n/messages.js';
import { translate } from '../../shared/i18n/messages.js';
import { describeRowError, type RowError } from './import.js';

// Import jobs run after the upload returns, so the console can show progress on large files.
// Jobs are kept in memory for an hour: they are a view of work in flight, not a record (the
// audit trail records what was imported).
export interface ImportJob {
  id: string;
  ownerId: string;
  status: 'validating' | 'writing' | 'done' | 'failed';
  total: number;
  done: number;
  created: number;
  errors: RowError[];
  failure?: { code: Parameters<typeof translate>[0]; params: Record<string, unknown> };
  finishedAt?: number;
}

const jobs = new Map<string, ImportJob>();
const KEEP_MS = 3600_000;

export function startJob(ownerId: string): ImportJob {
  const now = Date.now();
  for (const [id, j] of jobs) if (j.finishedAt && now - j.finishedAt > KEEP_MS) jobs.delete(id);
  const job: ImportJob = { id: newId(), ownerId, status: 'validating', total: 0, done: 0, created: 0, errors: [] };
  jobs.set(job.id, job);
  return job;
}

export function findJob(id: string): ImportJob | undefined {
  return jobs.get(id);
}

export function presentJob(job: ImportJob, locale: Locale) {
  return {
    id: job.id,
    status: job.status,
    total: job.total,
    done: job.done,
    created: job.created,
    errors: job.errors.slice(0, 1000).map((e) => describeRowError(e, locale)),
    errorCount: job.errors.length,
    message: job.failure ? translate(job.failure.code, locale, job.failure.params) : null,
  };
}
