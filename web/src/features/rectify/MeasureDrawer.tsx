// A measure's form: text, owner unit (OrgSelect) and person, start, deadline, milestones. The
// server checks dates and owners and says what is wrong in the user's language; that message is
// shown at the top of the form.
import { useEffect } from 'react';
import { Alert, App, Button, Drawer, Flex, Form, Grid, Input } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../shared/DateInput';
import type { Id } from '../../shared/api-types';
import { OrgSelect } from '../../shared/OrgSelect';
import { useSubmit } from '../../shared/useSubmit';
import { UserSelect } from './parts';
import { chinaToday, rectifyApi, type Measure, type Problem } from './rectifyApi';

interface Values {
  text: string;
  ownerOrgId?: Id;
  ownerUserId?: Id;
  startsOn: string;
  dueOn: string;
  milestones: { id?: Id; title: string; dueOn: string }[];
}

export function MeasureDrawer({ problem, measure, open, onClose, onSaved }: { problem: Problem; measure: Measure | null; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isPhone = !(Grid.useBreakpoint().md ?? true);
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useSubmit();
  const ownerOrgId = Form.useWatch('ownerOrgId', form);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      measure
        ? {
            text: measure.text,
            ownerOrgId: measure.ownerOrg.id,
            ownerUserId: measure.ownerUser.id,
            startsOn: measure.startsOn,
            dueOn: measure.dueOn,
            milestones: measure.milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn })),
          }
        : { text: '', ownerOrgId: problem.org.id, startsOn: chinaToday(), dueOn: '', milestones: [] },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, measure?.id]);

  const submit = (v: Values) =>
    run(async () => {
      const body = {
        text: v.text,
        ownerOrgId: v.ownerOrgId ?? null,
        ownerUserId: v.ownerUserId ?? null,
        startsOn: v.startsOn,
        dueOn: v.dueOn,
        milestones: (v.milestones ?? []).filter((m) => m && (m.title || m.dueOn)).map((m) => ({ ...(m.id ? { id: m.id } : {}), title: m.title, dueOn: m.dueOn })),
      };
      if (measure) await rectifyApi.updateMeasure(measure.id, body);
      else await rectifyApi.createMeasure(problem.id, body);
      message.success(t('rectify.saved'));
      onSaved();
    });

  const req = (field: string) => [{ required: true, whitespace: true, message: t('rectify.required', { field }) }];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={measure ? t('rectify.editMeasure') : t('rectify.addMeasure')}
      size={isPhone ? '100%' : 600}
      extra={
        <Flex gap={8}>
          <Button onClick={onClose}>{t('rectify.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()}>
            {t('rectify.create')}
          </Button>
        </Flex>
      }
    >
      <p className="muted">{problem.description}</p>
      {error ? <Alert type="error" showIcon role="alert" title={error} className="mb-16" data-testid="measure-error" /> : null}
      <Form<Values> form={form} layout="vertical" name="rx-measure" onFinish={submit}>
        <Form.Item name="text" label={t('rectify.measureText')} rules={req(t('rectify.measureText'))}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="ownerOrgId" label={t('rectify.ownerOrg')} rules={[{ required: true, message: t('rectify.required', { field: t('rectify.ownerOrg') }) }]}>
          <OrgSelect initial={measure ? measure.ownerOrg : problem.org} activeOnly />
        </Form.Item>
        <Form.Item name="ownerUserId" label={t('rectify.ownerUser')} rules={[{ required: true, message: t('rectify.required', { field: t('rectify.ownerUser') }) }]}>
          <UserSelect initial={measure?.ownerUser ?? null} orgId={ownerOrgId} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="startsOn" label={t('rectify.startsOn')} rules={req(t('rectify.startsOn'))} className="rx-grow">
            <DateInput />
          </Form.Item>
          <Form.Item name="dueOn" label={t('rectify.dueOn')} rules={req(t('rectify.dueOn'))} className="rx-grow">
            <DateInput />
          </Form.Item>
        </Flex>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <fieldset className="rx-fieldset">
              <legend>{t('rectify.milestones')}</legend>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} wrap align="flex-end" className="rx-ms-row">
                  <Form.Item name={[field.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} label={`${t('rectify.milestoneTitle')} ${i + 1}`} rules={req(t('rectify.milestoneTitle'))} className="rx-grow rx-m0">
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueOn']} label={t('rectify.milestoneDue')} rules={req(t('rectify.milestoneDue'))} className="rx-m0">
                    <DateInput style={{ width: 150 }} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={`${t('rectify.removeMilestone')} ${i + 1}`} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ title: '', dueOn: '' })}>
                {t('rectify.addMilestone')}
              </Button>
            </fieldset>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
