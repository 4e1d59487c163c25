// Letters (征求意见函) of one round: type recipients as "姓名，单位" lines, create the letters,
// and copy each personal link now — the server returns the links only once. Below, the letters
// sent so far with 已回复 / 未回复.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Drawer, Empty, Form, Grid, Input, Spin, Tag } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/api';
import type { LetterCreated, Solicitation } from '../../shared/api-types';
import { formatDateTime } from '../../shared/format';
import { ErrorState } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { parseRecipients, solicitationApi } from './solicitationApi';

interface Props {
  solicitation: Solicitation | null;
  onClose: () => void;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function LettersDrawer({ solicitation, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isPhone = !(Grid.useBreakpoint().md ?? true);
  const [text, setText] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<LetterCreated[]>([]);
  const id = solicitation?.id ?? null;
  const letters = useRequest((signal) => (id ? solicitationApi.letters(id, signal) : Promise.resolve({ items: [] })), [id]);

  useEffect(() => {
    setText('');
    setInputError(null);
    setError(null);
    setCreated([]);
  }, [id]);

  const send = async () => {
    if (!id || busy) return;
    const { recipients, badLine } = parseRecipients(text);
    if (badLine !== null) return setInputError(t('solicitations.recipientLineInvalid', { line: badLine }));
    if (recipients.length === 0) return setInputError(t('solicitations.recipientsRequired'));
    if (recipients.length > 500) return setInputError(t('solicitations.tooMany'));
    setInputError(null);
    setError(null);
    setBusy(true);
    try {
      const r = await solicitationApi.sendLetters(id, { recipients: recipients.map((x) => ({ name: x.name, unit: x.unit || undefined })) });
      setCreated(r.letters);
      setText('');
      message.success(t('solicitations.sent', { count: r.letters.length }));
      letters.reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const items = letters.data?.items ?? [];
  const done = items.filter((l) => l.respondedAt).length;

  return (
    <Drawer
      open={!!solicitation}
      onClose={onClose}
      size={isPhone ? '100%' : 640}
      title={solicitation ? t('solicitations.lettersOf', { title: solicitation.title }) : t('solicitations.lettersTitle')}
    >
      {created.length > 0 && (
        <section className="sol-links mb-16" aria-labelledby="sol-links-title">
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={<span id="sol-links-title">{t('solicitations.linksOnce')}</span>}
            description={t('solicitations.linksOnceHint')}
            className="mb-8"
          />
          <ul className="sol-link-list">
            {created.map((l) => {
              const url = window.location.origin + l.link;
              return (
                <li key={l.id} className="sol-link-item">
                  <div className="sol-link-who">
                    <span className="sol-link-name">{l.name}</span>
                    {l.unit && <span className="muted"> {l.unit}</span>}
                  </div>
                  <div className="sol-link-row">
                    <code className="sol-link-url">{url}</code>
                    <Button
                      size="small"
                      icon={<CopyOutlined aria-hidden />}
                      aria-label={t('solicitations.copyOf', { name: l.name })}
                      onClick={() => {
                        void copyText(url).then((ok) => (ok ? message.success(t('solicitations.copied')) : message.error(t('solicitations.copyFailed'))));
                      }}
                    >
                      {t('solicitations.copy')}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <Form layout="vertical" name="letters" onFinish={() => void send()}>
        <p className="muted" id="sol-recipients-hint">
          {t('solicitations.recipientsHint')}
        </p>
        <Form.Item
          label={t('solicitations.recipients')}
          htmlFor="sol-recipients"
          validateStatus={inputError ? 'error' : undefined}
          help={inputError ?? undefined}
        >
          <Input.TextArea
            id="sol-recipients"
            rows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('solicitations.recipientsPlaceholder')}
            aria-describedby="sol-recipients-hint"
          />
        </Form.Item>
        {error && <Alert type="error" showIcon role="alert" title={error} className="mb-16" />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('solicitations.send')}
        </Button>
      </Form>

      <h2 className="sol-section-title">{t('solicitations.letterList')}</h2>
      {letters.error ? <ErrorState error={letters.error} onRetry={letters.reload} /> : null}
      <Spin spinning={letters.loading}>
        {items.length === 0 && !letters.loading ? (
          <Empty description={t('solicitations.lettersEmpty')} />
        ) : (
          <>
            <div className="muted mb-8" aria-live="polite">
              {t('solicitations.respondedCount', { done, total: items.length })}
            </div>
            <ul className="sol-letter-list">
              {items.map((l) => (
                <li key={l.id}>
                  <span className="sol-letter-who">
                    <span className="sol-link-name">{l.name}</span>
                    {l.unit && <span className="muted"> {l.unit}</span>}
                  </span>
                  {l.respondedAt ? (
                    <Tag className="sol-tag-done" title={formatDateTime(l.respondedAt)}>
                      {t('solicitations.responded')}
                    </Tag>
                  ) : (
                    <Tag className="sol-tag-wait">{t('solicitations.notResponded')}</Tag>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </Spin>
    </Drawer>
  );
}
