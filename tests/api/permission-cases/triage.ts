import type { CaseModule } from './matrix.js';

// Triage routes (queue, clusters, categories, backlog runs).
export const triageCases: CaseModule = {
  cases: () => [],
};
