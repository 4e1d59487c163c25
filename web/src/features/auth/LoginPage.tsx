import { useEffect } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { request } from '../../shared/api';
import { useSubmit } from '../../shared/useSubmit';
import type { LoginRequest, MeResponse } from '../../shared/api-types';
import { navigate, useLocation } from '../../shared/router';
import { LanguageSwitch } from '../../shared/LanguageSwitch';
import { useAuth } from './AuthContext';

export default function LoginPage() {
  const { t } = useTranslation();
  const { signedIn, expired } = useAuth();
  const { search } = useLocation();
  const { busy, error, run } = useSubmit();

  useEffect(() => {
    document.title = `${t('auth.loginTitle')} - ${t('app.title')}`;
  }, [t]);

  const submit = async (values: LoginRequest) => {
    await run(async () => {
      const r = await request<MeResponse>('POST', '/api/auth/login', { body: values, quiet401: true });
      signedIn(r.user);
      const next = search.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/orgs', { replace: true });
    });
  };

  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <main className="login-main">
        <div className="login-brand" aria-hidden="true">
          <img src="/favicon.svg" alt="" width={48} height={48} />
        </div>
        <Typography.Title level={1} className="login-title">
          {t('app.title')}
        </Typography.Title>
        <Card className="login-card">
          <Typography.Title level={2} className="login-card-title">
            {t('auth.loginTitle')}
          </Typography.Title>
          {expired && !error && <Alert type="warning" showIcon title={t('auth.sessionExpired')} className="mb-16" />}
          {error && <Alert type="error" showIcon title={error} className="mb-16" role="alert" />}
          <Form<LoginRequest> layout="vertical" onFinish={submit} requiredMark={false} name="login">
            <Form.Item
              label={t('auth.login')}
              name="login"
              rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('auth.login') }) }]}
            >
              <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" size="large" autoFocus />
            </Form.Item>
            <Form.Item
              label={t('auth.password')}
              name="password"
              rules={[{ required: true, message: t('common.required', { field: t('auth.password') }) }]}
            >
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={busy}>
              {busy ? t('auth.loggingIn') : t('auth.submit')}
            </Button>
          </Form>
        </Card>
        <Typography.Paragraph type="secondary" className="login-foot">
          {t('auth.loginSubtitle')}
        </Typography.Paragraph>
      </main>
    </div>
  );
}
