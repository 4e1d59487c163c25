import { useCallback, useEffect, useRef, useState } from 'react';
import { App, Button, Card, Col, Empty, Flex, Input, List, Row, Switch, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage, isAbort } from '../../shared/api';
import type { Id, OrgDetail, OrgNode, OrgSearchItem } from '../../shared/api-types';
import { ErrorState, Loading, PageTitle } from '../../shared/ui';
import { useMe } from '../auth/AuthContext';
import { ImportModal } from './ImportModal';
import { OrgDetailPanel } from './OrgDetailPanel';
import { orgApi } from './orgApi';

interface TreeState {
  nodes: Record<Id, OrgNode>;
  children: Record<Id, Id[]>;
  roots: Id[];
}

const emptyTree: TreeState = { nodes: {}, children: {}, roots: [] };

export default function OrgsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const [tree, setTree] = useState<TreeState>(emptyTree);
  const treeRef = useRef(tree);
  treeRef.current = tree;
  const [rootsLoading, setRootsLoading] = useState(true);
  const [rootsError, setRootsError] = useState<unknown>(null);
  const [expanded, setExpanded] = useState<Id[]>([]);
  const [selected, setSelected] = useState<Id | null>(null);
  const [includeInactive, setIncludeInactive] = useState(true);
  const [reloadTick, setReloadTick] = useState(0);
  const [detailTick, setDetailTick] = useState(0);

  const [query, setQuery] = useState('');
  const [results, setResults] = useState<OrgSearchItem[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const detailRef = useRef<HTMLDivElement>(null);

  // roots
  useEffect(() => {
    const ctrl = new AbortController();
    setRootsLoading(true);
    setRootsError(null);
    orgApi.roots(ctrl.signal).then(
      (r) => {
        const nodes: Record<Id, OrgNode> = {};
        r.items.forEach((o) => (nodes[o.id] = o));
        setTree({ nodes, children: {}, roots: r.items.map((o) => o.id) });
        setExpanded([]);
        setRootsLoading(false);
        // open the first top level right away: it is what everybody looks at first
        if (r.items.length === 1 && r.items[0].childCount > 0) {
          void loadChildren(r.items[0].id).then(() => setExpanded([r.items[0].id]));
        }
      },
      (e: unknown) => {
        if (isAbort(e)) return;
        setRootsError(e);
        setRootsLoading(false);
      },
    );
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reloadTick, includeInactive]);

  const loadChildren = useCallback(
    async (id: Id): Promise<void> => {
      const r = await orgApi.children(id, includeInactive);
      setTree((prev) => {
        const nodes = { ...prev.nodes };
        r.items.forEach((o) => (nodes[o.id] = o));
        const parent = nodes[id];
        if (parent) nodes[id] = { ...parent, childCount: Math.max(r.items.length, includeInactive ? 0 : parent.childCount) };
        return { ...prev, nodes, children: { ...prev.children, [id]: r.items.map((o) => o.id) } };
      });
    },
    [includeInactive],
  );

  /** Reload a node's children if they were loaded before (after a change below it). */
  const refreshChildren = useCallback(
    async (id: Id | null | undefined) => {
      if (!id) return;
      try {
        await loadChildren(id);
      } catch (e) {
        message.error(errorMessage(e));
      }
    },
    [loadChildren, message],
  );

  /** Forget the loaded children of a subtree so it reloads when opened again. */
  const dropSubtree = useCallback((id: Id) => {
    setTree((prev) => {
      const children = { ...prev.children };
      const stack = [id];
      while (stack.length) {
        const cur = stack.pop()!;
        (children[cur] ?? []).forEach((c) => stack.push(c));
        delete children[cur];
      }
      return { ...prev, children };
    });
    setExpanded((prev) => prev.filter((k) => k !== id));
  }, []);

  /** Opens the tree down to an org (loading each level as needed) and selects it. */
  const reveal = useCallback(
    async (id: Id) => {
      try {
        const d = await orgApi.get(id);
        const chain = d.ancestors.map((a) => a.id);
        const toExpand: Id[] = [];
        let started = false;
        for (const aid of chain) {
          const st = treeRef.current;
          if (!started && !st.roots.includes(aid)) continue; // above what the caller sees
          started = true;
          if (!treeRef.current.children[aid]) await loadChildren(aid);
          toExpand.push(aid);
        }
        setExpanded((prev) => Array.from(new Set([...prev, ...toExpand])));
        setSelected(id);
        window.setTimeout(() => {
          document.querySelector(`[data-org-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
        }, 50);
      } catch (e) {
        message.error(errorMessage(e));
      }
    },
    [loadChildren, message],
  );

  // search
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults(null);
      setSearching(false);
      return;
    }
    const ctrl = new AbortController();
    setSearching(true);
    const timer = window.setTimeout(() => {
      orgApi.search(q, ctrl.signal).then(
        (r) => {
          setResults(r.items);
          setSearching(false);
        },
        (e: unknown) => {
          if (isAbort(e)) return;
          setSearching(false);
          message.error(errorMessage(e));
        },
      );
    }, 300);
    return () => {
      window.clearTimeout(timer);
      ctrl.abort();
    };
  }, [query, message]);

  const buildTree = (ids: Id[]): TreeDataNode[] =>
    ids
      .map((id) => tree.nodes[id])
      .filter((o): o is OrgNode => !!o)
      .map((o) => {
        const kids = tree.children[o.id];
        return {
          key: o.id,
          isLeaf: kids ? kids.length === 0 : o.childCount === 0,
          className: o.active ? undefined : 'org-inactive',
          title: (
            <span className="org-title" data-org-id={o.id}>
              <span className="org-title-name">{o.name}</span>
              <Tag className="org-type-tag" variant="filled">
                {t(`orgType.${o.type}`)}
              </Tag>
              {!o.active && (
                <Tag color="default" className="org-inactive-tag">
                  {t('orgs.inactiveTag')}
                </Tag>
              )}
            </span>
          ),
          children: kids ? buildTree(kids) : undefined,
        };
      });

  const select = (id: Id) => {
    setSelected(id);
    if (window.matchMedia('(max-width: 991px)').matches) {
      window.setTimeout(() => detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 100);
    }
  };

  const onOrgChanged = (org: OrgDetail) => {
    setTree((prev) => {
      const old = prev.nodes[org.id];
      if (!old) return prev;
      // keep the tree's own child count: it comes from the children listing
      return { ...prev, nodes: { ...prev.nodes, [org.id]: { ...old, ...org, childCount: old.childCount } } };
    });
  };

  const onCreated = async (org: OrgDetail) => {
    if (org.parentId) {
      await refreshChildren(org.parentId);
      setExpanded((prev) => Array.from(new Set([...prev, org.parentId!])));
    }
    setSelected(org.id);
    setDetailTick((x) => x + 1);
  };

  const onMoved = async (org: OrgDetail, oldParentId: Id | null) => {
    if (oldParentId && treeRef.current.children[oldParentId]) await refreshChildren(oldParentId);
    if (org.parentId && treeRef.current.children[org.parentId]) await refreshChildren(org.parentId);
    await reveal(org.id);
    setDetailTick((x) => x + 1);
  };

  const onStateChanged = async (org: OrgDetail) => {
    dropSubtree(org.id);
    if (org.parentId && treeRef.current.children[org.parentId]) await refreshChildren(org.parentId);
    else onOrgChanged(org);
    setDetailTick((x) => x + 1);
  };

  const treeData = buildTree(tree.roots);

  return (
    <div className="page orgs-page">
      <PageTitle
        title={t('orgs.title')}
        extra={
          me.can.manageOrgs ? (
            <Button icon={<ImportOutlined />} onClick={() => setImportOpen(true)}>
              {t('orgs.import')}
            </Button>
          ) : undefined
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={9}>
          <Card className="tree-card" title={<h2 className="card-title">{t('orgs.tree')}</h2>}>
            <div role="search" className="mb-12">
              <label htmlFor="org-search" className="field-label">
                {t('orgs.searchLabel')}
              </label>
              <Input.Search
                id="org-search"
                allowClear
                placeholder={t('orgs.searchPlaceholder')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                onSearch={(v) => setQuery(v)}
                loading={searching}
                enterButton={t('common.search')}
              />
            </div>
            {results && (
              <div className="search-results" aria-live="polite">
                <Flex justify="space-between" align="center">
                  <Typography.Text type="secondary">{t('orgs.searchResults', { count: results.length })}</Typography.Text>
                  <Button type="link" size="small" onClick={() => setQuery('')}>
                    {t('orgs.clearSearch')}
                  </Button>
                </Flex>
                {results.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgs.noResults')} />
                ) : (
                  <List<OrgSearchItem>
                    size="small"
                    className="search-list"
                    dataSource={results}
                    renderItem={(o) => (
                      <List.Item className={o.id === selected ? 'search-item search-item-selected' : 'search-item'}>
                        <button type="button" className="search-item-btn" onClick={() => void reveal(o.id).then(() => select(o.id))}>
                          <span className={o.active ? 'search-item-name' : 'search-item-name org-inactive-text'}>
                            {o.name}
                            {!o.active && <Tag className="ml-8">{t('orgs.inactiveTag')}</Tag>}
                          </span>
                          <span className="search-item-path">{o.pathNames.slice(0, -1).join(' / ')}</span>
                        </button>
                      </List.Item>
                    )}
                  />
                )}
              </div>
            )}
            <Flex align="center" gap={8} className="mb-12">
              <Switch id="org-show-inactive" size="small" checked={includeInactive} onChange={setIncludeInactive} />
              <label htmlFor="org-show-inactive">{t('orgs.showInactive')}</label>
            </Flex>
            {rootsLoading ? (
              <Loading />
            ) : rootsError ? (
              <ErrorState error={rootsError} onRetry={() => setReloadTick((x) => x + 1)} />
            ) : treeData.length === 0 ? (
              <Empty description={t('orgs.noRoots')} />
            ) : (
              <Tree
                className="org-tree"
                aria-label={t('orgs.tree')}
                treeData={treeData}
                blockNode
                showLine
                expandedKeys={expanded}
                selectedKeys={selected ? [selected] : []}
                loadedKeys={Object.keys(tree.children)}
                onExpand={(keys) => setExpanded(keys.map(String))}
                onSelect={(keys, info) => {
                  const id = String(info.node.key);
                  if (keys.length) select(id);
                  else select(id); // re-clicking keeps it selected
                }}
                loadData={async (node) => {
                  try {
                    await loadChildren(String(node.key));
                  } catch (e) {
                    message.error(errorMessage(e));
                    throw e;
                  }
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          <div ref={detailRef}>
            <OrgDetailPanel
              id={selected}
              knownChildCount={selected ? tree.nodes[selected]?.childCount : undefined}
              reloadKey={detailTick}
              onSelect={(id) => void reveal(id)}
              onChanged={onOrgChanged}
              onCreated={(o) => void onCreated(o)}
              onMoved={(o, oldParent) => void onMoved(o, oldParent)}
              onStateChanged={(o) => void onStateChanged(o)}
            />
          </div>
        </Col>
      </Row>
      <ImportModal open={importOpen} onClose={() => setImportOpen(false)} onDone={() => setReloadTick((x) => x + 1)} />
    </div>
  );
}
