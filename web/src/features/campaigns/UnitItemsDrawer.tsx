import { useEffect, useState } from 'react';
import { Alert, App, Button, Drawer, Empty, Flex, Grid, Input, Radio, Tag, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/api';
import { ITEM_STATUSES, type Id, type ItemStatus, type MatrixAction, type UnitItem } from '../../shared/api-types';
import { formatDateTime } from '../../shared/format';
import { ErrorState, Loading } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { campaignApi } from './campaignApi';
import { PHASE_COLORS } from './labels';

const STATUS_COLORS: Record<ItemStatus, string> = { not_started: '#595959', in_progress: '#0958d9', done: '#237804' };

interface Props {
  campaignId: Id;
  unit: { org: { id: Id; name: string }; actionId: Id } | null;
  actions: MatrixAction[];
  onClose: () => void;
  onSaved: () => void;
}

export function UnitItemsDrawer({ campaignId, unit, actions, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={!!unit}
      onClose={onClose}
      title={unit ? t('item.title', { org: unit.org.name }) : ''}
      size={screens.md ? 560 : '100%'}
      destroyOnHidden
    >
      {unit && <Items campaignId={campaignId} orgId={unit.org.id} focus={unit.actionId} actions={actions} onSaved={onSaved} />}
    </Drawer>
  );
}

function Items({
  campaignId,
  orgId,
  focus,
  actions,
  onSaved,
}: {
  campaignId: Id;
  orgId: Id;
  focus: Id;
  actions: MatrixAction[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const req = useRequest((signal) => campaignApi.items(campaignId, orgId, signal), [campaignId, orgId]);

  useEffect(() => {
    if (!req.data) return;
    const el = document.getElementById(`item-${focus}`);
    el?.scrollIntoView({ block: 'center' });
    el?.querySelector<HTMLElement>('input, textarea, button')?.focus({ preventScroll: true });
  }, [req.data, focus]);

  if (req.loading && !req.data) return <Loading />;
  if (req.error || !req.data) return <ErrorState error={req.error} onRetry={req.reload} />;
  const byAction = new Map(req.data.items.map((i) => [i.actionId, i]));
  const canUpdate = req.data.can.update;
  if (actions.length === 0) return <Empty />;

  return (
    <div>
      {!canUpdate && <Alert type="info" showIcon title={t('item.readOnly')} className="mb-16" />}
      {actions.map((a) => (
        <ItemEditor
          key={a.id}
          campaignId={campaignId}
          orgId={orgId}
          action={a}
          item={byAction.get(a.id)}
          focused={a.id === focus}
          canUpdate={canUpdate}
          onSaved={() => {
            req.reload();
            onSaved();
          }}
        />
      ))}
    </div>
  );
}

function ItemEditor({
  campaignId,
  orgId,
  action,
  item,
  focused,
  canUpdate,
  onSaved,
}: {
  campaignId: Id;
  orgId: Id;
  action: MatrixAction;
  item: UnitItem | undefined;
  focused: boolean;
  canUpdate: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [status, setStatus] = useState<ItemStatus>(item?.status ?? 'not_started');
  const [note, setNote] = useState(item?.note ?? '');
  const [busy, setBusy] = useState(false);
  const dirty = status !== (item?.status ?? 'not_started') || note !== (item?.note ?? '');

  useEffect(() => {
    setStatus(item?.status ?? 'not_started');
    setNote(item?.note ?? '');
  }, [item]);

  const save = async () => {
    setBusy(true);
    try {
      await campaignApi.updateItem(campaignId, orgId, action.id, { status, note });
      message.success(t('item.saved'));
      onSaved();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const noteId = `item-note-${action.id}`;
  return (
    <section id={`item-${action.id}`} className={focused ? 'item-card item-card-focused' : 'item-card'} aria-labelledby={`item-title-${action.id}`}>
      <Flex gap={6} wrap align="center" className="mb-8">
        <Tag color={PHASE_COLORS[action.phase]}>{t(`phaseNo.${action.phase}`)}</Tag>
        <Tag color={action.required ? 'red' : 'default'}>{action.required ? t('campaigns.required') : t('campaigns.optional')}</Tag>
      </Flex>
      <h3 id={`item-title-${action.id}`} className="item-title">
        {action.title}
      </h3>
      {canUpdate ? (
        <>
          <div role="group" aria-label={`${t('item.status')}：${action.title}`} className="mb-8">
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              size="small"
              value={status}
              onChange={(e) => setStatus(e.target.value as ItemStatus)}
              options={ITEM_STATUSES.map((s) => ({ value: s, label: t(`itemStatus.${s}`) }))}
            />
          </div>
          <label htmlFor={noteId} className="field-label">
            {t('item.note')}
          </label>
          <Input.TextArea id={noteId} value={note} onChange={(e) => setNote(e.target.value)} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          <Flex justify="end" className="mt-8">
            <Button type="primary" size="small" disabled={!dirty} loading={busy} onClick={() => void save()}>
              {t('item.save')}
            </Button>
          </Flex>
        </>
      ) : (
        <>
          <div className="mb-8">
            <Tag color={STATUS_COLORS[status]}>{t(`itemStatus.${status}`)}</Tag>
          </div>
          {item?.note && <Typography.Paragraph className="item-note">{item.note}</Typography.Paragraph>}
        </>
      )}
      <div className="item-meta">
        {item?.attachmentName && (
          <span>
            <PaperClipOutlined aria-hidden /> {t('item.attachment')}：{item.attachmentName}
          </span>
        )}
        {item?.updatedAt && (
          <span>
            {t('item.updatedAt')}：{formatDateTime(item.updatedAt)}
          </span>
        )}
        {item?.updatedBy && (
          <span>
            {t('item.updatedBy')}：{item.updatedBy}
          </span>
        )}
      </div>
    </section>
  );
}
