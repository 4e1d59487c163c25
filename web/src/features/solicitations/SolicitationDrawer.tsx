// Create or edit a round of asking for opinions (征求意见): unit, title, period, audiences,
// channels and what it is about. The unit is fixed once created (the server does not move it).
import { useEffect, useState } from 'react';
import { Alert, App, Button, Checkbox, Col, Drawer, Form, Grid, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../shared/DateInput';
import { errorMessage } from '../../shared/api';
import { AUDIENCES, CHANNELS, TARGET_KINDS, type Audience, type Channel, type Id, type Solicitation, type TargetKind } from '../../shared/api-types';
import { OrgSelect } from '../../shared/OrgSelect';
import { solicitationApi } from './solicitationApi';

interface Values {
  orgId?: Id;
  title?: string;
  description?: string;
  startsOn?: string;
  endsOn?: string;
  audiences?: Audience[];
  channels?: Channel[];
  targetKind: TargetKind;
  targetLabel?: string;
}

interface Props {
  campaignId: Id;
  open: boolean;
  /** null: create a new round. */
  editing: Solicitation | null;
  onClose: () => void;
  onSaved: (s: Solicitation) => void;
}

export function SolicitationDrawer({ campaignId, open, editing, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isPhone = !(Grid.useBreakpoint().md ?? true);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        orgId: editing.org.id,
        title: editing.title,
        description: editing.description,
        startsOn: editing.startsOn,
        endsOn: editing.endsOn,
        audiences: editing.audiences as Audience[],
        channels: editing.channels,
        targetKind: editing.targetKind,
        targetLabel: editing.targetLabel,
      });
    }
  }, [open, editing, form]);

  const req = (field: string) => [{ required: true, whitespace: true, message: t('solicitations.required', { field }) }];
  const sel = (field: string) => [{ required: true, message: t('solicitations.selectRequired', { field }) }];

  const submit = async (v: Values) => {
    if (busy || !v.title || !v.startsOn || !v.endsOn || !v.audiences?.length || !v.channels?.length || !v.targetLabel) return;
    setBusy(true);
    setError(null);
    const fields = {
      title: v.title.trim(),
      description: v.description?.trim() ?? '',
      startsOn: v.startsOn,
      endsOn: v.endsOn,
      audiences: v.audiences,
      channels: v.channels,
      targetKind: v.targetKind,
      targetLabel: v.targetLabel.trim(),
    };
    try {
      const r = editing
        ? await solicitationApi.update(editing.id, fields)
        : await solicitationApi.create(campaignId, { orgId: v.orgId!, ...fields });
      message.success(editing ? t('solicitations.saved') : t('solicitations.created'));
      onSaved(r.solicitation);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isPhone ? '100%' : 600}
      title={editing ? t('solicitations.editTitle') : t('solicitations.createTitle')}
    >
      <Form<Values> form={form} name="solicitation" layout="vertical" initialValues={{ targetKind: 'unit' }} onFinish={submit}>
        <Row gutter={12}>
          <Col xs={24}>
            <Form.Item name="orgId" label={t('solicitations.unit')} rules={editing ? [] : sel(t('solicitations.unit'))}>
              {editing ? (
                <Select disabled options={[{ value: editing.org.id, label: editing.org.name }]} />
              ) : (
                <OrgSelect />
              )}
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="title" label={t('solicitations.titleField')} rules={req(t('solicitations.titleField'))}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="description" label={t('solicitations.description')}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="startsOn" label={t('solicitations.startsOn')} rules={req(t('solicitations.startsOn'))}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="endsOn"
              label={t('solicitations.endsOn')}
              dependencies={['startsOn']}
              rules={[
                ...req(t('solicitations.endsOn')),
                ({ getFieldValue }) => ({
                  validator: (_, value?: string) => {
                    const start = getFieldValue('startsOn') as string | undefined;
                    return !value || !start || value >= start ? Promise.resolve() : Promise.reject(new Error(t('solicitations.datesInvalid')));
                  },
                }),
              ]}
            >
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="audiences" label={t('solicitations.audiences')} rules={sel(t('solicitations.audiences'))}>
              <Checkbox.Group className="sol-checks" options={AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="channels" label={t('solicitations.channels')} rules={sel(t('solicitations.channels'))}>
              <Checkbox.Group className="sol-checks" options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="targetKind" label={t('solicitations.targetKind')}>
              <Select options={TARGET_KINDS.map((k) => ({ value: k, label: t(`targetKind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="targetLabel" label={t('solicitations.targetLabel')} rules={req(t('solicitations.targetLabel'))}>
              <Input maxLength={100} placeholder={t('solicitations.targetLabelPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        {error && <Alert type="error" showIcon role="alert" title={error} className="mb-16" />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
