// Small pieces the rectify pages share: status tags, the owner-person picker, the timetable bars.
import { useEffect, useRef, useState } from 'react';
import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isAbort } from '../../shared/api';
import type { Id } from '../../shared/api-types';
import { formatDate } from '../../shared/format';
import { Link } from '../../shared/router';
import { chinaToday, measurePath, rectifyApi, type Measure, type MeasureStatus, type ProblemStatus, type Wind } from './rectifyApi';

export function MeasureStatusTag({ status }: { status: MeasureStatus }) {
  const { t } = useTranslation();
  return <Tag className={`rx-status rx-m-${status}`}>{t(`rectify.measureStatus.${status}`)}</Tag>;
}

export function ProblemStatusTag({ status }: { status: ProblemStatus }) {
  const { t } = useTranslation();
  return <Tag className={`rx-status rx-p-${status}`}>{t(`rectify.problemStatus.${status}`)}</Tag>;
}

export function WindTag({ wind }: { wind: Wind }) {
  const { t } = useTranslation();
  return <Tag className={`rx-wind rx-wind-${wind}`}>{t(`rectify.winds.${wind}`)}</Tag>;
}

/** An active user found by name (the owner person of a measure). */
export function UserSelect({ id, value, onChange, initial, orgId }: { id?: string; value?: Id | null; onChange?: (v: Id | undefined) => void; initial?: { id: Id; name: string } | null; orgId?: Id }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<{ id: Id; name: string; org?: { name: string } }[]>([]);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    const ctrl = new AbortController();
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      rectifyApi.users(q.trim(), orgId, ctrl.signal).then(
        (r) => setItems(r.items),
        (e: unknown) => {
          if (!isAbort(e)) setItems([]);
        },
      );
    }, 250);
    return () => {
      window.clearTimeout(timer.current);
      ctrl.abort();
    };
  }, [q, orgId]);
  const options = items.map((u) => ({ value: u.id, label: u.org?.name ? `${u.name}（${u.org.name}）` : u.name }));
  if (value && initial && initial.id === value && !options.some((o) => o.value === value)) options.unshift({ value: initial.id, label: initial.name });
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      placeholder={t('rectify.ownerUserSearch')}
      options={options}
    />
  );
}

const DAY = 86_400_000;
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** Gantt-like bars: each measure from start to deadline, its milestones, and today's line. */
export function Timetable({ measures }: { measures: Measure[] }) {
  const { t } = useTranslation();
  const today = chinaToday();
  if (!measures.length) return <p className="muted">{t('rectify.noTimetable')}</p>;
  const lo = Math.min(ms(today), ...measures.map((m) => ms(m.startsOn)));
  const hi = Math.max(ms(today), ...measures.map((m) => ms(m.dueOn))) + DAY;
  const span = Math.max(DAY, hi - lo);
  const pct = (d: string) => `${(((ms(d) - lo) / span) * 100).toFixed(2)}%`;
  const todayPct = pct(today);
  return (
    <div className="rx-tt">
      <p className="muted">{t('rectify.timetableHint')}</p>
      <div className="rx-tt-scale" aria-hidden>
        <span>{formatDate(new Date(lo).toISOString().slice(0, 10))}</span>
        <span>{formatDate(new Date(hi - DAY).toISOString().slice(0, 10))}</span>
      </div>
      <ul className="rx-tt-rows">
        {measures.map((m) => (
          <li key={m.id} className="rx-tt-row">
            <div className="rx-tt-label">
              <Link to={measurePath(m.id)}>{m.text}</Link>
              <span className="rx-tt-meta">
                <MeasureStatusTag status={m.status} /> {m.ownerOrg.name} · {m.ownerUser.name} · {formatDate(m.startsOn)} – {formatDate(m.dueOn)}
              </span>
            </div>
            <div className="rx-tt-track" role="img" aria-label={`${m.text}：${formatDate(m.startsOn)} – ${formatDate(m.dueOn)}，${t(`rectify.measureStatus.${m.status}`)}`}>
              <div className={`rx-tt-bar rx-bar-${m.status}`} style={{ left: pct(m.startsOn), width: `calc(${pct(m.dueOn)} - ${pct(m.startsOn)} + ${((DAY / span) * 100).toFixed(2)}%)` }} />
              {m.milestones.map((x) => (
                <span key={x.id} className={`rx-tt-ms${x.done ? ' done' : ''}`} style={{ left: pct(x.dueOn) }} title={`${x.title} ${formatDate(x.dueOn)}`} />
              ))}
              <span className="rx-tt-today" style={{ left: todayPct }} title={t('rectify.today')} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function daysBetween(a: string, b: string): number {
  return Math.round((ms(b) - ms(a)) / DAY);
}
