import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, type Solicitation, type SubmitResult, type TargetKind, type Unit } from '../api';
import { formatDay, useI18n } from '../i18n';
import { Counter, usePasteCut, errorText, href, Live, LoadError, Loading, ReceiptOnce, useLoad, usePageTitle } from '../ui';

const BODY_MAX = 5000;
const FILE_MAX = 5 * 1024 * 1024;
const FILES_MAX = 3;
const ACCEPTED = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf'];

export function Submit({ solicitationId }: { solicitationId: string | null }) {
  const { t } = useI18n();
  usePageTitle(t.submitTitle);
  const list = useLoad('solicitations', api.solicitations);
  const solicitation = list.data?.items.find((s) => s.id === solicitationId);
  return (
    <>
      <h1 tabIndex={-1}>{t.submitTitle}</h1>
      {list.loading && !list.data && <Loading />}
      {!!list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {list.data && !solicitation && (
        <div className="alert alert-info">
          <p>{t.submitClosed}</p>
          <a className="btn btn-secondary" href={href('/')}>
            {t.backHome}
          </a>
        </div>
      )}
      {solicitation && <SubmitForm key={solicitation.id} solicitation={solicitation} />}
    </>
  );
}

function SubmitForm({ solicitation }: { solicitation: Solicitation }) {
  const { t, lang } = useI18n();
  const initialKind: TargetKind = (['unit', 'leadership', 'leader'] as const).find((k) => k === solicitation.targetKind) ?? 'unit';
  const [unit, setUnit] = useState<Unit | null>({ id: solicitation.org.id, name: solicitation.org.name, parentName: null });
  const [targetKind, setTargetKind] = useState<TargetKind>(initialKind);
  const [targetLabel, setTargetLabel] = useState(solicitation.targetLabel);
  const [body, setBody] = useState('');
  const paste = usePasteCut(BODY_MAX);
  const [anonymous, setAnonymous] = useState(true);
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SubmitResult | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (result) doneRef.current?.focus();
  }, [result]);

  function fail(message: string, field: string | null) {
    setError(message);
    setInvalid(field);
    if (field) document.getElementById(field)?.focus();
  }

  function addFiles(list: FileList | null) {
    const picked = [...(list ?? [])];
    if (fileInput.current) fileInput.current.value = '';
    if (!picked.length) return;
    const next = [...files, ...picked];
    if (next.length > FILES_MAX) return fail(t.errFilesMany, 'files');
    for (const f of picked) {
      if (!ACCEPTED.includes(f.type)) return fail(t.errFileType(f.name), 'files');
      if (f.size > FILE_MAX) return fail(t.errFileBig(f.name), 'files');
    }
    setError('');
    setInvalid(null);
    setFiles(next);
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!unit) return fail(t.errUnit, 'unit-q');
    if (!body.trim()) return fail(t.errBody, 'body');
    if (!anonymous && !contactName.trim()) return fail(t.errName, 'contact-name');
    if (!anonymous && !contactPhone.trim() && !contactEmail.trim()) return fail(t.errContact, 'contact-phone');
    setError('');
    setInvalid(null);
    setBusy(true);
    try {
      const fields: Record<string, string | boolean> = {
        campaignId: solicitation.campaignId, orgId: unit.id, solicitationId: solicitation.id, body, targetKind, anonymous, channel: 'web',
      };
      if (targetKind !== 'unit' && targetLabel.trim()) fields.targetLabel = targetLabel.trim();
      if (!anonymous) {
        fields.contactName = contactName.trim();
        if (contactPhone.trim()) fields.contactPhone = contactPhone.trim();
        if (contactEmail.trim()) fields.contactEmail = contactEmail.trim();
      }
      let payload: Record<string, unknown> | FormData = fields;
      if (files.length) {
        const prepared: File[] = [];
        for (const [i, f] of files.entries()) {
          try {
            prepared.push(anonymous ? await scrub(f, i) : f);
          } catch {
            setBusy(false);
            return fail(t.errFileRead(f.name), 'files');
          }
        }
        const form = new FormData();
        for (const [k, v] of Object.entries(fields)) form.append(k, String(v));
        for (const f of prepared) form.append('files', f, f.name);
        payload = form;
      }
      setResult(await api.submit(payload));
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  }

  if (result) {
    return (
      <div className="done">
        <h2 ref={doneRef} tabIndex={-1}>
          {t.doneTitle}
        </h2>
        <p>{t.doneReceived(formatDay(result.receivedOn, lang))}</p>
        {result.receipt ? <ReceiptOnce receipt={result.receipt} /> : <p>{t.doneNamed}</p>}
        <p>
          <a className="link" href={href('/')}>
            {t.backHome}
          </a>
        </p>
      </div>
    );
  }

  const aria = (id: string, describedBy?: string) => ({
    id,
    'aria-invalid': invalid === id ? (true as const) : undefined,
    'aria-describedby': [describedBy, invalid === id ? 'form-error' : undefined].filter(Boolean).join(' ') || undefined,
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <div className="context">
        <p className="context-title" lang="zh-CN">{solicitation.title}</p>
        <p className="muted" lang="zh-CN">{solicitation.org.name}</p>
      </div>

      <UnitPicker campaignId={solicitation.campaignId} solicitationId={solicitation.id} value={unit} onChange={(u) => {
        if (u.id !== unit?.id) setTargetLabel('');
        setUnit(u);
      }} />

      <fieldset className="field">
        <legend>{t.targetLegend}</legend>
        <div className="choices">
          {([['unit', t.targetUnit], ['leadership', t.targetLeadership], ['leader', t.targetLeader]] as const).map(([k, label]) => (
            <label key={k} className="choice">
              <input type="radio" name="targetKind" value={k} checked={targetKind === k} onChange={() => setTargetKind(k)} />
              <span>{label}</span>
            </label>
          ))}
        </div>
        {targetKind !== 'unit' && (
          <div className="field sub">
            <label htmlFor="target-label">{targetKind === 'leader' ? t.targetNameLeader : t.targetNameLeadership}</label>
            <input id="target-label" lang="zh-CN" type="text" maxLength={100} value={targetLabel} onChange={(e) => setTargetLabel(e.target.value)} autoComplete="off" />
          </div>
        )}
      </fieldset>

      <div className="field">
        <label htmlFor="body">{t.bodyLabel}</label>
        <p className="hint" id="body-hint">{t.bodyHint}</p>
        <textarea {...aria('body', 'body-hint body-count')} rows={7} maxLength={BODY_MAX} required value={body} onPaste={paste.onPaste} onChange={(e) => { if (e.nativeEvent instanceof InputEvent && e.nativeEvent.inputType !== 'insertFromPaste') paste.clear(); setBody(e.target.value); }} />
        <Counter id="body-count" value={body} max={BODY_MAX} cut={paste.cut} />
      </div>

      <fieldset className="field">
        <legend>{t.identityLegend}</legend>
        <div className="choices">
          <label className="choice choice-block">
            <input type="radio" name="identity" checked={anonymous} onChange={() => setAnonymous(true)} aria-describedby="anon-help" />
            <span>
              <strong>{t.anonymous}</strong>
              <span className="hint" id="anon-help">{t.anonymousHelp}</span>
            </span>
          </label>
          <label className="choice choice-block">
            <input type="radio" name="identity" checked={!anonymous} onChange={() => setAnonymous(false)} aria-describedby="named-help" />
            <span>
              <strong>{t.named}</strong>
              <span className="hint" id="named-help">{t.namedHelp}</span>
            </span>
          </label>
        </div>
        {!anonymous && (
          <div className="contact">
            <p className="hint" id="contact-hint">{t.contactHint}</p>
            <div className="field sub">
              <label htmlFor="contact-name">{t.contactName}</label>
              <input {...aria('contact-name')} type="text" maxLength={50} autoComplete="name" required value={contactName} onChange={(e) => setContactName(e.target.value)} />
            </div>
            <div className="field sub">
              <label htmlFor="contact-phone">{t.contactPhone}</label>
              <input {...aria('contact-phone', 'contact-hint')} type="tel" inputMode="tel" maxLength={20} autoComplete="tel" value={contactPhone} onChange={(e) => setContactPhone(e.target.value)} />
            </div>
            <div className="field sub">
              <label htmlFor="contact-email">{t.contactEmail}</label>
              <input {...aria('contact-email', 'contact-hint')} type="email" maxLength={100} autoComplete="email" value={contactEmail} onChange={(e) => setContactEmail(e.target.value)} />
            </div>
          </div>
        )}
      </fieldset>

      <div className="field">
        <span className="field-title" id="files-title">{t.filesLabel}</span>
        <p className="hint" id="files-hint">
          {t.filesHint}
          {anonymous && <> {t.filesAnonNote}</>}
        </p>
        <input ref={fileInput} {...aria('files', 'files-title files-hint')} className="file-input" type="file" multiple accept="image/*,application/pdf" disabled={files.length >= FILES_MAX} onChange={(e) => addFiles(e.target.files)} />
        <label htmlFor="files" className="btn btn-secondary file-button">
          {t.filesAdd}
        </label>
        {files.length > 0 && (
          <ul className="files">
            {files.map((f, i) => (
              <li key={`${f.name}-${i}`}>
                <span className="file-name">{f.name}</span> <span className="muted">{formatSize(f.size)}</span>
                <button type="button" className="btn btn-small" aria-label={t.fileRemove(f.name)} onClick={() => setFiles(files.filter((_, j) => j !== i))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <Live kind="error">{error ? <p id="form-error">{error}</p> : null}</Live>

      <button type="submit" className="btn btn-primary btn-wide" disabled={busy} aria-disabled={busy}>
        {busy ? t.submitting : t.submit}
      </button>
    </form>
  );
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * For anonymous opinions: redraw images so that hidden metadata (camera, time, place) is
 * dropped, and replace file names, which often hold a name or a date.
 */
async function scrub(file: File, index: number): Promise<File> {
  if (file.type === 'application/pdf') return new File([file], `document-${index + 1}.pdf`, { type: file.type });
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const png = file.type === 'image/png' || file.type === 'image/gif';
  const type = png ? 'image/png' : 'image/jpeg';
  let scale = 1;
  try {
    for (let attempt = 0; attempt < 4; attempt++) {
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no canvas');
      ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.88));
      if (!blob) throw new Error('encode failed');
      if (blob.size <= FILE_MAX) return new File([blob], `image-${index + 1}.${png ? 'png' : 'jpg'}`, { type });
      scale *= 0.7;
    }
    throw new Error('too large');
  } finally {
    bitmap.close();
  }
}

function UnitPicker({ campaignId, solicitationId, value, onChange }: { campaignId: string; solicitationId: string; value: Unit | null; onChange: (u: Unit) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(!value);
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  const changeRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(q.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [q]);
  const units = useLoad(open ? `${campaignId}|${solicitationId}|${debounced}` : null, () => api.units(campaignId, debounced, solicitationId));
  const items = units.data?.items ?? [];
  const shown = value && !items.some((u) => u.id === value.id) ? [value, ...items] : items;

  return (
    <fieldset className="field">
      <legend>{t.unitLegend}</legend>
      <p className="chosen">
        <span className="muted">{t.unitChosen}{t.colon}</span>
        <strong data-testid="chosen-unit" lang="zh-CN">{value ? value.name : t.unitNone}</strong>
      </p>
      {!open && (
        <button
          ref={changeRef}
          id="unit-change"
          type="button"
          className="btn btn-secondary"
          aria-expanded={false}
          aria-controls="unit-panel"
          onClick={() => {
            setOpen(true);
            window.setTimeout(() => searchRef.current?.focus(), 0);
          }}
        >
          {t.unitChange}
        </button>
      )}
      {open && (
        <div id="unit-panel" className="unit-panel">
          <label htmlFor="unit-q">{t.unitSearch}</label>
          <p className="hint" id="unit-q-hint">{t.unitSearchHint}</p>
          <input ref={searchRef} id="unit-q" type="search" maxLength={30} autoComplete="off" aria-describedby="unit-q-hint unit-count" value={q} onChange={(e) => setQ(e.target.value)} />
          <p id="unit-count" className="muted" role="status">
            {units.loading ? t.loading : units.data ? t.unitCount(units.data.items.length) : ''}
          </p>
          {!!units.error && <LoadError error={units.error} onRetry={units.reload} />}
          <div role="radiogroup" aria-label={t.unitResults} className="choices unit-list">
            {shown.map((u) => (
              <label key={u.id} className="choice">
                <input type="radio" name="unit" value={u.id} checked={value?.id === u.id} onChange={() => onChange(u)} />
                <span lang="zh-CN">
                  {u.name}
                  {u.parentName && <span className="hint"> {u.parentName}</span>}
                </span>
              </label>
            ))}
          </div>
          {value && (
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => {
                setOpen(false);
                window.setTimeout(() => changeRef.current?.focus(), 0);
              }}
            >
              {t.unitDone}
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}
