import { useState, type ReactNode } from 'react';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Typography, type MenuProps } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  DownOutlined,
  FlagOutlined,
  KeyOutlined,
  LogoutOutlined,
  MessageOutlined,
  MenuOutlined,
  NotificationOutlined,
  TeamOutlined,
  ToolOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth, useMe } from '../features/auth/AuthContext';
import { ChangePasswordModal } from '../features/auth/ChangePasswordModal';
import { NotificationBell } from '../features/rectify/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';
import { matchPath, navigate, useLocation } from './router';

const { Header, Sider, Content } = Layout;

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useAuth();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [pwOpen, setPwOpen] = useState(false);

  // Inside a campaign, its opinions inbox (意见建议) and solicitations (征求意见) are one click away.
  const campaignId = (
    matchPath('/campaigns/:id', pathname) ??
    matchPath('/campaigns/:id/opinions', pathname) ??
    matchPath('/campaigns/:id/solicitations', pathname) ??
    matchPath('/campaigns/:id/rectify', pathname)
  )?.id;
  const items: MenuProps['items'] = [
    { key: '/orgs', icon: <ApartmentOutlined />, label: t('nav.orgs') },
    { key: '/campaigns', icon: <FlagOutlined />, label: t('nav.campaigns') },
    ...(campaignId
      ? [
          { key: `/campaigns/${encodeURIComponent(campaignId)}/opinions`, icon: <MessageOutlined />, label: t('opinions.title') },
          { key: `/campaigns/${encodeURIComponent(campaignId)}/solicitations`, icon: <NotificationOutlined />, label: t('solicitations.title') },
          { key: `/campaigns/${encodeURIComponent(campaignId)}/rectify`, icon: <ToolOutlined />, label: t('rectify.title') },
        ]
      : []),
    ...(me.can.manageUsers ? [{ key: '/users', icon: <TeamOutlined />, label: t('nav.users') }] : []),
    ...(me.can.readAudit ? [{ key: '/audit', icon: <AuditOutlined />, label: t('nav.audit') }] : []),
  ];
  const selected = campaignId && (pathname.endsWith('/opinions') || pathname.endsWith('/solicitations') || pathname.endsWith('/rectify')) ? pathname : '/' + (pathname.split('/')[1] ?? '');

  const menu = (
    <nav aria-label={t('nav.menu')}>
      <Menu
        mode="inline"
        selectedKeys={[selected]}
        items={items}
        onClick={({ key }) => {
          setDrawerOpen(false);
          navigate(key);
        }}
      />
    </nav>
  );

  const userMenu: MenuProps['items'] = [
    { key: 'org', label: <span className="user-menu-org">{me.orgName}</span>, disabled: true },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('header.changePassword') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout') },
  ];

  const brand = (
    <a
      href="/orgs"
      className="brand"
      onClick={(e) => {
        e.preventDefault();
        navigate('/orgs');
      }}
    >
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <span className="brand-text">{isPhone ? t('app.shortTitle') : t('app.title')}</span>
    </a>
  );

  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header className="app-header">
        {isPhone && (
          <Button
            type="text"
            className="header-icon-btn"
            icon={<MenuOutlined />}
            aria-label={t('nav.openMenu')}
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        {brand}
        <div className="header-right">
          <LanguageSwitch />
          <NotificationBell />
          <Dropdown
            trigger={['click']}
            menu={{
              items: userMenu,
              onClick: ({ key }) => {
                if (key === 'password') setPwOpen(true);
                if (key === 'logout') void logout();
              },
            }}
          >
            <Button type="text" className="user-button" aria-label={`${t('header.userMenu')}: ${me.name}`}>
              <UserOutlined aria-hidden />
              <Typography.Text ellipsis className="user-name">
                {me.name}
              </Typography.Text>
              <DownOutlined aria-hidden className="user-caret" />
            </Button>
          </Dropdown>
        </div>
      </Header>
      <Layout>
        {!isPhone && (
          <Sider width={208} theme="light" className="app-sider" breakpoint="lg" collapsible collapsedWidth={64}>
            {menu}
          </Sider>
        )}
        {isPhone && (
          <Drawer
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            placement="left"
            size={260}
            title={t('app.shortTitle')}
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        )}
        <Content id="main" className="app-content" tabIndex={-1}>
          {children}
        </Content>
      </Layout>
      <ChangePasswordModal open={pwOpen} onClose={() => setPwOpen(false)} />
    </Layout>
  );
}
