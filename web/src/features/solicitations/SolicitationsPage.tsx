// Listening (征求意见) for one campaign: the rounds of asking for opinions (create / edit in a
// drawer, letters to named people per round) and the symposiums recorded with their opinions.
// Cards rather than tables, so the page reads the same on a phone.
import { useState } from 'react';
import { Button, Card, Empty, Flex, Spin, Tag } from 'antd';
import { ArrowLeftOutlined, EditOutlined, MailOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Id, Solicitation, Symposium } from '../../shared/api-types';
import { formatDate, formatRange } from '../../shared/format';
import { Link } from '../../shared/router';
import { ErrorState, PageTitle } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { campaignApi } from '../campaigns/campaignApi';
import { LettersDrawer } from './LettersDrawer';
import { SolicitationDrawer } from './SolicitationDrawer';
import { SymposiumDrawer } from './SymposiumDrawer';
import { solicitationApi } from './solicitationApi';
import './solicitations.css';

export default function SolicitationsPage({ id }: { id: Id }) {
  const { t } = useTranslation();
  const campaign = useRequest((signal) => campaignApi.get(id, signal), [id]);
  const rounds = useRequest((signal) => solicitationApi.list(id, signal), [id]);
  const symposiums = useRequest((signal) => solicitationApi.symposiums(id, signal), [id]);
  const [editing, setEditing] = useState<Solicitation | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [lettersFor, setLettersFor] = useState<Solicitation | null>(null);
  const [recordOpen, setRecordOpen] = useState(false);

  const items = rounds.data?.items ?? [];
  const syms = symposiums.data?.items ?? [];
  const title = t('solicitations.title');

  const openForm = (s: Solicitation | null) => {
    setEditing(s);
    setFormOpen(true);
  };

  const roundCard = (s: Solicitation) => (
    <li key={s.id}>
      <Card className="sol-card" size="small">
        <h3 className="sol-card-title">{s.title}</h3>
        <dl className="sol-facts">
          <div>
            <dt>{t('solicitations.unit')}</dt>
            <dd>{s.org.name}</dd>
          </div>
          <div>
            <dt>{t('solicitations.period')}</dt>
            <dd>{formatRange(s.startsOn, s.endsOn)}</dd>
          </div>
          <div>
            <dt>{t('solicitations.audiences')}</dt>
            <dd className="sol-tags">
              {s.audiences.map((a) => (
                <Tag key={a}>{t(`audience.${a}` as 'audience.public', { defaultValue: a })}</Tag>
              ))}
            </dd>
          </div>
          <div>
            <dt>{t('solicitations.channels')}</dt>
            <dd className="sol-tags">
              {s.channels.map((c) => (
                <Tag key={c}>{t(`channel.${c}`, { defaultValue: c })}</Tag>
              ))}
            </dd>
          </div>
          <div>
            <dt>{t('solicitations.target')}</dt>
            <dd>
              {s.targetLabel
                ? t('solicitations.targetWithLabel', { kind: t(`targetKind.${s.targetKind}`), label: s.targetLabel })
                : t(`targetKind.${s.targetKind}`)}
            </dd>
          </div>
        </dl>
        {s.description && <p className="sol-desc">{s.description}</p>}
        {s.can.manage && (
          <Flex gap={8} wrap className="sol-card-actions">
            <Button size="small" icon={<EditOutlined aria-hidden />} aria-label={t('solicitations.editOf', { title: s.title })} onClick={() => openForm(s)}>
              {t('solicitations.edit')}
            </Button>
            <Button size="small" icon={<MailOutlined aria-hidden />} aria-label={t('solicitations.lettersOf', { title: s.title })} onClick={() => setLettersFor(s)}>
              {t('solicitations.letters')}
            </Button>
          </Flex>
        )}
      </Card>
    </li>
  );

  const symposiumCard = (s: Symposium) => {
    const total = Object.values(s.attendance).reduce((a, b) => a + b, 0);
    return (
      <li key={s.id}>
        <Card className="sol-card sol-sym-card" size="small">
          <div className="sol-card-head">
            <span>{formatDate(s.heldOn)}</span>
            <span className="sol-card-unit">{s.org.name}</span>
          </div>
          <dl className="sol-facts">
            <div>
              <dt>{t('solicitations.host')}</dt>
              <dd>{s.host}</dd>
            </div>
            <div>
              <dt>{t('solicitations.attendance')}</dt>
              <dd>
                {t('solicitations.attendanceTotal', { count: total })}
                {Object.keys(s.attendance).length > 0 && (
                  <span className="muted sol-attendance">
                    {' '}
                    {t('solicitations.attendanceDetail', {
                      list: Object.entries(s.attendance)
                        .map(([k, v]) => `${k} ${v}`)
                        .join(t('solicitations.listSep')),
                    })}
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('solicitations.opinions')}</dt>
              <dd className="sol-sym-opinions">{t('solicitations.opinionsCount', { count: s.opinions })}</dd>
            </div>
          </dl>
          {s.notes && <p className="sol-desc">{s.notes}</p>}
        </Card>
      </li>
    );
  };

  return (
    <div className="page solicitations-page">
      <Link to={`/campaigns/${encodeURIComponent(id)}`} className="back-link">
        <ArrowLeftOutlined aria-hidden /> {campaign.data?.campaign.name ?? t('solicitations.backToCampaign')}
      </Link>
      <PageTitle title={title} />

      <section className="sol-section" aria-labelledby="sol-rounds-title">
        <Flex justify="space-between" align="center" wrap gap={8} className="mb-8">
          <h2 id="sol-rounds-title" className="sol-section-title">
            {t('solicitations.rounds')}
          </h2>
          {campaign.data?.campaign.can.manageSolicitations ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => openForm(null)}>
              {t('solicitations.create')}
            </Button>
          ) : null}
        </Flex>
        {rounds.error ? <ErrorState error={rounds.error} onRetry={rounds.reload} /> : null}
        <Spin spinning={rounds.loading}>
          {items.length === 0 && !rounds.loading && !rounds.error ? (
            <Empty description={t('solicitations.empty')} />
          ) : (
            <ul className="sol-cards sol-rounds" aria-labelledby="sol-rounds-title">
              {items.map(roundCard)}
            </ul>
          )}
        </Spin>
      </section>

      <section className="sol-section" aria-labelledby="sol-syms-title">
        <Flex justify="space-between" align="center" wrap gap={8} className="mb-8">
          <h2 id="sol-syms-title" className="sol-section-title">
            {t('solicitations.symposiums')}
          </h2>
          {campaign.data?.campaign.can.enterOpinions ? (
            <Button icon={<TeamOutlined aria-hidden />} onClick={() => setRecordOpen(true)}>
              {t('solicitations.record')}
            </Button>
          ) : null}
        </Flex>
        {symposiums.error ? <ErrorState error={symposiums.error} onRetry={symposiums.reload} /> : null}
        <Spin spinning={symposiums.loading}>
          {syms.length === 0 && !symposiums.loading && !symposiums.error ? (
            <Empty description={t('solicitations.symposiumsEmpty')} />
          ) : (
            <ul className="sol-cards sol-symposiums" aria-labelledby="sol-syms-title">
              {syms.map(symposiumCard)}
            </ul>
          )}
        </Spin>
      </section>

      <SolicitationDrawer
        campaignId={id}
        open={formOpen}
        editing={editing}
        onClose={() => setFormOpen(false)}
        onSaved={() => {
          setFormOpen(false);
          rounds.reload();
        }}
      />
      <LettersDrawer solicitation={lettersFor} onClose={() => setLettersFor(null)} />
      <SymposiumDrawer
        campaignId={id}
        open={recordOpen}
        solicitations={items}
        onClose={() => setRecordOpen(false)}
        onRecorded={() => {
          setRecordOpen(false);
          symposiums.reload();
        }}
      />
    </div>
  );
}
