// Record a symposium (座谈会): unit, date, host, attendance by category, notes and the opinions
// taken down there. Everything goes in one request; the server stores all of it or nothing.
import { useEffect } from 'react';
import { Alert, App, Button, Col, Drawer, Form, Grid, Input, InputNumber, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../shared/DateInput';
import { useSubmit } from '../../shared/useSubmit';
import { TARGET_KINDS, type Id, type Solicitation, type TargetKind } from '../../shared/api-types';
import { OrgSelect } from '../../shared/OrgSelect';
import { chinaToday } from '../opinions/labels';
import { solicitationApi } from './solicitationApi';

interface Values {
  orgId?: Id;
  solicitationId?: Id;
  heldOn?: string;
  host?: string;
  attendance?: { category?: string; count?: number | null }[];
  notes?: string;
  opinions?: { body?: string; targetKind?: TargetKind; targetLabel?: string }[];
}

interface Props {
  campaignId: Id;
  open: boolean;
  solicitations: Solicitation[];
  onClose: () => void;
  onRecorded: () => void;
}

export function SymposiumDrawer({ campaignId, open, solicitations, onClose, onRecorded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isPhone = !(Grid.useBreakpoint().md ?? true);
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useSubmit();
  const req = (field: string) => [{ required: true, whitespace: true, message: t('solicitations.required', { field }) }];

  const initialValues = (): Values => ({
    heldOn: chinaToday(),
    attendance: t('solicitations.defaultCategories')
      .split(',')
      .map((category) => ({ category, count: null })),
    opinions: [{ body: '', targetKind: 'unit' }],
  });

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(initialValues());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = async (v: Values) => {
    const { orgId, heldOn, host } = v;
    if (busy || !orgId || !heldOn || !host) return;
    const attendance: Record<string, number> = {};
    for (const row of v.attendance ?? []) {
      const category = row.category?.trim();
      if (!category || row.count === null || row.count === undefined) continue;
      attendance[category] = (attendance[category] ?? 0) + row.count;
    }
    const opinions = (v.opinions ?? [])
      .filter((o) => o.body?.trim())
      .map((o) => ({ body: o.body!.trim(), targetKind: o.targetKind ?? 'unit', targetLabel: o.targetLabel?.trim() || undefined }));
    await run(async () => {
      const r = await solicitationApi.recordSymposium(campaignId, {
        orgId,
        solicitationId: v.solicitationId ?? null,
        heldOn,
        host: host.trim(),
        attendance,
        notes: v.notes?.trim() ?? '',
        opinions,
      });
      message.success(t('solicitations.recorded', { count: r.opinions }));
      onRecorded();
    });
  };

  return (
    <Drawer open={open} onClose={onClose} size={isPhone ? '100%' : 680} title={t('solicitations.recordTitle')}>
      <Form<Values> form={form} name="symposium" layout="vertical" initialValues={initialValues()} onFinish={submit}>
        <Row gutter={12}>
          <Col xs={24} sm={14}>
            <Form.Item name="orgId" label={t('solicitations.unit')} rules={[{ required: true, message: t('solicitations.selectRequired', { field: t('solicitations.unit') }) }]}>
              <OrgSelect />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="heldOn" label={t('solicitations.heldOn')} rules={req(t('solicitations.heldOn'))}>
              <DateInput max={chinaToday()} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="host" label={t('solicitations.host')} rules={req(t('solicitations.host'))}>
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="solicitationId" label={t('solicitations.solicitation')}>
              <Select allowClear options={solicitations.map((s) => ({ value: s.id, label: s.title }))} />
            </Form.Item>
          </Col>
        </Row>

        <fieldset className="sol-fieldset">
          <legend>{t('solicitations.attendance')}</legend>
          <Form.List name="attendance">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <div key={f.key} className="sol-row">
                    <Form.Item name={[f.name, 'category']} className="sol-row-grow">
                      <Input maxLength={50} aria-label={t('solicitations.attendanceCategoryN', { n: i + 1 })} placeholder={t('solicitations.attendanceCategory')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'count']} className="sol-row-count">
                      <InputNumber min={0} max={100000} precision={0} aria-label={t('solicitations.attendanceCountN', { n: i + 1 })} placeholder={t('solicitations.attendanceCount')} />
                    </Form.Item>
                    <Button type="text" icon={<DeleteOutlined aria-hidden />} aria-label={t('solicitations.removeRow', { n: i + 1 })} onClick={() => remove(f.name)} />
                  </div>
                ))}
                {fields.length < 20 && (
                  <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ category: '', count: null })} className="mb-16">
                    {t('solicitations.addCategory')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </fieldset>

        <Form.Item name="notes" label={t('solicitations.notes')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>

        <fieldset className="sol-fieldset">
          <legend>{t('solicitations.opinions')}</legend>
          <p className="muted" id="sym-opinions-hint">
            {t('solicitations.opinionsHint')}
          </p>
          <Form.List name="opinions">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <div key={f.key} className="sol-opinion">
                    <Form.Item name={[f.name, 'body']} label={t('solicitations.opinionText', { n: i + 1 })}>
                      <Input.TextArea rows={2} maxLength={5000} aria-describedby="sym-opinions-hint" />
                    </Form.Item>
                    <div className="sol-row">
                      <Form.Item name={[f.name, 'targetKind']} className="sol-row-grow">
                        <Select
                          aria-label={t('solicitations.opinionTarget', { n: i + 1 })}
                          options={TARGET_KINDS.map((k) => ({ value: k, label: t(`targetKind.${k}`) }))}
                        />
                      </Form.Item>
                      <Button type="text" icon={<DeleteOutlined aria-hidden />} aria-label={t('solicitations.removeRow', { n: i + 1 })} onClick={() => remove(f.name)} />
                    </div>
                  </div>
                ))}
                <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ body: '', targetKind: 'unit' })} className="mb-16">
                  {t('solicitations.addOpinion')}
                </Button>
              </>
            )}
          </Form.List>
        </fieldset>

        {error && <Alert type="error" showIcon role="alert" title={error} className="mb-16" />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('solicitations.submitSymposium')}
        </Button>
      </Form>
    </Drawer>
  );
}
