// Several organizations at once, found through /api/orgs/search as the user types. Selected
// organizations keep their names as tags (which wrap) while later searches change the options.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, isAbort } from '../../shared/api';
import type { Id, IdName, OrgSearchItem, OrgSearchResponse } from '../../shared/api-types';

interface Props {
  id?: string;
  value?: Id[];
  onChange?: (value: Id[]) => void;
  /** Names of organizations already selected (e.g. the current exclusions). */
  initial?: IdName[];
  /** Only offer organizations strictly below the one with this name (a hint; the server checks). */
  withinName?: string;
  placeholder?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
}

export function OrgMultiSelect({ id, value, onChange, initial, withinName, placeholder, ...aria }: Props) {
  const { t } = useTranslation();
  const [items, setItems] = useState<OrgSearchItem[]>([]);
  const [query, setQuery] = useState('');
  const [loading, setLoading] = useState(false);
  const [known, setKnown] = useState<Map<Id, string>>(() => new Map((initial ?? []).map((o) => [o.id, o.name])));
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!initial?.length) return;
    setKnown((prev) => {
      const next = new Map(prev);
      for (const o of initial) next.set(o.id, o.name);
      return next;
    });
  }, [initial]);

  useEffect(() => {
    window.clearTimeout(timer.current);
    const q = query.trim();
    if (!q) {
      setItems([]);
      setLoading(false);
      return;
    }
    setLoading(true);
    const c = new AbortController();
    timer.current = window.setTimeout(() => {
      api.get<OrgSearchResponse>('/api/orgs/search', { q }, c.signal).then(
        (r) => {
          if (c.signal.aborted) return;
          setItems(r.items);
          setLoading(false);
        },
        (e: unknown) => {
          if (isAbort(e) || c.signal.aborted) return;
          setItems([]);
          setLoading(false);
        },
      );
    }, 250);
    return () => {
      window.clearTimeout(timer.current);
      c.abort();
    };
  }, [query]);

  const selected = useMemo(() => value ?? [], [value]);
  const options = useMemo(() => {
    const found = items
      .filter((o) => o.active && (!withinName || o.pathNames.slice(0, -1).includes(withinName)))
      .map((o) => ({ value: o.id, label: o.name, path: o.pathNames.slice(0, -1).join(' / ') }));
    const ids = new Set(found.map((o) => o.value));
    const kept = selected.filter((v) => !ids.has(v)).map((v) => ({ value: v, label: known.get(v) ?? v, path: '' }));
    return [...kept, ...found];
  }, [items, withinName, selected, known]);

  return (
    <Select<Id[], (typeof options)[number]>
      id={id}
      mode="multiple"
      aria-label={aria['aria-label']}
      aria-describedby={aria['aria-describedby']}
      style={{ width: '100%' }}
      className="org-multi-select"
      showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
      value={selected}
      placeholder={placeholder ?? t('orgSelect.placeholder')}
      options={options}
      optionRender={(opt) => (
        <div className="org-option">
          <div className="org-option-name">{opt.data.label}</div>
          {opt.data.path ? (
            <Typography.Text type="secondary" className="org-option-path">
              {opt.data.path}
            </Typography.Text>
          ) : null}
        </div>
      )}
      notFoundContent={loading ? <Spin size="small" /> : query.trim() ? t('orgSelect.noMatch') : t('orgSelect.typeToSearch')}
      onChange={(v, opts) => {
        const list = Array.isArray(opts) ? opts : [];
        setKnown((prev) => {
          const next = new Map(prev);
          for (const o of list) if (o && typeof o.label === 'string') next.set(o.value, o.label);
          return next;
        });
        setQuery('');
        onChange?.(v);
      }}
      allowClear
    />
  );
}
