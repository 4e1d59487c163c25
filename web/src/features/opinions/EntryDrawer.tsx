// Staff entry of opinions from offline channels, made for batch typing: Enter in the text (the
// last field) submits, and the form stays open keeping unit, channel, target and date.
import { useRef, useState } from 'react';
import { Alert, App, Button, Col, Drawer, Form, Grid, Input, Row, Select } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../shared/DateInput';
import { useSubmit } from '../../shared/useSubmit';
import { OFFLINE_CHANNELS, TARGET_KINDS, type Id, type OfflineChannel, type TargetKind } from '../../shared/api-types';
import { OrgSelect } from '../../shared/OrgSelect';
import { chinaToday } from './labels';
import { opinionApi } from './opinionApi';

interface EntryValues {
  orgId?: Id;
  channel?: OfflineChannel;
  targetKind: TargetKind;
  targetLabel?: string;
  receivedOn?: string;
  identity: 'anonymous' | 'named';
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  body?: string;
}

interface Props {
  campaignId: Id;
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}

export function EntryDrawer({ campaignId, open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isPhone = !(Grid.useBreakpoint().md ?? true);
  const [form] = Form.useForm<EntryValues>();
  const identity = Form.useWatch('identity', form);
  const { busy, error, run } = useSubmit();
  const [count, setCount] = useState(0);
  const bodyRef = useRef<TextAreaRef>(null);
  const req = (field: string) => [{ required: true, whitespace: true, message: t('opinions.required', { field }) }];

  const submit = async (v: EntryValues) => {
    const { orgId, channel, body } = v;
    if (busy || !orgId || !channel || !body) return;
    await run(async () => {
      const named = v.identity === 'named';
      await opinionApi.create(campaignId, {
        orgId,
        channel,
        body: body.trim(),
        targetKind: v.targetKind,
        targetLabel: v.targetLabel?.trim() || undefined,
        anonymous: !named,
        receivedOn: v.receivedOn || undefined,
        contact: named
          ? { name: (v.contactName ?? '').trim(), phone: v.contactPhone?.trim() || null, email: v.contactEmail?.trim() || null }
          : null,
      });
      setCount((c) => c + 1);
      message.success(t('opinions.entered'));
      form.setFieldsValue({ body: '', contactName: '', contactPhone: '', contactEmail: '' });
      onCreated();
      window.setTimeout(() => bodyRef.current?.focus(), 0);
    });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isPhone ? '100%' : 600}
      title={t('opinions.enterTitle')}
      extra={count > 0 ? <span className="op-entry-count" aria-live="polite">{t('opinions.enteredCount', { count })}</span> : null}
    >
      <p className="muted" id="entry-hint">
        {t('opinions.enterHint')}
      </p>
      <Form<EntryValues>
        form={form}
        name="entry"
        layout="vertical"
        initialValues={{ targetKind: 'unit', identity: 'anonymous', receivedOn: chinaToday() }}
        onFinish={submit}
      >
        <Row gutter={12}>
          <Col xs={24} sm={14}>
            <Form.Item name="orgId" label={t('opinions.unit')} rules={req(t('opinions.unit'))}>
              <OrgSelect />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="channel" label={t('opinions.channel')} rules={req(t('opinions.channel'))}>
              <Select options={OFFLINE_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="targetKind" label={t('opinions.targetKind')}>
              <Select options={TARGET_KINDS.map((k) => ({ value: k, label: t(`targetKind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={16}>
            <Form.Item name="targetLabel" label={t('opinions.targetLabel')}>
              <Input maxLength={100} placeholder={t('opinions.targetLabelPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12}>
            <Form.Item name="receivedOn" label={t('opinions.receivedOn')}>
              <DateInput max={chinaToday()} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12}>
            <Form.Item name="identity" label={t('opinions.identity')}>
              <Select
                options={[
                  { value: 'anonymous', label: t('opinions.anonymous') },
                  { value: 'named', label: t('opinions.named') },
                ]}
              />
            </Form.Item>
          </Col>
          {identity === 'named' && (
            <>
              <Col xs={24} sm={8}>
                <Form.Item name="contactName" label={t('opinions.contactName')} rules={req(t('opinions.contactName'))}>
                  <Input maxLength={50} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={8}>
                <Form.Item name="contactPhone" label={t('opinions.contactPhone')}>
                  <Input maxLength={20} inputMode="tel" autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={8}>
                <Form.Item name="contactEmail" label={t('opinions.contactEmail')}>
                  <Input maxLength={100} type="email" autoComplete="off" />
                </Form.Item>
              </Col>
            </>
          )}
          <Col xs={24}>
            <Form.Item name="body" label={t('opinions.text')} rules={req(t('opinions.text'))}>
              <Input.TextArea
                ref={bodyRef}
                rows={5}
                maxLength={5000}
                showCount
                aria-describedby="entry-hint"
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                    e.preventDefault();
                    form.submit();
                  }
                }}
              />
            </Form.Item>
          </Col>
        </Row>
        {error && <Alert type="error" showIcon role="alert" title={error} className="mb-16" />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('opinions.submitEntry')}
        </Button>
      </Form>
    </Drawer>
  );
}
