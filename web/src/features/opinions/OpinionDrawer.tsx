// One opinion: what it says, where it came from, its history and attachments; when the server
// says the user may handle it, the status step (with reply, category, merge target), a reply
// without a status change, and the disclosure on the portal.
import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Descriptions, Drawer, Form, Grid, Input, Select, Spin, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isAbort } from '../../shared/api';
import { useSubmit } from '../../shared/useSubmit';
import {
  CATEGORIES,
  OPINION_TRANSITIONS,
  type Category,
  type Id,
  type Opinion,
  type OpinionEvent,
  type OpinionStatus,
} from '../../shared/api-types';
import { formatDate, formatDateTime } from '../../shared/format';
import { ErrorState, Loading } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { IdentityTag, StatusTag } from './OpinionTags';
import { opinionApi } from './opinionApi';

interface Props {
  campaignId: Id;
  opinionId: Id | null;
  onClose: () => void;
  onChanged: () => void;
}

export function OpinionDrawer({ campaignId, opinionId, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const isPhone = !(Grid.useBreakpoint().md ?? true);
  const req = useRequest(
    (signal) => (opinionId ? opinionApi.get(opinionId, signal) : Promise.resolve(undefined)),
    [opinionId],
  );
  const data = req.data;
  const changed = () => {
    req.reload();
    onChanged();
  };

  return (
    <Drawer
      open={!!opinionId}
      onClose={onClose}
      size={isPhone ? '100%' : 640}
      title={t('opinions.detail')}
      destroyOnHidden
    >
      {req.loading && !data ? (
        <Loading />
      ) : req.error ? (
        <ErrorState error={req.error} onRetry={req.reload} />
      ) : data ? (
        <Spin spinning={req.loading}>
          <OpinionFacts opinion={data.opinion} />
          <section className="op-section" aria-labelledby="op-text-title">
            <h3 id="op-text-title" className="op-section-title">
              {t('opinions.text')}
            </h3>
            <div className="op-text-full op-detail-text">{data.opinion.body}</div>
          </section>
          {data.attachments.length > 0 && (
            <section className="op-section" aria-labelledby="op-att-title">
              <h3 id="op-att-title" className="op-section-title">
                {t('opinions.attachments')}
              </h3>
              <ul className="op-attachments">
                {data.attachments.map((a) => (
                  <li key={a.id}>
                    <a
                      href={opinionApi.attachmentUrl(data.opinion.id, a.id)}
                      download={a.name}
                      aria-label={t('opinions.attachmentOf', { name: a.name })}
                    >
                      {a.name}
                    </a>{' '}
                    <span className="muted">({Math.max(1, Math.round(a.size / 1024))} KB)</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {data.opinion.can.handle && (
            <>
              <TransitionForm key={`tr-${data.opinion.status}`} campaignId={campaignId} opinion={data.opinion} onDone={changed} />
              <ReplyForm opinion={data.opinion} onDone={changed} />
              <DisclosureForm key={`dis-${String(data.opinion.disclosed)}`} opinion={data.opinion} onDone={changed} />
            </>
          )}
          <section className="op-section" aria-labelledby="op-hist-title">
            <h3 id="op-hist-title" className="op-section-title">
              {t('opinions.history')}
            </h3>
            <ol className="op-history">
              {data.events.map((e) => (
                <HistoryItem key={e.seq} event={e} />
              ))}
            </ol>
          </section>
        </Spin>
      ) : null}
    </Drawer>
  );
}

function OpinionFacts({ opinion: o }: { opinion: Opinion }) {
  const { t } = useTranslation();
  const items = [
    { key: 'status', label: t('opinions.status'), children: <span className="op-tags"><StatusTag status={o.status} /><IdentityTag anonymous={o.anonymous} /></span> },
    { key: 'unit', label: t('opinions.unit'), children: o.org.name },
    { key: 'channel', label: t('opinions.channel'), children: t(`channel.${o.channel}`) },
    { key: 'target', label: t('opinions.target'), children: `${t(`targetKind.${o.targetKind}`)}${o.targetLabel ? `：${o.targetLabel}` : ''}` },
    { key: 'received', label: t('opinions.received'), children: o.receivedAt ? formatDateTime(o.receivedAt) : formatDate(o.receivedOn) },
    { key: 'category', label: t('opinions.category'), children: o.category ? t(`category.${o.category}`) : t('opinions.noCategory') },
    ...(o.enteredBy ? [{ key: 'entered', label: t('opinions.enteredBy'), children: o.enteredBy }] : []),
    ...(o.contact
      ? [
          {
            key: 'contact',
            label: t('opinions.contact'),
            children: [o.contact.name, o.contact.phone, o.contact.email].filter(Boolean).join(' · ') || '—',
          },
        ]
      : []),
    ...(o.mergedInto ? [{ key: 'merged', label: t('opinions.mergedInto'), children: <span className="mono">{o.mergedInto}</span> }] : []),
    ...(o.disclosed ? [{ key: 'disclosed', label: t('opinions.disclosed'), children: o.disclosureText ?? '' }] : []),
  ];
  return <Descriptions size="small" column={1} bordered items={items} />;
}

function HistoryItem({ event: e }: { event: OpinionEvent }) {
  const { t } = useTranslation();
  let what: string;
  if (e.kind === 'status' && !e.fromStatus && e.toStatus) what = t('opinions.eventReceived');
  else if (e.kind === 'status' && e.fromStatus && e.toStatus)
    what = t('opinions.eventStatus', { from: t(`opinionStatus.${e.fromStatus}`), to: t(`opinionStatus.${e.toStatus}`) });
  else if (e.kind === 'reply') what = t('opinions.eventReply');
  else if (e.kind === 'info') what = t('opinions.eventInfo');
  else what = e.kind;
  return (
    <li>
      <div className="op-history-head">
        {e.at ? formatDateTime(e.at) : formatDate(e.day)} · {e.actorName === 'submitter' ? t('opinions.eventInfo') : e.actorName}
      </div>
      <div className="op-history-what">{what}</div>
      {e.text ? <div className="op-history-text">{e.text}</div> : null}
    </li>
  );
}

const categoryOptions = (t: (k: `category.${Category}`) => string) => CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }));

interface TransitionValues {
  to?: OpinionStatus;
  mergedInto?: Id;
  category?: Category;
  reply?: string;
}

function TransitionForm({ campaignId, opinion: o, onDone }: { campaignId: Id; opinion: Opinion; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TransitionValues>();
  const to = Form.useWatch('to', form);
  const { busy, error, run } = useSubmit();
  const allowed = OPINION_TRANSITIONS[o.status];

  const submit = async (v: TransitionValues) => {
    const to = v.to;
    if (!to) return;
    await run(async () => {
      const category = v.category ?? null;
      await opinionApi.transition(o.id, {
        to,
        reply: v.reply?.trim() || undefined,
        mergedInto: to === 'merged' ? v.mergedInto : undefined,
        category: category !== o.category ? category : undefined,
      });
      message.success(t('opinions.statusChanged'));
      onDone();
    });
  };

  return (
    <section className="op-section" aria-labelledby="op-handle-title">
      <h3 id="op-handle-title" className="op-section-title">
        {t('opinions.handle')}
      </h3>
      {allowed.length === 0 ? (
        <Typography.Text type="secondary">{t('opinions.noTransitions')}</Typography.Text>
      ) : (
        <Form<TransitionValues>
          form={form}
          name="op-transition"
          layout="vertical"
          initialValues={{ category: o.category ?? undefined }}
          onFinish={submit}
        >
          <Form.Item
            name="to"
            label={t('opinions.moveTo')}
            rules={[{ required: true, message: t('opinions.required', { field: t('opinions.moveTo') }) }]}
          >
            <Select options={allowed.map((s) => ({ value: s, label: t(`opinionStatus.${s}`) }))} />
          </Form.Item>
          {to === 'merged' && (
            <Form.Item
              name="mergedInto"
              label={t('opinions.mergeTarget')}
              rules={[{ required: true, message: t('opinions.required', { field: t('opinions.mergeTarget') }) }]}
            >
              <MergeTargetSelect campaignId={campaignId} exclude={o.id} />
            </Form.Item>
          )}
          <Form.Item name="category" label={t('opinions.category')}>
            <Select allowClear placeholder={t('opinions.noCategory')} options={categoryOptions(t)} />
          </Form.Item>
          <Form.Item name="reply" label={t('opinions.replyOptional')}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          {error && <Alert type="error" showIcon role="alert" title={error} className="mb-16" />}
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('opinions.transitionSubmit')}
          </Button>
        </Form>
      )}
    </section>
  );
}

/** Picks the opinion to merge into by searching the inbox's text. */
function MergeTargetSelect({
  campaignId,
  exclude,
  id,
  value,
  onChange,
}: {
  campaignId: Id;
  exclude: Id;
  id?: string;
  value?: Id;
  onChange?: (v: Id | undefined) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<Opinion[]>([]);
  const [loading, setLoading] = useState(false);
  const ctrl = useRef<AbortController | null>(null);

  useEffect(() => {
    ctrl.current?.abort();
    const c = new AbortController();
    ctrl.current = c;
    setLoading(true);
    const timer = window.setTimeout(() => {
      opinionApi.list(campaignId, { q: q.trim() || undefined, limit: 20 }, c.signal).then(
        (r) => {
          if (c.signal.aborted) return;
          setItems(r.items.filter((x) => x.id !== exclude && x.status !== 'merged'));
          setLoading(false);
        },
        (e: unknown) => {
          if (isAbort(e) || c.signal.aborted) return;
          setItems([]);
          setLoading(false);
        },
      );
    }, 250);
    return () => {
      window.clearTimeout(timer);
      c.abort();
    };
  }, [campaignId, exclude, q]);

  return (
    <Select<Id>
      id={id}
      value={value}
      onChange={(v) => onChange?.(v)}
      allowClear
      placeholder={t('opinions.mergeSearch')}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={loading ? <Spin size="small" /> : t('opinions.empty')}
      options={items.map((x) => ({
        value: x.id,
        label: (
          <span className="op-merge-option">
            {formatDate(x.receivedOn)} · {x.org.name} · {x.body.length > 40 ? `${x.body.slice(0, 40)}…` : x.body}
          </span>
        ),
      }))}
    />
  );
}

function ReplyForm({ opinion: o, onDone }: { opinion: Opinion; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const { busy, error, run } = useSubmit();
  const submit = async ({ text }: { text: string }) => {
    await run(async () => {
      await opinionApi.reply(o.id, text.trim());
      message.success(t('opinions.replied'));
      form.resetFields();
      onDone();
    });
  };
  return (
    <section className="op-section" aria-labelledby="op-reply-title">
      <h3 id="op-reply-title" className="op-section-title">
        {t('opinions.reply')}
      </h3>
      <Form form={form} name="op-reply" layout="vertical" onFinish={submit}>
        <Form.Item
          name="text"
          label={t('opinions.replyText')}
          rules={[{ required: true, whitespace: true, message: t('opinions.required', { field: t('opinions.replyText') }) }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        {error && <Alert type="error" showIcon role="alert" title={error} className="mb-16" />}
        <Button htmlType="submit" loading={busy}>
          {t('opinions.replySubmit')}
        </Button>
      </Form>
    </section>
  );
}

interface DisclosureValues {
  disclosed: boolean;
  text?: string;
  action?: string;
  category?: Category;
}

function DisclosureForm({ opinion: o, onDone }: { opinion: Opinion; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DisclosureValues>();
  const disclosed = Form.useWatch('disclosed', form);
  const { busy, error, run } = useSubmit();
  const submit = async (v: DisclosureValues) => {
    await run(async () => {
      const category = v.category ?? null;
      await opinionApi.disclose(
        o.id,
        v.disclosed
          ? {
              disclosed: true,
              text: (v.text ?? '').trim(),
              action: (v.action ?? '').trim(),
              ...(category !== o.category ? { category } : {}),
            }
          : { disclosed: false },
      );
      message.success(t('opinions.disclosureSaved'));
      onDone();
    });
  };
  return (
    <section className="op-section" aria-labelledby="op-dis-title">
      <h3 id="op-dis-title" className="op-section-title">
        {t('opinions.disclosure')}
      </h3>
      <Form<DisclosureValues>
        form={form}
        name="op-disclosure"
        layout="vertical"
        initialValues={{
          disclosed: o.disclosed,
          text: o.disclosureText ?? '',
          action: o.disclosureAction ?? '',
          category: o.category ?? undefined,
        }}
        onFinish={submit}
      >
        <Form.Item name="disclosed" label={t('opinions.discloseSwitch')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {disclosed && (
          <>
            <Form.Item
              name="text"
              label={t('opinions.disclosureText')}
              extra={t('opinions.disclosureTextHint')}
              rules={[{ required: true, whitespace: true, message: t('opinions.disclosureTextRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item name="action" label={t('opinions.disclosureAction')}>
              <Input.TextArea rows={2} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item name="category" label={t('opinions.category')}>
              <Select allowClear placeholder={t('opinions.noCategory')} options={categoryOptions(t)} />
            </Form.Item>
          </>
        )}
        {error && <Alert type="error" showIcon role="alert" title={error} className="mb-16" />}
        <Button htmlType="submit" loading={busy}>
          {t('opinions.disclosureSave')}
        </Button>
      </Form>
    </section>
  );
}
