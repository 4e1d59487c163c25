// The triage queue's dialogs: shortcut help, choosing an organization's category, routing to a
// unit, the cluster view listing every member of a near-duplicate cluster, and the possible
// duplicates the first pass left in other clusters, to merge with a keystroke.
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { Alert, Button, Drawer, Empty, Form, Grid, Input, Modal, Select, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category, type Id, type IdName } from '../../shared/api-types';
import { formatDate } from '../../shared/format';
import { OrgSelect } from '../../shared/OrgSelect';
import { ErrorState } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { useSubmit } from '../../shared/useSubmit';
import { StatusTag } from '../opinions/OpinionTags';
import { orgApi } from '../organizations/orgApi';
import { Highlighted, markedTerms } from './Highlighted';
import { triageApi, type OpinionCategory, type QueueItem, type SimilarOpinion } from './triageApi';

export const SHORTCUTS: { keys: string[]; what: 'down' | 'up' | 'accept' | 'wind' | 'category' | 'route' | 'merge' | 'undoMerge' | 'split' | 'select' | 'detail' | 'cluster' | 'similar' | 'help' | 'escape' }[] = [
  { keys: ['j', '↓'], what: 'down' },
  { keys: ['k', '↑'], what: 'up' },
  { keys: ['Enter', 'a'], what: 'accept' },
  { keys: ['1', '2', '3', '4', '5'], what: 'wind' },
  { keys: ['c'], what: 'category' },
  { keys: ['r'], what: 'route' },
  { keys: ['m'], what: 'merge' },
  { keys: ['u'], what: 'undoMerge' },
  { keys: ['s'], what: 'split' },
  { keys: ['x'], what: 'select' },
  { keys: ['Space'], what: 'detail' },
  { keys: ['v'], what: 'cluster' },
  { keys: ['d'], what: 'similar' },
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
                    <kbd>{k === 'Space' ? t('triage.help.space') : k}</kbd>
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
  onChoose: (categoryId: Id | null, category: OpinionCategory | null) => Promise<void>;
}

const NONE = '__none__';

export function CategoryModal({ open, unitId, count, current, bulk, onClose, afterClose, onChoose }: CategoryProps) {
  const { t } = useTranslation();
  const isPhone = !(Grid.useBreakpoint().md ?? true);
  const [value, setValue] = useState<string | undefined>(undefined);
  /** The category just made here: it is chosen already, so the list stays closed. */
  const [created, setCreated] = useState<string | null>(null);
  const { busy, error, setError, run } = useSubmit();
  const list = useRequest((signal) => (open && unitId ? triageApi.categories(unitId, signal) : Promise.resolve({ items: [] })), [open, unitId]);
  const items = list.data?.items ?? [];
  const chosen = value ?? (current ?? (bulk ? undefined : NONE));
  const submit = () =>
    run(async () => {
      if (!chosen) return;
      const c = items.find((x) => x.id === chosen) ?? null;
      await onChoose(chosen === NONE ? null : chosen, c);
    });
  // Enter picks from the open list; with the list closed on a chosen value it confirms (the
  // Select would open its list again).
  const hint = [created ? t('triage.categoryModal.created', { name: created }) : '', isPhone ? '' : t('triage.categoryModal.enterHint')].filter(Boolean).join(' · ');
  const enterConfirms = (e: ReactKeyboardEvent) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || !chosen || busy) return;
    if (e.target instanceof HTMLElement && e.target.getAttribute('aria-expanded') === 'true') return;
    e.preventDefault();
    e.stopPropagation();
    void submit();
  };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      afterClose={() => {
        setValue(undefined);
        setCreated(null);
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
        <>
          <Empty description={t('triage.categoryModal.empty')} />
          {unitId && (
            <NewCategory
              unitId={unitId}
              onCreated={(c) => {
                setCreated(c.name);
                setValue(c.id);
                list.reload();
              }}
            />
          )}
        </>
      ) : (
        <Form layout="vertical" onFinish={submit} onKeyDownCapture={enterConfirms}>
          <Form.Item label={t('triage.categoryModal.label')} htmlFor="tri-category" extra={hint ? <span role="status">{hint}</span> : null}>
            <Select
              id="tri-category"
              autoFocus
              defaultOpen={!created}
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

/**
 * No category offered to the unit yet: make one there (the unit's campaign office may; the
 * server decides and its refusal is shown), to be chosen at once.
 */
function NewCategory({ unitId, onCreated }: { unitId: Id; onCreated: (c: OpinionCategory) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; wind?: Category }>();
  const unit = useRequest((signal) => orgApi.get(unitId, signal), [unitId]);
  const { busy, error, run } = useSubmit();
  if (!unit.data?.org.can.manage) return null;
  return (
    <section className="tri-new-category" aria-labelledby="tri-new-category-title">
      <h3 id="tri-new-category-title" className="tri-new-category-title">
        {t('triage.categoryModal.createTitle', { unit: unit.data.org.name })}
      </h3>
      <p className="muted">{t('triage.categoryModal.createHint')}</p>
      <Form
        form={form}
        name="tri-new-category"
        layout="vertical"
        onFinish={(v) =>
          run(async () => {
            const { category } = await triageApi.createCategory(unitId, { name: v.name.trim(), ...(v.wind ? { wind: v.wind } : {}) });
            onCreated(category);
          })
        }
      >
        <Form.Item name="name" label={t('triage.categoryModal.name')} rules={[{ required: true, whitespace: true, message: t('triage.categoryModal.nameRequired') }]}>
          <Input maxLength={50} autoFocus autoComplete="off" />
        </Form.Item>
        <Form.Item name="wind" label={t('triage.categoryModal.wind')}>
          <Select allowClear placeholder={t('triage.categoryModal.windNone')} options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
        </Form.Item>
        {error && <Alert type="error" showIcon role="alert" title={error} className="mb-12" />}
        <Button htmlType="submit" loading={busy}>
          {t('triage.categoryModal.create')}
        </Button>
      </Form>
    </section>
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
                <p className="tri-cluster-text" lang={o.lang}>
                  <Highlighted text={o.body} terms={markedTerms(o.suggestion)} />
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

interface SimilarProps {
  /** The opinion whose possible duplicates are shown (null: closed). */
  item: QueueItem | null;
  onClose: () => void;
  afterClose: () => void;
  /** Merges `other` with the current opinion into one cluster; the list is asked again after. */
  onMerge: (current: QueueItem, other: QueueItem) => Promise<void>;
}

/** How surely a suggestion reports the same issue, in words (1 is the first pass's own bar). */
const likelihood = (score: number): 'likely' | 'maybe' | 'weak' => (score >= 1 ? 'likely' : score >= 0.1 ? 'maybe' : 'weak');

/**
 * The opinions of other clusters that may report the same issue as the current one, closest
 * first: what the first pass left apart, for staff to merge with a click or the keys 1–5.
 */
export function SimilarDrawer({ item, onClose, afterClose, onMerge }: SimilarProps) {
  const { t } = useTranslation();
  const isPhone = !(Grid.useBreakpoint().md ?? true);
  const id = item?.id ?? null;
  const req = useRequest((signal) => (id ? triageApi.similar(id, signal) : Promise.resolve(undefined)), [id]);
  const { busy, error, setError, run } = useSubmit();
  const items: SimilarOpinion[] = req.data?.items ?? [];
  const canMerge = (o: QueueItem) => !!item?.can.handle && o.can.handle;
  const merge = (o: QueueItem) =>
    run(async () => {
      if (!item || !canMerge(o)) return;
      await onMerge(item, o);
      req.reload();
    });
  // 1–5 merge the suggestion of that number, while the drawer is open and no field has the keys.
  const latest = useRef({ items, merge, busy });
  latest.current = { items, merge, busy };
  useEffect(() => {
    if (!id) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing || latest.current.busy) return;
      const n = ['1', '2', '3', '4', '5'].indexOf(e.key);
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (n < 0 || target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const s = latest.current.items[n];
      if (!s) return;
      e.preventDefault();
      void latest.current.merge(s.item);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [id]);
  return (
    <Drawer
      open={!!item}
      onClose={onClose}
      afterOpenChange={(o) => {
        if (!o) {
          setError(null);
          afterClose();
        }
      }}
      size={isPhone ? '100%' : 600}
      title={t('triage.similar.title')}
      destroyOnHidden
    >
      {item && (
        <section className="tri-similar-current" aria-label={t('triage.similar.current')}>
          <div className="tri-meta">
            <Tag className="tri-tag-current">{t('triage.similar.current')}</Tag>
            <span>{formatDate(item.receivedOn)}</span>
            <span className="tri-unit">{item.unit.name}</span>
            <span>{t(`channel.${item.channel}`)}</span>
          </div>
          <p className="tri-cluster-text" lang={item.lang}>
            {item.body}
          </p>
        </section>
      )}
      {req.error ? (
        <ErrorState error={req.error} onRetry={req.reload} />
      ) : (
        <Spin spinning={req.loading}>
          <p className="tri-cluster-summary muted">
            {t('triage.similar.intro')}
            {!isPhone && items.some((s) => canMerge(s.item)) && <> {t('triage.similar.keyHint')}</>}
          </p>
          {error && <Alert type="error" showIcon role="alert" title={error} className="mb-12" />}
          {!req.loading && items.length === 0 ? (
            <Empty description={t('triage.similar.empty')} />
          ) : (
            <ol className="tri-cluster-list">
              {items.map(({ score, item: o }, n) => {
                const level = likelihood(score);
                return (
                  <li key={o.id}>
                    <div className="tri-meta">
                      <Tag className={`tri-similar-${level}`}>{t(`triage.similar.${level}`)}</Tag>
                      <span>{formatDate(o.receivedOn)}</span>
                      <span className="tri-unit">{o.unit.name}</span>
                      <span>{t(`channel.${o.channel}`)}</span>
                      <StatusTag status={o.status} />
                      {o.cluster.size > 1 && <span>{t('triage.similar.groupSize', { count: o.cluster.size })}</span>}
                      {o.masked && <Tag className="tri-masked">{t('triage.item.masked')}</Tag>}
                    </div>
                    <p className="tri-cluster-text" lang={o.lang}>
                      <Highlighted text={o.body} terms={markedTerms(o.suggestion)} />
                    </p>
                    {canMerge(o) && (
                      <Button size="small" disabled={busy} onClick={() => void merge(o)} aria-keyshortcuts={n < 5 ? String(n + 1) : undefined}>
                        {t('triage.similar.merge')}
                        {!isPhone && n < 5 && (
                          <kbd className="tri-kbd" aria-hidden>
                            {n + 1}
                          </kbd>
                        )}
                        <span className="sr-only">{t('triage.similar.mergeNamed', { text: o.body.slice(0, 20) })}</span>
                      </Button>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </Spin>
      )}
    </Drawer>
  );
}
