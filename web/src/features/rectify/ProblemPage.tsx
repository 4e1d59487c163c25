// One problem: its opinions, its measures (owner, dates, milestones, progress, evidence, history,
// rating), and the actions the server allows: add / edit a measure, report progress with photos,
// verify (销号) or send back, publish to the portal, download its task book.
import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Descriptions, Empty, Flex, Input, Modal, Space, Spin, Tag, Typography, Upload } from 'antd';
import { ArrowLeftOutlined, CheckOutlined, DeleteOutlined, DownloadOutlined, EditOutlined, GlobalOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../shared/api-types';
import { formatDate, formatDateTime } from '../../shared/format';
import { Link, navigate } from '../../shared/router';
import { errorMessage } from '../../shared/api';
import { ErrorState, Loading, PageTitle } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { useSubmit } from '../../shared/useSubmit';
import { MeasureDrawer } from './MeasureDrawer';
import { MeasureStatusTag, ProblemStatusTag, Timetable, WindTag } from './parts';
import { evidenceUrl, measurePath, rectifyApi, rectifyPath, taskbookUrl, type Measure } from './rectifyApi';
import './rectify.css';

export default function ProblemPage({ campaignId, problemId }: { campaignId: Id; problemId: Id }) {
  const { t } = useTranslation();
  const req = useRequest((signal) => rectifyApi.problem(problemId, signal), [problemId]);
  const [editing, setEditing] = useState<Measure | 'new' | null>(null);
  const [reporting, setReporting] = useState<Measure | null>(null);
  const [verifying, setVerifying] = useState<Measure | null>(null);
  const [publishing, setPublishing] = useState(false);
  const { modal, message } = App.useApp();
  // The server decides what may still be deleted (nothing with progress, ratings, gathered
  // opinions or a disclosure); its reason is shown as it comes, in the user's language.
  const confirmDelete = (title: string, remove: () => Promise<unknown>, after: () => void) =>
    modal.confirm({
      title, okText: t('rectify.delete'), okButtonProps: { danger: true }, cancelText: t('rectify.cancel'),
      onOk: async () => {
        try {
          await remove();
          message.success(t('rectify.deleted'));
          after();
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });
  const back = (
    <Link to={rectifyPath(campaignId)} className="back-link">
      <ArrowLeftOutlined aria-hidden /> {t('rectify.backToRegister')}
    </Link>
  );
  if (req.loading && !req.data) return <Loading />;
  if (req.error || !req.data) {
    return (
      <div className="page">
        {back}
        <ErrorState error={req.error} onRetry={req.reload} />
      </div>
    );
  }
  const { problem: p, measures, opinions, plan } = req.data;

  return (
    <div className="page rx-page">
      {back}
      <PageTitle
        title={t('rectify.problemTitle')}
        extra={
          <Flex gap={8} wrap>
            {p.can.manage ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
                {t('rectify.addMeasure')}
              </Button>
            ) : null}
            {p.can.manage ? (
              <Button icon={<GlobalOutlined aria-hidden />} onClick={() => setPublishing(true)}>
                {t('rectify.publish')}
              </Button>
            ) : null}
            {p.can.manage && !measures.length && !opinions.length && !p.disclosedVersion ? (
              <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => confirmDelete(t('rectify.deleteProblemConfirm'), () => rectifyApi.deleteProblem(p.id), () => navigate(rectifyPath(campaignId)))}>
                {t('rectify.deleteProblem')}
              </Button>
            ) : null}
            {plan ? (
              <Button icon={<DownloadOutlined aria-hidden />} href={taskbookUrl(plan.id)} download>
                {t('rectify.taskbook')}
              </Button>
            ) : null}
          </Flex>
        }
      />
      <Card className="mb-16" size="small">
        <div className="rx-card-head">
          <WindTag wind={p.wind} />
          <Tag>{t(`rectify.sources.${p.source}`)}</Tag>
          <ProblemStatusTag status={p.status} />
          {p.immediate ? <Tag className="rx-immediate">{t('rectify.immediate')}</Tag> : null}
          <Tag className={p.disclosedVersion ? 'rx-disclosed' : undefined}>{p.disclosedVersion ? t('rectify.disclosedVersion', { version: p.disclosedVersion }) : t('rectify.notDisclosed')}</Tag>
        </div>
        <p className="rx-desc" data-testid="problem-description">
          {p.description}
        </p>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'org', label: t('rectify.unit'), children: p.org.name },
            { key: 'target', label: t('rectify.target'), children: `${t(`rectify.targets.${p.targetKind}`)}${p.targetLabel ? `：${p.targetLabel}` : ''}` },
            { key: 'severity', label: t('rectify.severity'), children: t(`rectify.severities.${p.severity}`) },
            ...(plan ? [{ key: 'plan', label: t('rectify.plan'), children: plan.title || (plan.kind === 'member' ? t('rectify.planMember', { name: plan.memberName ?? '' }) : t('rectify.planLeadership')) }] : []),
          ]}
        />
        {opinions.length ? (
          <section className="mt-8">
            <h2 className="rx-h3">
              {t('rectify.opinions')}（{opinions.length}）
            </h2>
            <ul className="rx-opinions">
              {opinions.map((o) => (
                <li key={o.id}>
                  <span className="muted">{formatDate(o.receivedOn)} · </span>
                  {o.text ?? '—'}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </Card>

      <h2 className="rx-h2">{t('rectify.measures')}</h2>
      {measures.length === 0 ? <Empty description={t('rectify.noMeasures')} /> : null}
      <ul className="rx-list" aria-label={t('rectify.measures')}>
        {measures.map((m) => (
          <li key={m.id}>
            <MeasureCard
              measure={m}
              onEdit={() => setEditing(m)}
              onReport={() => setReporting(m)}
              onVerify={() => setVerifying(m)}
              onDelete={!p.disclosedVersion ? () => confirmDelete(t('rectify.deleteMeasureConfirm'), () => rectifyApi.deleteMeasure(m.id), req.reload) : undefined}
            />
          </li>
        ))}
      </ul>
      {measures.length ? (
        <Card size="small" className="mt-16" title={<h2 className="rx-h3">{t('rectify.tabs.timetable')}</h2>}>
          <Timetable measures={measures} />
        </Card>
      ) : null}

      <MeasureDrawer
        problem={p}
        measure={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          req.reload();
        }}
      />
      <ProgressModal measure={reporting} onClose={() => setReporting(null)} onDone={() => { setReporting(null); req.reload(); }} />
      <VerifyModal measure={verifying} onClose={() => setVerifying(null)} onDone={() => { setVerifying(null); req.reload(); }} />
      <PublishModal problemId={p.id} orgId={p.org.id} open={publishing} onClose={() => setPublishing(false)} onDone={req.reload} />
    </div>
  );
}

export function MeasureCard({ measure: m, onEdit, onReport, onVerify, onDelete, expandable = true }: { measure: Measure; onEdit: () => void; onReport: () => void; onVerify: () => void; onDelete?: () => void; expandable?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const canVerify = m.can.verify && ['in_progress', 'awaiting_verification', 'overdue', 'reopened', 'verified'].includes(m.status);
  return (
    <Card size="small" className="rx-measure" data-testid="measure">
      <div className="rx-card-head">
        <MeasureStatusTag status={m.status} />
        <span className="muted">
          {formatDate(m.startsOn)} – {formatDate(m.dueOn)}
        </span>
      </div>
      <p className="rx-desc">{m.text}</p>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'org', label: t('rectify.ownerOrg'), children: m.ownerOrg.name },
          { key: 'user', label: t('rectify.ownerUser'), children: m.ownerUser.name },
          ...(m.lastProgress ? [{ key: 'progress', label: t('rectify.lastProgress'), children: <span className="rx-pre">{m.lastProgress}</span> }] : []),
          ...(m.verifiedOn ? [{ key: 'verified', label: t('rectify.verifiedOn'), children: `${formatDate(m.verifiedOn)}${m.verifiedBy ? ` · ${m.verifiedBy}` : ''}` }] : []),
        ]}
      />
      {m.milestones.length ? (
        <ul className="rx-milestones" aria-label={t('rectify.milestones')}>
          {m.milestones.map((x) => (
            <li key={x.id} className={x.done ? 'done' : ''}>
              <span aria-hidden>{x.done ? '✔' : '◇'}</span> {x.title} · {formatDate(x.dueOn)}
            </li>
          ))}
        </ul>
      ) : null}
      <Flex gap={8} wrap className="mt-8">
        {m.can.report && m.status !== 'verified' ? (
          <Button size="small" type="primary" icon={<UploadOutlined aria-hidden />} onClick={onReport}>
            {t('rectify.report')}
          </Button>
        ) : null}
        {canVerify ? (
          <Button size="small" icon={<CheckOutlined aria-hidden />} onClick={onVerify}>
            {t('rectify.verify')}
          </Button>
        ) : null}
        {m.can.manage && m.status !== 'verified' && expandable ? (
          <Button size="small" icon={<EditOutlined aria-hidden />} onClick={onEdit}>
            {t('rectify.editMeasure')}
          </Button>
        ) : null}
        {onDelete && m.can.manage && m.status === 'not_started' ? (
          <Button size="small" danger icon={<DeleteOutlined aria-hidden />} onClick={onDelete}>
            {t('rectify.delete')}
          </Button>
        ) : null}
        {expandable ? (
          <Button size="small" type="link" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {t('rectify.details')}
          </Button>
        ) : null}
        {expandable ? (
          <Link to={measurePath(m.id)} className="rx-measure-link">
            {t('rectify.openMeasure')}
            <span className="sr-only">：{m.text.slice(0, 20)}</span>
          </Link>
        ) : null}
      </Flex>
      {open && expandable ? <MeasureDetails id={m.id} /> : null}
    </Card>
  );
}

export function MeasureDetails({ id }: { id: Id }) {
  const { t } = useTranslation();
  const req = useRequest((signal) => rectifyApi.measure(id, signal), [id]);
  if (req.loading && !req.data) return <Spin />;
  if (req.error || !req.data) return <ErrorState error={req.error} onRetry={req.reload} />;
  const { events, evidence, rating } = req.data;
  return (
    <div className="rx-details">
      <h3 className="rx-h3">{t('rectify.rating')}</h3>
      <p>
        {rating.total ? (
          <>
            {t('rectify.ratingLine', { satisfied: rating.satisfied, basically: rating.basically, dissatisfied: rating.dissatisfied })} · <b>{t('rectify.rate', { rate: rating.rate ?? 0 })}</b>
          </>
        ) : (
          t('rectify.noRating')
        )}
      </p>
      {evidence.length ? (
        <>
          <h3 className="rx-h3">{t('rectify.evidence')}</h3>
          <ul className="rx-plain">
            {evidence.map((e) => (
              <li key={e.id}>
                <a href={evidenceUrl(id, e.id)} download>
                  {e.name}
                </a>{' '}
                <span className="muted">{Math.max(1, Math.round(e.size / 1024))} KB</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="rx-h3">{t('rectify.history')}</h3>
      <ol className="op-history">
        {events.map((e) => (
          <li key={e.seq}>
            <div className="op-history-head">
              {formatDateTime(e.at)} · {e.actorName} · <span className="op-history-what">{t(`rectify.eventKinds.${e.kind}`, { defaultValue: e.kind })}</span>
              {e.toStatus ? ` → ${t(`rectify.measureStatus.${e.toStatus}`, { defaultValue: e.toStatus })}` : ''}
            </div>
            {e.text ? <div className="op-history-text">{e.text}</div> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function ProgressModal({ measure, onClose, onDone }: { measure: Measure | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [done, setDone] = useState<Id[]>([]);
  const [ask, setAsk] = useState(false);
  const { busy, error, setError, run } = useSubmit();
  const reset = () => {
    setText('');
    setFiles([]);
    setDone([]);
    setAsk(false);
    setError(null);
  };
  if (!measure) return null;
  const submit = () =>
    run(async () => {
      await rectifyApi.progress(measure.id, { text, milestonesDone: done, requestVerification: ask, files });
      message.success(t('rectify.reported'));
      reset();
      onDone();
    });
  return (
    <Modal
      open
      title={t('rectify.reportTitle')}
      onCancel={() => {
        reset();
        onClose();
      }}
      okText={t('rectify.report')}
      cancelText={t('rectify.cancel')}
      confirmLoading={busy}
      onOk={submit}
    >
      <p className="muted">{measure.text}</p>
      {error ? <Alert type="error" showIcon role="alert" title={error} className="mb-16" /> : null}
      <label className="rx-label" htmlFor="rx-progress-text">
        {t('rectify.progressText')}
      </label>
      <Input.TextArea id="rx-progress-text" value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
      <div className="mt-16">
        <div className="rx-label" id="rx-progress-files-label">
          {t('rectify.evidence')}
        </div>
        <Upload
          multiple
          accept="image/*,.pdf,.doc,.docx,.xls,.xlsx"
          beforeUpload={() => false}
          fileList={files.map((f, i) => ({ uid: `${i}-${f.name}`, name: f.name, size: f.size, status: 'done' as const, originFileObj: f as never }))}
          onChange={({ fileList }) => setFiles(fileList.map((x) => x.originFileObj as File).filter(Boolean))}
          showUploadList={{ showRemoveIcon: true }}
        >
          <Button icon={<UploadOutlined aria-hidden />} aria-describedby="rx-progress-files-label rx-progress-files-hint">
            {t('rectify.evidenceAdd')}
          </Button>
        </Upload>
        <p id="rx-progress-files-hint" className="muted">
          {t('rectify.evidenceHint')}
        </p>
      </div>
      {measure.milestones.some((x) => !x.done) ? (
        <fieldset className="rx-fieldset mt-16">
          <legend>{t('rectify.milestonesDone')}</legend>
          <Space direction="vertical">
            {measure.milestones
              .filter((x) => !x.done)
              .map((x) => (
                <Checkbox key={x.id} checked={done.includes(x.id)} onChange={(e) => setDone((d) => (e.target.checked ? [...d, x.id] : d.filter((y) => y !== x.id)))}>
                  {x.title} · {formatDate(x.dueOn)}
                </Checkbox>
              ))}
          </Space>
        </fieldset>
      ) : null}
      <div className="mt-16">
        <Checkbox checked={ask} onChange={(e) => setAsk(e.target.checked)}>
          {t('rectify.requestVerification')}
        </Checkbox>
      </div>
    </Modal>
  );
}

export function VerifyModal({ measure, onClose, onDone }: { measure: Measure | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useSubmit();
  if (!measure) return null;
  const act = (approved: boolean) =>
    run(async () => {
      await rectifyApi.verify(measure.id, approved, note);
      message.success(approved ? t('rectify.verifiedOk') : t('rectify.refusedOk'));
      setNote('');
      onDone();
    });
  const close = () => {
    setNote('');
    setError(null);
    onClose();
  };
  return (
    <Modal
      open
      title={t('rectify.verifyTitle')}
      onCancel={close}
      footer={
        <Flex gap={8} wrap justify="flex-end">
          <Button onClick={close}>{t('rectify.cancel')}</Button>
          {measure.status !== 'verified' ? (
            <Button danger loading={busy} onClick={() => act(false)}>
              {t('rectify.refuse')}
            </Button>
          ) : null}
          {measure.status !== 'verified' ? (
            <Button type="primary" loading={busy} onClick={() => act(true)}>
              {t('rectify.approve')}
            </Button>
          ) : (
            <Button danger loading={busy} onClick={() => act(false)}>
              {t('rectify.eventKinds.reopened')}
            </Button>
          )}
        </Flex>
      }
    >
      <p className="muted">{measure.text}</p>
      {measure.lastProgress ? (
        <p>
          {t('rectify.lastProgress')}：{measure.lastProgress}
        </p>
      ) : null}
      {error ? <Alert type="error" showIcon role="alert" title={error} className="mb-16" /> : null}
      <label className="rx-label" htmlFor="rx-verify-note">
        {t('rectify.verifyNote')}
      </label>
      <Input.TextArea id="rx-verify-note" value={note} onChange={(e) => setNote(e.target.value)} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
    </Modal>
  );
}

function PublishModal({ problemId, orgId, open, onClose, onDone }: { problemId: Id; orgId: Id; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [result, setResult] = useState<{ version: number; hash: string } | null>(null);
  const { busy, error, setError, run } = useSubmit();
  const close = () => {
    setNote('');
    setResult(null);
    setError(null);
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('rectify.publishTitle')}
      onCancel={close}
      footer={
        result ? (
          <Flex gap={8} justify="flex-end" wrap>
            <Button href={`/portal.html#/rectify?org=${encodeURIComponent(orgId)}&problem=${encodeURIComponent(problemId)}`} target="_blank" rel="noopener">
              {t('rectify.viewOnPortal')}
            </Button>
            <Button type="primary" onClick={close}>
              OK
            </Button>
          </Flex>
        ) : (
          <Flex gap={8} justify="flex-end" wrap>
            <Button onClick={close}>{t('rectify.cancel')}</Button>
            <Button
              type="primary"
              loading={busy}
              onClick={() =>
                run(async () => {
                  const r = await rectifyApi.publish(problemId, note);
                  setResult(r);
                  onDone();
                })
              }
            >
              {t('rectify.publish')}
            </Button>
          </Flex>
        )
      }
    >
      {result ? (
        <div role="status">
          <Typography.Paragraph strong>{t('rectify.published', { version: result.version })}</Typography.Paragraph>
          <Typography.Paragraph>
            {t('rectify.hash')}：<code className="rx-hash">{result.hash}</code>
          </Typography.Paragraph>
        </div>
      ) : (
        <>
          <p>{t('rectify.publishHelp')}</p>
          {error ? <Alert type="error" showIcon role="alert" title={error} className="mb-16" /> : null}
          <label className="rx-label" htmlFor="rx-publish-note">
            {t('rectify.publishNote')}
          </label>
          <Input.TextArea id="rx-publish-note" value={note} onChange={(e) => setNote(e.target.value)} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </>
      )}
    </Modal>
  );
}
