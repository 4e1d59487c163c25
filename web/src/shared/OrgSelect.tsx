// A select that finds organizations through /api/orgs/search as the user types.
import { useEffect, useRef, useState } from 'react';
import { Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, isAbort } from './api';
import type { Id, OrgSearchItem, OrgSearchResponse } from './api-types';

export interface OrgOption {
  id: Id;
  name: string;
}

interface Props {
  id?: string;
  value?: Id | null;
  onChange?: (value: Id | undefined, org: OrgSearchItem | undefined) => void;
  /** Shown when value is set but no search has happened yet. */
  initial?: OrgOption | null;
  placeholder?: string;
  allowClear?: boolean;
  /** Hide these ids (e.g. the org being moved). */
  exclude?: Id[];
  activeOnly?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
  className?: string;
}

export function OrgSelect({
  id,
  value,
  onChange,
  initial,
  placeholder,
  allowClear = true,
  exclude,
  activeOnly,
  style,
  className,
  'aria-label': ariaLabel,
}: Props) {
  const { t } = useTranslation();
  const [items, setItems] = useState<OrgSearchItem[]>([]);
  const [query, setQuery] = useState('');
  const [loading, setLoading] = useState(false);
  const ctrl = useRef<AbortController | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    window.clearTimeout(timer.current);
    ctrl.current?.abort();
    const q = query.trim();
    if (!q) {
      setItems([]);
      setLoading(false);
      return;
    }
    setLoading(true);
    timer.current = window.setTimeout(() => {
      const c = new AbortController();
      ctrl.current = c;
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
    return () => window.clearTimeout(timer.current);
  }, [query]);

  const visible = items.filter((o) => !exclude?.includes(o.id) && (!activeOnly || o.active));
  const options = visible.map((o) => ({
    value: o.id,
    label: o.name,
    item: o,
  }));
  if (value && initial && initial.id === value && !options.some((o) => o.value === value)) {
    options.unshift({ value: initial.id, label: initial.name, item: undefined as unknown as OrgSearchItem });
  }

  return (
    <Select<Id, (typeof options)[number]>
      id={id}
      aria-label={ariaLabel}
      className={className}
      style={style}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      value={value ?? undefined}
      placeholder={placeholder ?? t('orgSelect.placeholder')}
      allowClear={allowClear}
      options={options}
      optionRender={(opt) => {
        const item = opt.data.item;
        return (
          <div className="org-option">
            <div className="org-option-name">{opt.data.label}</div>
            {item?.pathNames?.length ? (
              <Typography.Text type="secondary" className="org-option-path">
                {item.pathNames.slice(0, -1).join(' / ')}
              </Typography.Text>
            ) : null}
          </div>
        );
      }}
      notFoundContent={loading ? <Spin size="small" /> : query.trim() ? t('orgSelect.noMatch') : t('orgSelect.typeToSearch')}
      onChange={(v, opt) => {
        const o = Array.isArray(opt) ? opt[0] : opt;
        onChange?.(v ?? undefined, o?.item);
      }}
      onClear={() => setQuery('')}
    />
  );
}
