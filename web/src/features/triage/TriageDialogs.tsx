// The triage queue's dialogs: shortcut help, choosing an organization's category, routing to a
// unit, and the cluster view listing every member of a near-duplicate cluster.
import { useState } from 'react';
import { Alert, Button, Drawer, Empty, Form, Grid, Modal, Select, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Id, IdName } from '../../shared/api-types';
import { formatDate } from '../../shared/format';
import { OrgSelect } from '../../shared/OrgSelect';
import { ErrorState } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { useSubmit } from '../../shared/useSubmit';
import { StatusTag } from '../opinions/OpinionTags';
import { Highlighted } from './Highlighted';
import { triageApi, type QueueItem } from './triageApi';

export const SHORTCUTS: { keys: string[]; what: 'down' | 'up' | 'accept' | 'wind' | 'category' | 'route' | 'merge' | 'split' | 'select' | 'detail' | 'cluster' | 'help' | 'escape' }[] = [
  { keys: ['j', '↓'], what: 'down' },
  { keys: ['k', '↑'], what: 'up' },
  { keys: ['Enter', 'a'], what: 'accept' },
  { keys: ['1', '2', '3', '4', '5'], what: 'wind' },
  { keys: ['c'], what: 'category' },
  { keys: ['r'], what: 'route' },
  { keys: ['m'], what: 'merge' },
  { keys: ['s'], what: 'split' },
  { keys: ['x'], what: 'select' },
  { keys: ['空格 / Space'], what: 'detail' },
  { keys: ['v'], what: 'cluster' },
  { keys: ['?'], what: 'help' },
  { keys: ['Esc'], what: 'escape' },
];

export function HelpModal({ open, onClose, afterClose }: { open: boolean; onClose: () => void; afterClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={open} onCancel={onClose} afterClose={afterClose} title={t('triage.help.title')} footer={<Button onClick={onClose}>{t('common.close')}</Button>}>
      <table className="tri-help">
        <thead>
          <tr>
            <th scope="col">{t('triage.help.key')}</th>
            <th scope="col">{t('triage.help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.what}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? ' / ' : ''}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(`triage.help.${s.what}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted mt-8">{t('triage.help.phone')}</p>
    </Modal>
  );
}

interface CategoryProps {
  open: boolean;
  /** Whose categories to offer: the unit of the (first) opinion. */
  unitId: Id | null;
  count: number;
  current: Id | null;
  bulk: boolean;
  onClose: () => void;
  afterClose: () => void;
  onChoose: (categoryId: Id | null, name: string | null) => Promise<void>;
}

const NONE = '__none__';

export function CategoryModal({ open, unitId, count, current, bulk, onClose, afterClose, onChoose }: CategoryProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | undefined>(undefined);
  const { busy, error, setError, run } = useSubmit();
  const list = useRequest((signal) => (open && unitId ? triageApi.categories(unitId, signal) : Promise.resolve({ items: [] })), [open, unitId]);
  const items = list.data?.items ?? [];
  const chosen = value ?? (current ?? (bulk ? undefined : NONE));
  const submit = () =>
    run(async () => {
      if (!chosen) return;
      const c = items.find((x) => x.id === chosen);
      await onChoose(chosen === NONE ? null : chosen, c?.name ?? null);
    });
  return (
    <Modal
      open={open}
      onCancel={onClose}
      afterClose={() => {
        setValue(undefined);
        setError(null);
        afterClose();
      }}
      title={bulk ? t('triage.categoryModal.titleBulk', { count }) : t('triage.categoryModal.title')}
      okText={t('triage.categoryModal.submit')}
      onOk={submit}
      okButtonProps={{ loading: busy, disabled: !chosen || items.length === 0 }}
      destroyOnHidden
    >
      {list.loading ? (
        <Spin />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : items.length === 0 ? (
        <Empty description={t('triage.categoryModal.empty')} />
      ) : (
        <Form layout="vertical" onFinish={submit}>
          <Form.Item label={t('triage.categoryModal.label')} htmlFor="tri-category">
            <Select
              id="tri-category"
              autoFocus
              defaultOpen
              showSearch={{ optionFilterProp: 'label' }}
              value={chosen}
              onChange={(v) => setValue(v)}
              options={[
                ...(bulk ? [] : [{ value: NONE, label: t('triage.categoryModal.none') }]),
                ...items.map((c) => ({
                  value: c.id,
                  label: `${c.name}${c.wind ? ` · ${t(`category.${c.wind}`)}` : ''}${c.inherited ? ` ${t('triage.categoryModal.inherited', { org: c.org.name })}` : ''}`,
                })),
              ]}
            />
          </Form.Item>
        </Form>
      )}
      {error && <Alert type="error" showIcon role="alert" title={error} />}
    </Modal>
  );
}

interface RouteProps {
  open: boolean;
  count: number;
  bulk: boolean;
  suggested: IdName | null;
  onClose: () => void;
  afterClose: () => void;
  onChoose: (orgId: Id, name: string) => Promise<void>;
}

export function RouteModal({ open, count, bulk, suggested, onClose, afterClose, onChoose }: RouteProps) {
  const { t } = useTranslation();
  const [org, setOrg] = useState<IdName | null>(null);
  const { busy, error, setError, run } = useSubmit();
  const chosen = org ?? suggested;
  const submit = () =>
    run(async () => {
      if (chosen) await onChoose(chosen.id, chosen.name);
    });
  return (
    <Modal
      open={open}
      onCancel={onClose}
      afterOpenChange={(o) => {
        if (o) document.getElementById('tri-route-org')?.focus();
      }}
      afterClose={() => {
        setOrg(null);
        setError(null);
        afterClose();
      }}
      title={bulk ? t('triage.routeModal.titleBulk', { count }) : t('triage.routeModal.title')}
      okText={t('triage.routeModal.submit')}
      onOk={submit}
      okButtonProps={{ loading: busy, disabled: !chosen }}
      destroyOnHidden
    >
      <Form layout="vertical" onFinish={submit}>
        <Form.Item label={t('triage.routeModal.label')} htmlFor="tri-route-org" extra={t('triage.routeModal.hint')}>
          <OrgSelect
            id="tri-route-org"
            value={chosen?.id ?? null}
            initial={chosen}
            activeOnly
            allowClear={false}
            onChange={(v, o) => setOrg(v && o ? { id: v, name: o.name } : null)}
          />
        </Form.Item>
        {suggested && !org && <p className="muted">{t('triage.routeModal.suggested', { name: suggested.name })}</p>}
      </Form>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
    </Modal>
  );
}

interface ClusterProps {
  campaignId: Id;
  clusterId: Id | null;
  currentId: Id | null;
  onClose: () => void;
  afterClose: () => void;
  onSplit: (item: QueueItem) => Promise<void>;
}

/** Every member of a cluster the caller may read, oldest first, with channel and day. */
export function ClusterDrawer({ campaignId, clusterId, currentId, onClose, afterClose, onSplit }: ClusterProps) {
  const { t } = useTranslation();
  const isPhone = !(Grid.useBreakpoint().md ?? true);
  const req = useRequest((signal) => (clusterId ? triageApi.cluster(campaignId, clusterId, signal) : Promise.resolve(undefined)), [campaignId, clusterId]);
  const { busy, error, run } = useSubmit();
  const items = req.data?.items ?? [];
  return (
    <Drawer
      open={!!clusterId}
      onClose={onClose}
      afterOpenChange={(o) => {
        if (!o) afterClose();
      }}
      size={isPhone ? '100%' : 600}
      title={t('triage.cluster.title')}
      destroyOnHidden
    >
      {req.error ? (
        <ErrorState error={req.error} onRetry={req.reload} />
      ) : (
        <Spin spinning={req.loading}>
          <p className="tri-cluster-summary" aria-live="polite">
            {t('triage.cluster.summary', { count: items.length })}
            <span className="muted"> · {t('triage.cluster.hiddenNote')}</span>
          </p>
          {error && <Alert type="error" showIcon role="alert" title={error} className="mb-12" />}
          <ol className="tri-cluster-list">
            {items.map((o) => (
              <li key={o.id} className={o.id === currentId ? 'tri-cluster-current' : undefined}>
                <div className="tri-meta">
                  <span>{formatDate(o.receivedOn)}</span>
                  <span className="tri-unit">{o.unit.name}</span>
                  <span>{t(`channel.${o.channel}`)}</span>
                  <StatusTag status={o.status} />
                  {o.id === currentId && <Tag className="tri-tag-current">{t('triage.cluster.current')}</Tag>}
                </div>
                <p className="tri-cluster-text">
                  <Highlighted text={o.body} terms={o.suggestion?.terms ?? []} />
                </p>
                {o.can.handle && items.length > 1 && (
                  <Button
                    size="small"
                    disabled={busy}
                    onClick={() =>
                      run(async () => {
                        await onSplit(o);
                        req.reload();
                      })
                    }
                  >
                    {t('triage.cluster.split')}
                    <span className="sr-only">{t('triage.item.colon')}{o.body.slice(0, 20)}</span>
                  </Button>
                )}
              </li>
            ))}
          </ol>
        </Spin>
      )}
    </Drawer>
  );
}
