// The bar over the queue while opinions are selected (sticky below the app header): accept their
// suggestions, set a wind, a category or a unit, merge them into one cluster, or clear the selection.
import type { Ref } from 'react';
import { Button, Dropdown } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category } from '../../shared/api-types';

interface BulkBarProps {
  count: number;
  busy: boolean;
  barRef: Ref<HTMLDivElement>;
  onAccept: () => void;
  onWind: (wind: Category) => void;
  onCategory: () => void;
  onRoute: () => void;
  onMerge: () => void;
  onClear: () => void;
}

export function BulkBar(p: BulkBarProps) {
  const { t } = useTranslation();
  const windName = (w: Category) => t(`category.${w}`);
  return (
    <div className="tri-bulk" role="region" aria-label={t('triage.bulk.label')} ref={p.barRef}>
      <span className="tri-bulk-count" aria-live="polite">
        {t('triage.bulk.selected', { count: p.count })}
      </span>
      <Button size="small" type="primary" disabled={p.busy} onClick={p.onAccept}>
        {t('triage.bulk.accept')}
      </Button>
      <Dropdown trigger={['click']} menu={{ items: CATEGORIES.map((c, i) => ({ key: c, label: `${i + 1} ${windName(c)}` })), onClick: ({ key }) => p.onWind(key as Category) }}>
        <Button size="small" disabled={p.busy}>
          {t('triage.bulk.wind')} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      <Button size="small" disabled={p.busy} onClick={p.onCategory}>
        {t('triage.bulk.category')}
      </Button>
      <Button size="small" disabled={p.busy} onClick={p.onRoute}>
        {t('triage.bulk.route')}
      </Button>
      <Button size="small" disabled={p.busy || p.count < 2} onClick={p.onMerge}>
        {t('triage.bulk.merge')}
      </Button>
      <Button size="small" type="text" onClick={p.onClear}>
        {t('triage.bulk.clear')}
      </Button>
    </div>
  );
}
