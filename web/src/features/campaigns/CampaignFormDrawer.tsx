// Create a campaign, or edit one's name, batch and dates (the campaign and its three phases).
import { useState } from 'react';
import { Alert, Button, Checkbox, Col, Drawer, Flex, Form, Grid, Input, Radio, Row, Tag, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../shared/DateInput';
import { errorMessage } from '../../shared/api';
import { PHASES, type Campaign, type Id, type IdName, type Phase, type PhaseDates } from '../../shared/api-types';
import { OrgSelect } from '../../shared/OrgSelect';
import { campaignApi } from './campaignApi';
import { batchLabel, PHASE_COLORS } from './labels';
import { OrgMultiSelect } from './OrgMultiSelect';
import './campaigns.css';

export type CampaignFormMode = { kind: 'create' } | { kind: 'edit'; campaign: Campaign };

type PhaseValues = Record<Phase, { startsOn?: string; endsOn?: string }>;

interface Values {
  name: string;
  batch: number;
  orgId?: Id;
  startsOn: string;
  endsOn: string;
  phases: PhaseValues;
  excludedOrgIds: Id[];
  useTemplate: boolean;
}

const FORM_ID = 'campaign-form';

function emptyPhases(): PhaseValues {
  return { listen: {}, examine: {}, rectify: {} };
}

function initialValues(mode: CampaignFormMode): Partial<Values> {
  if (mode.kind === 'create') {
    return { name: '', batch: 2, startsOn: '', endsOn: '', phases: emptyPhases(), excludedOrgIds: [], useTemplate: true };
  }
  const c = mode.campaign;
  const phases = emptyPhases();
  for (const p of c.phases) phases[p.phase] = { startsOn: p.startsOn, endsOn: p.endsOn };
  return { name: c.name, batch: Number(c.batch), startsOn: c.startsOn, endsOn: c.endsOn, phases };
}

/**
 * Mounted by the page while in use: opens on mount, calls `onClose` once its closing animation
 * is over (so the page can unmount it), and `onSaved` with the campaign's id after a save.
 */
export function CampaignFormDrawer({
  mode,
  onClose,
  onSaved,
}: {
  mode: CampaignFormMode;
  onClose: () => void;
  onSaved: (id: Id) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [initial] = useState(() => initialValues(mode));
  const [org, setOrg] = useState<IdName | null>(mode.kind === 'edit' ? mode.campaign.org : null);
  const isPhone = !(Grid.useBreakpoint().md ?? true);
  const editing = mode.kind === 'edit' ? mode.campaign : null;
  const batch = Form.useWatch('batch', form);

  const anyPhaseDate = (): boolean => {
    const ps = (form.getFieldValue('phases') ?? {}) as Partial<PhaseValues>;
    return PHASES.some((p) => ps[p]?.startsOn || ps[p]?.endsOn);
  };

  /** Rules of one phase date: all six or none on create; end ≥ start; inside the campaign period. */
  const phaseRules = (phase: Phase, which: 'startsOn' | 'endsOn'): Rule[] => [
    {
      validator: async (_, v: string | undefined) => {
        const needed = !!editing || anyPhaseDate();
        if (!v) {
          if (needed) throw new Error(t('campaignForm.phaseDatesAllOrNone'));
          return;
        }
        const start = form.getFieldValue('startsOn') as string | undefined;
        const end = form.getFieldValue('endsOn') as string | undefined;
        if ((start && v < start) || (end && v > end)) throw new Error(t('campaignForm.phaseOutside'));
        if (which === 'endsOn') {
          const s = form.getFieldValue(['phases', phase, 'startsOn']) as string | undefined;
          if (s && v < s) throw new Error(t('campaignForm.endBeforeStart'));
        }
      },
    },
  ];

  const allPhaseFields = PHASES.flatMap((p) => [
    ['phases', p, 'startsOn'],
    ['phases', p, 'endsOn'],
  ]);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    const phases: PhaseDates[] | undefined = anyPhaseDate()
      ? PHASES.map((p) => ({ phase: p, startsOn: v.phases[p].startsOn ?? '', endsOn: v.phases[p].endsOn ?? '' }))
      : undefined;
    try {
      if (!editing) {
        const r = await campaignApi.create({
          orgId: v.orgId!,
          name: v.name.trim(),
          batch: v.batch,
          startsOn: v.startsOn,
          endsOn: v.endsOn,
          ...(phases ? { phases } : {}),
          ...(v.excludedOrgIds?.length ? { excludedOrgIds: v.excludedOrgIds } : {}),
          useTemplate: v.useTemplate,
        });
        onSaved(r.campaign.id);
      } else {
        const c = editing;
        const changedPhases = (phases ?? []).filter((p) => {
          const was = c.phases.find((x) => x.phase === p.phase);
          return !was || was.startsOn !== p.startsOn || was.endsOn !== p.endsOn;
        });
        const body = {
          ...(v.name.trim() !== c.name ? { name: v.name.trim() } : {}),
          ...(v.batch !== Number(c.batch) ? { batch: v.batch } : {}),
          ...(v.startsOn !== c.startsOn ? { startsOn: v.startsOn } : {}),
          ...(v.endsOn !== c.endsOn ? { endsOn: v.endsOn } : {}),
          ...(changedPhases.length ? { phases: changedPhases } : {}),
        };
        if (Object.keys(body).length) await campaignApi.update(c.id, body);
        onSaved(c.id);
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const batchOptions = [1, 2, ...(batch && batch > 2 ? [batch] : [])].map((n) => ({ value: n, label: batchLabel(t, n) }));
  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });

  return (
    <Drawer
      open={open}
      onClose={() => setOpen(false)}
      afterOpenChange={(o) => {
        if (!o) onClose();
      }}
      size={isPhone ? '100%' : 620}
      title={editing ? t('campaignForm.editTitle') : t('campaignForm.createTitle')}
      className="campaign-form-drawer"
      footer={
        <div className="campaign-form-footer">
          {error && (
            <Alert type="error" showIcon title={error} role="alert" className="mb-12 campaign-form-error" />
          )}
          <Flex gap={8} justify="flex-end" wrap>
            <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" form={FORM_ID} loading={busy}>
              {editing ? t('common.save') : t('campaignForm.submitCreate')}
            </Button>
          </Flex>
        </div>
      }
    >
      <Form<Values>
        form={form}
        id={FORM_ID}
        name="campaign"
        layout="vertical"
        requiredMark="optional"
        autoComplete="off"
        initialValues={initial}
        onFinish={(v) => void submit(v)}
        scrollToFirstError
      >
        <Form.Item name="name" label={t('campaigns.name')} rules={[required(t('campaigns.name'))]}>
          <Input maxLength={200} placeholder={t('campaignForm.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="batch" label={t('campaigns.batch')} rules={[{ required: true, message: t('common.selectRequired', { field: t('campaigns.batch') }) }]}>
          <Radio.Group optionType="button" options={batchOptions} />
        </Form.Item>
        {editing ? (
          <Form.Item label={t('campaigns.org')}>
            <span>{editing.org.name}</span>
          </Form.Item>
        ) : (
          <Form.Item
            name="orgId"
            label={t('campaigns.org')}
            extra={t('campaignForm.orgHelp')}
            rules={[{ required: true, message: t('common.selectRequired', { field: t('campaigns.org') }) }]}
          >
            <OrgSelect
              activeOnly
              style={{ width: '100%' }}
              onChange={(id, o) => {
                setOrg(id && o ? { id, name: o.name } : null);
                form.setFieldValue('excludedOrgIds', []);
              }}
            />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="startsOn"
              label={t('campaignForm.startsOn')}
              rules={[{ required: true, message: t('common.required', { field: t('campaignForm.startsOn') }) }]}
            >
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="endsOn"
              label={t('campaignForm.endsOn')}
              dependencies={['startsOn']}
              rules={[
                { required: true, message: t('common.required', { field: t('campaignForm.endsOn') }) },
                {
                  validator: async (_, v: string | undefined) => {
                    const s = form.getFieldValue('startsOn') as string | undefined;
                    if (v && s && v < s) throw new Error(t('campaignForm.endBeforeStart'));
                  },
                },
              ]}
            >
              <DateInput />
            </Form.Item>
          </Col>
        </Row>

        <fieldset className="phase-dates">
          <legend className="phase-dates-legend">{t('campaignForm.phaseDates')}</legend>
          <Typography.Paragraph type="secondary" className="phase-dates-help" id="phase-dates-help">
            {editing ? t('campaignForm.phaseDatesEditHelp') : t('campaignForm.phaseDatesHelp')}
          </Typography.Paragraph>
          {PHASES.map((p) => (
            <div key={p} className="phase-dates-row">
              <div className="phase-dates-name" id={`phase-dates-${p}`}>
                <Tag color={PHASE_COLORS[p]}>{t(`phaseNo.${p}`)}</Tag>
                <span>{t(`phase.${p}`)}</span>
              </div>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name={['phases', p, 'startsOn']}
                    label={t('campaignForm.phaseStarts', { phase: t(`phaseNo.${p}`) })}
                    dependencies={['startsOn', 'endsOn', ...allPhaseFields.filter((f) => !(f[1] === p && f[2] === 'startsOn'))]}
                    rules={phaseRules(p, 'startsOn')}
                  >
                    <DateInput />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name={['phases', p, 'endsOn']}
                    label={t('campaignForm.phaseEnds', { phase: t(`phaseNo.${p}`) })}
                    dependencies={['startsOn', 'endsOn', ...allPhaseFields.filter((f) => !(f[1] === p && f[2] === 'endsOn'))]}
                    rules={phaseRules(p, 'endsOn')}
                  >
                    <DateInput />
                  </Form.Item>
                </Col>
              </Row>
            </div>
          ))}
          {!editing && (
            <Button
              size="small"
              onClick={() => {
                form.setFieldValue('phases', emptyPhases());
                void form.validateFields(allPhaseFields).catch(() => undefined);
              }}
            >
              {t('campaignForm.clearPhaseDates')}
            </Button>
          )}
        </fieldset>

        {!editing && (
          <>
            <Form.Item
              name="excludedOrgIds"
              label={t('campaigns.exclusions')}
              extra={org ? t('campaignForm.exclusionsHelp', { org: org.name }) : t('campaignForm.exclusionsPickOrgFirst')}
            >
              <OrgMultiSelect withinName={org?.name} placeholder={t('campaignForm.exclusionsPlaceholder')} />
            </Form.Item>
            <Form.Item name="useTemplate" valuePropName="checked" extra={t('campaignForm.useTemplateHelp')}>
              <Checkbox>{t('campaignForm.useTemplate')}</Checkbox>
            </Form.Item>
          </>
        )}
      </Form>
    </Drawer>
  );
}
