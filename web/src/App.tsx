import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { App as AntApp, Button, ConfigProvider, Result } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import zhTWLocale from 'antd/locale/zh_TW';
import enUSLocale from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import { useTranslation } from 'react-i18next';
import { AuthProvider, useAuth } from './features/auth/AuthContext';
import { AppLayout } from './shared/AppLayout';
import { matchPath, navigate, useLocation } from './shared/router';
import { Loading } from './shared/ui';
import { currentLanguage, type Language } from './i18n';

const LoginPage = lazy(() => import('./features/auth/LoginPage'));
const OrgsPage = lazy(() => import('./features/organizations/OrgsPage'));
const CampaignsPage = lazy(() => import('./features/campaigns/CampaignsPage'));
const CampaignPage = lazy(() => import('./features/campaigns/CampaignPage'));
const UsersPage = lazy(() => import('./features/users/UsersPage'));
const AuditPage = lazy(() => import('./features/audit/AuditPage'));
const InboxPage = lazy(() => import('./features/opinions/InboxPage'));
const SolicitationsPage = lazy(() => import('./features/solicitations/SolicitationsPage'));
const TriagePage = lazy(() => import('./features/triage/TriagePage'));
const RectifyPage = lazy(() => import('./features/rectify/RectifyPage'));
const ProblemPage = lazy(() => import('./features/rectify/ProblemPage'));
const MeasurePage = lazy(() => import('./features/rectify/MeasurePage'));
const FiguresPage = lazy(() => import('./features/figures/DashboardPage'));

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('common.notFound')}
      extra={
        <Button type="primary" onClick={() => navigate('/orgs')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}

function Routes() {
  const { status, user } = useAuth();
  const { pathname, href } = useLocation();

  if (status === 'loading') return <Loading />;

  if (pathname === '/login') {
    if (user) return <Redirect to="/orgs" />;
    return <LoginPage />;
  }
  if (!user) return <Redirect to={`/login?next=${encodeURIComponent(href)}`} />;

  let page: ReactNode;
  let params: Record<string, string> | null;
  if (pathname === '/' || pathname === '') page = <Redirect to="/orgs" />;
  else if (pathname === '/orgs') page = <OrgsPage />;
  else if (pathname === '/campaigns') page = <CampaignsPage />;
  else if ((params = matchPath('/campaigns/:id', pathname))) page = <CampaignPage key={params.id} id={params.id} />;
  else if ((params = matchPath('/campaigns/:id/opinions', pathname))) page = <InboxPage key={params.id} id={params.id} />;
  else if ((params = matchPath('/campaigns/:id/solicitations', pathname))) page = <SolicitationsPage key={params.id} id={params.id} />;
  else if ((params = matchPath('/campaigns/:id/triage', pathname))) page = <TriagePage key={params.id} id={params.id} />;
  else if ((params = matchPath('/campaigns/:id/rectify', pathname))) page = <RectifyPage key={params.id} id={params.id} />;
  else if ((params = matchPath('/campaigns/:id/rectify/problems/:pid', pathname))) page = <ProblemPage key={params.pid} campaignId={params.id} problemId={params.pid} />;
  else if ((params = matchPath('/rectify/measures/:id', pathname))) page = <MeasurePage key={params.id} id={params.id} />;
  else if ((params = matchPath('/campaigns/:id/figures', pathname))) page = <FiguresPage key={params.id} id={params.id} />;
  else if (pathname === '/users' && user.can.manageUsers) page = <UsersPage />;
  else if (pathname === '/audit' && user.can.readAudit) page = <AuditPage />;
  else page = <NotFound />;

  return (
    <AppLayout>
      <Suspense fallback={<Loading />}>{page}</Suspense>
    </AppLayout>
  );
}

function usePrefersReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduced, setReduced] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.(query);
    if (!mq) return;
    const on = () => setReduced(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return reduced;
}

// Per language: Ant Design's texts, dayjs's (month and weekday names in the date pickers) and a
// font list that prefers the Traditional (TC) or Simplified (SC) faces of the CJK fonts.
const ANTD_LOCALES = { 'zh-CN': zhCNLocale, 'zh-TW': zhTWLocale, en: enUSLocale } satisfies Record<Language, unknown>;
const DAYJS_LOCALES: Record<Language, string> = { 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw', en: 'en' };
const LATIN_FONTS = "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const FONTS: Record<Language, string> = {
  'zh-CN': `-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', ${LATIN_FONTS}`,
  'zh-TW': `-apple-system, BlinkMacSystemFont, 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC', 'WenQuanYi Zen Hei', ${LATIN_FONTS}`,
  en: `-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', ${LATIN_FONTS}`,
};

export default function App() {
  const { i18n } = useTranslation();
  const reducedMotion = usePrefersReducedMotion();
  void i18n.language; // re-render on change
  const lang = currentLanguage();
  const locale = ANTD_LOCALES[lang];
  // Set before the children render, so a date picker opened after a switch reads the new names.
  if (dayjs.locale() !== DAYJS_LOCALES[lang]) dayjs.locale(DAYJS_LOCALES[lang]);
  return (
    <ConfigProvider
      locale={locale}
      theme={{
        token: {
          colorPrimary: '#b71c1c',
          colorLink: '#a31515',
          motion: !reducedMotion,
          colorError: '#c41d1d',
          // darker secondary text than antd's default so it passes WCAG AA contrast
          colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
          colorTextDescription: 'rgba(0, 0, 0, 0.6)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
          borderRadius: 6,
          fontFamily: FONTS[lang],
        },
        components: {
          Breadcrumb: {
            linkColor: 'rgba(0, 0, 0, 0.68)',
            separatorColor: 'rgba(0, 0, 0, 0.6)',
            itemColor: 'rgba(0, 0, 0, 0.68)',
            lastItemColor: 'rgba(0, 0, 0, 0.88)',
          },
        },
      }}
    >
      <AntApp>
        <AuthProvider>
          <Suspense fallback={<Loading />}>
            <Routes />
          </Suspense>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}
