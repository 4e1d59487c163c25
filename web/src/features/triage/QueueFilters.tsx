// The filter bar: state (untriaged, triaged, all), the first pass's wind, the confirmed wind and
// the unit (with its subtree). A change sends the keys back to the queue once the list is in.
import { Button, Card, Col, Form, Row, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../../shared/api-types';
import { OrgSelect } from '../../shared/OrgSelect';
import { QUEUE_STATES, type QueueState } from './triageApi';
import type { Filters } from './useTriageQueue';

export function QueueFilters({ filters, onChange, onReset }: { filters: Filters; onChange: (patch: Partial<Filters>) => void; onReset: () => void }) {
  const { t } = useTranslation();
  const windOptions = CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }));
  return (
    <Card size="small" className="mb-12">
      <h2 className="sr-only">{t('triage.filters.title')}</h2>
      <Form layout="vertical" className="tri-filters">
        <Row gutter={12}>
          <Col xs={24} sm={24} lg={8}>
            <Form.Item label={t('triage.filters.state')} htmlFor="tri-state">
              <Segmented<QueueState>
                id="tri-state"
                aria-label={t('triage.filters.state')}
                block
                value={filters.state}
                onChange={(v) => onChange({ state: v })}
                options={QUEUE_STATES.map((s) => ({ value: s, label: t(`triage.states.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8} lg={4}>
            <Form.Item label={t('triage.filters.suggested')} htmlFor="tri-suggested">
              <Select id="tri-suggested" allowClear placeholder={t('triage.filters.all')} value={filters.suggested} onChange={(v) => onChange({ suggested: v })} options={windOptions} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8} lg={4}>
            <Form.Item label={t('triage.filters.wind')} htmlFor="tri-wind">
              <Select id="tri-wind" allowClear placeholder={t('triage.filters.all')} value={filters.wind} onChange={(v) => onChange({ wind: v })} options={windOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8} lg={6}>
            <Form.Item label={t('triage.filters.unit')} htmlFor="tri-unit">
              <OrgSelect id="tri-unit" value={filters.orgId ?? null} onChange={(v) => onChange({ orgId: v ?? undefined })} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={24} lg={2}>
            <div className="tri-filter-actions">
              <Button onClick={onReset}>{t('triage.filters.reset')}</Button>
            </div>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
