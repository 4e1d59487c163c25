import type { ReactNode } from 'react';
import { Alert, Button, Drawer, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

// The drawer every figures set-up form opens in: a title, the server's refusal above the form
// (as it comes, in the user's language), cancel and submit at the bottom.
export function FormDrawer({ open, onClose, onOpen, title, submitLabel, busy, error, onSubmit, children }: {
  open: boolean;
  onClose: () => void;
  /** Runs each time the drawer has opened (clear the last error, fill defaults). */
  onOpen: () => void;
  title: string;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size="large"
      destroyOnHidden
      afterOpenChange={(o) => { if (o) onOpen(); }}
      footer={
        <Flex gap={8} justify="flex-end">
          <Button onClick={onClose}>{t('figures.form.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={onSubmit}>{submitLabel}</Button>
        </Flex>
      }
    >
      {error ? <Alert type="error" showIcon role="alert" title={error} className="figures-alert" /> : null}
      {children}
    </Drawer>
  );
}
