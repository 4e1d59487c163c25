// The queue's head: how many opinions wait for triage, and how many the first pass suggests for
// each wind (a chip filters the queue to them), with the keys' hint on wider screens.
import { Card, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category } from '../../shared/api-types';
import type { TriageCounts } from './triageApi';

export function QueueSummary({ counts, suggested, onSuggested, isPhone }: { counts: TriageCounts | null; suggested?: Category; onSuggested: (c: Category) => void; isPhone: boolean }) {
  const { t } = useTranslation();
  const untriaged = counts?.untriaged;
  return (
    <Card size="small" className="mb-12 tri-summary">
      <div className="tri-summary-row">
        <div className="tri-untriaged" aria-live="polite">
          {untriaged === undefined ? <Spin size="small" /> : t('triage.untriagedCount', { count: untriaged })}
        </div>
        {counts && (
          <div className="tri-winds">
            <ul aria-label={t('triage.bySuggested')}>
              {CATEGORIES.map((c) => (
                <li key={c}>
                  <button
                    type="button"
                    className={`tri-wind-chip${suggested === c ? ' tri-wind-chip-on' : ''}`}
                    aria-pressed={suggested === c}
                    onClick={() => onSuggested(c)}
                  >
                    {t('triage.bySuggestedItem', { wind: t(`category.${c}`), count: counts.bySuggested[c] ?? 0 })}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {!isPhone && <p className="tri-hint muted">{t('triage.keyboardHint')}</p>}
    </Card>
  );
}
