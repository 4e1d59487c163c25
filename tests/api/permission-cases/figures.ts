import type { CaseModule } from './matrix.js';

// Figures routes (indicators, report forms, roll-ups, dashboards, narrative reports, briefings).
export const figuresCases: CaseModule = {
  cases: () => [],
};
