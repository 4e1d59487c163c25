// One measure on its own page: what its owner opens from a notice (the owner may not reach the
// problem's unit), with progress, evidence, history, rating, and the report / verify actions.
import { useState } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../shared/api-types';
import { Link } from '../../shared/router';
import { ErrorState, Loading, PageTitle } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { MeasureCard, MeasureDetails, ProgressModal, VerifyModal } from './ProblemPage';
import { rectifyApi, type Measure } from './rectifyApi';
import './rectify.css';

export default function MeasurePage({ id }: { id: Id }) {
  const { t } = useTranslation();
  const req = useRequest((signal) => rectifyApi.measure(id, signal), [id]);
  // The problem, when the caller may read it (for the way back and its description).
  const problem = useRequest((signal) => (req.data ? rectifyApi.problem(req.data.measure.problemId, signal).catch(() => null) : Promise.resolve(null)), [req.data?.measure.problemId]);
  const [reporting, setReporting] = useState<Measure | null>(null);
  const [verifying, setVerifying] = useState<Measure | null>(null);
  const [tick, setTick] = useState(0);
  if (req.loading && !req.data) return <Loading />;
  if (req.error || !req.data) return <ErrorState error={req.error} onRetry={req.reload} />;
  const m = req.data.measure;
  const p = problem.data?.problem;
  const reload = () => {
    req.reload();
    setTick((x) => x + 1);
  };
  return (
    <div className="page rx-page">
      {p ? (
        <Link to={`/campaigns/${encodeURIComponent(p.campaignId)}/rectify/problems/${encodeURIComponent(p.id)}`} className="back-link">
          <ArrowLeftOutlined aria-hidden /> {t('rectify.problemTitle')}
        </Link>
      ) : null}
      <PageTitle title={t('rectify.measureTitle')} />
      {p ? (
        <p className="rx-card-meta">
          {t('rectify.measureOf')}
          {p.description}
        </p>
      ) : null}
      <MeasureCard measure={m} expandable={false} onEdit={() => undefined} onReport={() => setReporting(m)} onVerify={() => setVerifying(m)} />
      <MeasureDetails key={tick} id={m.id} />
      <ProgressModal measure={reporting} onClose={() => setReporting(null)} onDone={() => { setReporting(null); reload(); }} />
      <VerifyModal measure={verifying} onClose={() => setVerifying(null)} onDone={() => { setVerifying(null); reload(); }} />
    </div>
  );
}
