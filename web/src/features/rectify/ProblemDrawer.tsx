// A new problem (查摆问题), optionally gathered from opinions of the inbox (意见转为问题).
import { useEffect, useState } from 'react';
import { Alert, App, Button, Checkbox, Drawer, Empty, Flex, Form, Grid, Input, Select, Spin, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../shared/api-types';
import { formatDate } from '../../shared/format';
import { OrgSelect, type OrgOption } from '../../shared/OrgSelect';
import { useRequest } from '../../shared/useRequest';
import { useSubmit } from '../../shared/useSubmit';
import { opinionApi } from '../opinions/opinionApi';
import { rectifyApi, SOURCES, TARGETS, WINDS, type Problem, type ProblemInput } from './rectifyApi';

interface Values {
  orgId?: Id;
  source: ProblemInput['source'];
  wind: ProblemInput['wind'];
  targetKind: ProblemInput['targetKind'];
  targetLabel?: string;
  severity: 1 | 2 | 3;
  immediate: boolean;
  planId?: Id;
  description: string;
}

export function ProblemDrawer({
  campaignId,
  open,
  org,
  initialOpinions,
  onClose,
  onCreated,
}: {
  campaignId: Id;
  open: boolean;
  org: OrgOption | null;
  initialOpinions: Id[];
  onClose: () => void;
  onCreated: (p: Problem) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isPhone = !(Grid.useBreakpoint().md ?? true);
  const [form] = Form.useForm<Values>();
  const [picked, setPicked] = useState<Id[]>(initialOpinions);
  const [q, setQ] = useState('');
  const { busy, error, setError, run } = useSubmit();
  useEffect(() => {
    if (open) {
      setPicked(initialOpinions);
      setError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, initialOpinions.join(',')]);
  const plans = useRequest((signal) => (open ? rectifyApi.plans(campaignId, signal) : Promise.resolve({ items: [] })), [campaignId, open]);
  const opinions = useRequest(
    (signal) => (open ? opinionApi.list(campaignId, { q: q.trim() || undefined, limit: 50 }, signal) : Promise.resolve({ items: [], total: 0 })),
    [campaignId, open, q],
  );
  // Opinions named by the inbox are listed first even when the search would not show them.
  const extra = useRequest(
    (signal) => (open && initialOpinions.length ? Promise.all(initialOpinions.map((oid) => opinionApi.get(oid, signal).then((r) => r.opinion).catch(() => null))) : Promise.resolve([])),
    [open, initialOpinions.join(',')],
  );
  const list = [...(extra.data ?? []).filter((o): o is NonNullable<typeof o> => !!o)];
  // A problem gathered from opinions belongs, by default, to the unit the first opinion is about.
  const [unit, setUnit] = useState<OrgOption | null>(org);
  const firstOrg = list[0]?.org;
  useEffect(() => {
    if (!open || !firstOrg) return;
    setUnit(firstOrg);
    form.setFieldsValue({ orgId: firstOrg.id });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, firstOrg?.id]);
  for (const o of opinions.data?.items ?? []) if (!list.some((x) => x.id === o.id)) list.push(o);

  const submit = (v: Values) =>
    run(async () => {
      const r = await rectifyApi.createProblem(campaignId, {
        orgId: v.orgId ?? org?.id ?? '',
        source: v.source,
        wind: v.wind,
        description: v.description,
        targetKind: v.targetKind,
        targetLabel: v.targetLabel ?? '',
        severity: v.severity,
        immediate: v.immediate,
        planId: v.planId ?? null,
        opinionIds: picked,
      });
      message.success(t('rectify.created'));
      form.resetFields();
      onCreated(r.problem);
    });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={initialOpinions.length ? t('rectify.fromOpinions') : t('rectify.newProblem')}
      size={isPhone ? '100%' : 640}
      destroyOnHidden
      extra={
        <Flex gap={8}>
          <Button onClick={onClose}>{t('rectify.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()}>
            {t('rectify.create')}
          </Button>
        </Flex>
      }
    >
      {error ? <Alert type="error" showIcon role="alert" title={error} className="mb-16" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="rx-problem"
        initialValues={{ orgId: org?.id, source: initialOpinions.length ? 'public' : 'self_found', wind: 'formalism', targetKind: 'leadership', severity: 2, immediate: false }}
        onFinish={submit}
      >
        <Form.Item name="orgId" label={t('rectify.unit')} rules={[{ required: true, message: t('rectify.required', { field: t('rectify.unit') }) }]}>
          <OrgSelect initial={unit} allowClear={false} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="source" label={t('rectify.source')} className="rx-grow">
            <Select options={SOURCES.map((s) => ({ value: s, label: t(`rectify.sources.${s}`) }))} />
          </Form.Item>
          <Form.Item name="wind" label={t('rectify.wind')} className="rx-grow">
            <Select options={WINDS.map((s) => ({ value: s, label: t(`rectify.winds.${s}`) }))} />
          </Form.Item>
          <Form.Item name="severity" label={t('rectify.severity')} className="rx-grow">
            <Select options={([1, 2, 3] as const).map((s) => ({ value: s, label: t(`rectify.severities.${s}`) }))} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="targetKind" label={t('rectify.target')} className="rx-grow">
            <Select options={TARGETS.map((s) => ({ value: s, label: t(`rectify.targets.${s}`) }))} />
          </Form.Item>
          <Form.Item name="targetLabel" label={t('rectify.targetLabel')} className="rx-grow">
            <Input maxLength={100} />
          </Form.Item>
        </Flex>
        <Form.Item name="description" label={t('rectify.description')} rules={[{ required: true, whitespace: true, message: t('rectify.required', { field: t('rectify.description') }) }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="planId" label={t('rectify.plan')} className="rx-grow">
            <Select
              allowClear
              placeholder={t('rectify.noPlan')}
              options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.title || (p.kind === 'member' ? t('rectify.planMember', { name: p.memberName ?? '' }) : t('rectify.planLeadership')) }))}
            />
          </Form.Item>
          <Form.Item name="immediate" label={t('rectify.immediate')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
      </Form>
      <fieldset className="rx-fieldset">
        <legend>{t('rectify.pickOpinions')}</legend>
        <p className="muted" aria-live="polite">
          {t('rectify.pickedOpinions', { count: picked.length })}
        </p>
        <Input.Search allowClear aria-label={t('rectify.opinionSearch')} placeholder={t('rectify.opinionSearch')} onSearch={setQ} className="mb-8" />
        <Spin spinning={opinions.loading}>
          {list.length === 0 ? (
            <Empty description={t('rectify.noOpinions')} />
          ) : (
            <ul className="rx-pick">
              {list.map((o) => (
                <li key={o.id}>
                  <Checkbox checked={picked.includes(o.id)} onChange={(e) => setPicked((p) => (e.target.checked ? [...p, o.id] : p.filter((x) => x !== o.id)))}>
                    <span className="rx-pick-text">{o.body}</span>
                    <span className="muted">
                      {' '}
                      {o.org.name} · {formatDate(o.receivedOn)}
                    </span>
                  </Checkbox>
                </li>
              ))}
            </ul>
          )}
        </Spin>
      </fieldset>
    </Drawer>
  );
}
