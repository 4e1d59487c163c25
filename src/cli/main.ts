import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { loadConfig, sqliteFileFor } from '../config.js';
import { acquireDataDirLock, DataDirLockedError, isDataDirLocked, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { verifyAudit, SYSTEM_ACTOR } from '../modules/audit/trail.js';
import { applyImport, describeRowError, planImport, readImportFile } from '../modules/organizations/import.js';
import { AppError } from '../shared/errors.js';
import { translate } from '../shared/i18n/messages.js';
import { seedDemo, type DemoLogin } from '../demo/seed.js';
import { startServer } from '../http/server.js';
import { evaluate, parseJsonl, type Mistakes } from '../modules/triage/evaluate.js';
import { SIMILAR_SHOWN } from '../modules/triage/duplicates.js';
import { runExtractCli } from '../modules/figures/extract/cli.js';

// `massline` — the command line: serve, migrate, demo, backup, restore, org import, audit verify.
const USAGE = `massline <command>

  serve [--demo]        启动服务（控制台与 API，默认 http://localhost:3000）；--demo 在空库时生成演示数据
  migrate               执行数据库迁移
  demo                  生成演示城市（约 2,000 个组织）、一项活动和各角色用户
  backup FILE           在线备份内嵌 SQLite 数据库到 FILE（PostgreSQL 请用 pg_dump，见 README）
  restore FILE          从备份恢复内嵌数据库（服务须已停止）
  org import FILE       从 xlsx / csv 导入组织（编码、名称、上级编码、类型）
  audit verify          校验审计日志哈希链，报告第一条被篡改的记录
  triage eval FILE.jsonl [--json] [--errors]
                        用标注数据评估意见梳理（四风分类、重复合并、个人信息识别）；--errors 逐条列出错误
  extract FILE [--json] 从总结报告（txt / docx / html，简体或繁体）中找出统计数字
  extract eval GOLD.jsonl --docs DIR [--json]
                        用标注数据评估统计数字抽取（精确率、召回率、F1）

Environment: DATABASE_URL, MASSLINE_DATA_DIR, PORT, HOST, LOG_LEVEL (see README).`;

export async function main(argv: string[]): Promise<number> {
  // `extract` takes its own flags (--docs, --propose): hand it the rest of the line as it is.
  if (argv[0] === 'extract') return runExtractCli(argv.slice(1), (t) => console.log(t), (t) => console.error(t));
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, strict: false, options: { demo: { type: 'boolean' }, json: { type: 'boolean' }, errors: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  const [command, ...rest] = positionals;
  const config = loadConfig();
  const dbOptions = config.databaseUrl ? { databaseUrl: config.databaseUrl } : { sqliteFile: sqliteFileFor(config) };

  if (!command || values.help) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }

  switch (command) {
    case 'serve': {
      let release = () => {};
      if (!config.databaseUrl) release = acquireDataDirLock(config.dataDir);
      const server = await startServer({ ...dbOptions, demo: !!values.demo, port: config.port, host: config.host });
      console.log(`\nMassline 已启动 / started: http://localhost:${config.port}   (API 文档 / docs: /api/docs)`);
      console.log(`数据库 / database: ${config.databaseUrl ? 'PostgreSQL' : sqliteFileFor(config)}`);
      if (values.demo) printLogins(server.demoLogins, server.demoSeeded);
      const stop = async () => {
        await server.close();
        release();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return -1; // keep running
    }
    case 'migrate': {
      const { db, close } = openDatabase(dbOptions);
      const applied = await migrateToLatest(db);
      console.log(applied.length ? `已执行迁移 / applied: ${applied.join(', ')}` : '数据库已是最新 / up to date');
      await close();
      return 0;
    }
    case 'demo': {
      const { db, close } = openDatabase(dbOptions);
      await migrateToLatest(db);
      const result = await seedDemo(db, { onlyIfEmpty: true });
      if (!result.seeded) console.log('数据库中已有组织，未重复生成演示数据 / the database already has organizations; demo not seeded again');
      else console.log(`已生成演示数据：${result.orgCount} 个组织 / seeded ${result.orgCount} organizations`);
      printLogins(result.logins, result.seeded);
      await close();
      return 0;
    }
    case 'backup': {
      const file = rest[0];
      if (!file) return fail('用法 / usage: massline backup FILE');
      if (config.databaseUrl) return fail('PostgreSQL 请使用 pg_dump 备份（见 README）/ use pg_dump for PostgreSQL (see README)');
      const source = sqliteFileFor(config);
      if (!fs.existsSync(source)) return fail(`数据库文件不存在 / no database at ${source}`);
      // SQLite's online backup API copies a consistent snapshot while the server keeps writing.
      const db = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
      await db.backup(path.resolve(file));
      db.close();
      console.log(`已备份到 / backed up to ${path.resolve(file)}`);
      return 0;
    }
    case 'restore': {
      const file = rest[0];
      if (!file) return fail('用法 / usage: massline restore FILE');
      if (config.databaseUrl) return fail('PostgreSQL 请使用 pg_restore / psql 恢复（见 README）/ use pg_restore for PostgreSQL (see README)');
      const holder = isDataDirLocked(config.dataDir);
      if (holder) return fail(`服务正在运行（pid ${holder}），请先停止 / stop the running server (pid ${holder}) first`);
      const check = checkBackup(path.resolve(file));
      if (check) return fail(check);
      const release = acquireDataDirLock(config.dataDir);
      try {
        const target = sqliteFileFor(config);
        for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
        if (fs.existsSync(target)) fs.copyFileSync(target, target + '.before-restore');
        fs.copyFileSync(path.resolve(file), target);
        console.log(`已恢复 / restored ${target}${fs.existsSync(target + '.before-restore') ? `（原库保存为 / previous kept as ${target}.before-restore）` : ''}`);
      } finally {
        release();
      }
      return 0;
    }
    case 'org': {
      if (rest[0] !== 'import' || !rest[1]) return fail('用法 / usage: massline org import FILE');
      const { db, close } = openDatabase(dbOptions);
      try {
        await migrateToLatest(db);
        const raw = await readImportFile(rest[1], fs.readFileSync(rest[1]));
        const plan = await planImport(db, raw, { mayImportUnder: () => true, mayCreateRoots: true });
        if (plan.errors.length) {
          for (const e of plan.errors.slice(0, 200)) console.error(describeRowError(e, 'zh-CN').message);
          return fail(translate('import.rows_invalid', 'zh-CN', { count: new Set(plan.errors.map((e) => e.row)).size }));
        }
        const started = Date.now();
        const n = await applyImport(db, { ...SYSTEM_ACTOR, name: 'cli' }, plan, { fileName: path.basename(rest[1]) }, (done, total) => {
          if (done % 10000 < 500 || done === total) process.stderr.write(`\r${done}/${total}`);
        });
        console.log(`\n已导入 ${n} 个组织（${((Date.now() - started) / 1000).toFixed(1)} 秒）/ imported ${n} organizations`);
        return 0;
      } catch (err) {
        if (err instanceof AppError) return fail(translate(err.code, 'zh-CN', err.params));
        throw err;
      } finally {
        await close();
      }
    }
    case 'audit': {
      if (rest[0] !== 'verify') return fail('用法 / usage: massline audit verify');
      const { db, close } = openDatabase(dbOptions);
      const result = await verifyAudit(db);
      await close();
      if (result.ok) {
        console.log(`审计链完整，共校验 ${result.checked} 条 / audit chain intact: ${result.checked} rows checked`);
        return 0;
      }
      const b = result.firstBad!;
      console.error(`审计链被破坏：区域 ${b.regionId} 第 ${b.seq} 条（${b.reason}）/ audit chain broken at region ${b.regionId} row ${b.seq}: ${b.reason}`);
      return 2;
    }
    case 'triage': {
      if (rest[0] !== 'eval' || !rest[1]) return fail('用法 / usage: massline triage eval FILE.jsonl [--json] [--errors]');
      let input: string;
      try {
        input = fs.readFileSync(rest[1], 'utf8');
      } catch (e) {
        return fail(`无法读取 ${rest[1]} / cannot read ${rest[1]}: ${(e as Error).message}`);
      }
      const { items, badLines } = parseJsonl(input);
      const result = evaluate(items, { mistakes: Boolean(values.errors) });
      const shown = (x: number | null) => (x === null ? '—' : String(x));
      if (values.json) {
        console.log(JSON.stringify({ wind: result.wind, duplicates: result.duplicates, pii: result.pii, ...(result.mistakes ? { mistakes: result.mistakes } : {}) }));
      } else {
        console.log(`opinions: ${items.length}${badLines.length ? `, unreadable lines: ${badLines.slice(0, 20).join(', ')}` : ''}${result.errors ? `, failed: ${result.errors}` : ''}`);
        console.log(`wind macro-F1 ${shown(result.wind.macroF1)}  (${result.wind.labelled} labelled)`);
        for (const [label, m] of Object.entries(result.wind.perLabel)) console.log(`  ${label.padEnd(14)} P ${m.precision}  R ${m.recall}  F1 ${m.f1}  (n=${m.support})`);
        const d = result.duplicates;
        console.log(`duplicates P ${shown(d.precision)}  R ${shown(d.recall)}  F1 ${shown(d.f1)}  (${d.pairs} labelled pairs among ${d.items} lines)`);
        if (d.suggested.opinions) console.log(`  left apart from labelled cluster-mates: ${d.suggested.opinions} opinions; one of those mates among their suggestions (${SIMILAR_SHOWN} at most): ${d.suggested.named} (${d.suggested.share})`);
        console.log(`personal data recall ${shown(result.pii.recall)}  precision ${shown(result.pii.precision)}  (${result.pii.labelled} labelled)`);
        if (result.mistakes) for (const line of describeMistakes(result.mistakes)) console.log(line);
      }
      return 0;
    }
    default:
      console.error(USAGE);
      return 1;
  }
}

/** `triage eval --errors` as text: opinions by their number in the file (blank lines not counted). */
function describeMistakes(m: Mistakes): string[] {
  const clip = (t: string) => (t.length > 60 ? `${t.slice(0, 60)}…` : t).replace(/\s+/g, ' ');
  const out: string[] = [];
  out.push('', `wrong winds / 四风分类错误 (${m.wind.length}):`);
  for (const w of m.wind) out.push(`  #${w.n}  ${w.gold} → ${w.got} (${w.confidence})  ${clip(w.text)}`);
  out.push('', `labelled clusters split / 应合未合 (${m.split.length}):`);
  for (const s of m.split) out.push(`  ${s.cluster}: ${s.parts.map((p) => p.join(' ')).join(' | ')}`);
  out.push('', `clusters joining different issues / 误合并 (${m.merged.length}):`);
  for (const g of m.merged) out.push(`  ${g.parts.map((p) => `${p.cluster}: ${p.n.join(' ')}`).join(' + ')}`);
  out.push('', `personal data left readable / 漏遮挡 (${m.missed.length}):`);
  for (const x of m.missed) out.push(`  #${x.n}  ${x.text}`);
  out.push('', `masked outside the labels / 多遮挡 (${m.overmasked.length}):`);
  for (const x of m.overmasked) out.push(`  #${x.n}  ${x.text}`);
  return out;
}

function printLogins(logins: DemoLogin[], seeded: boolean) {
  console.log(seeded ? '\n演示账号 / demo logins:' : '\n演示账号（若未修改密码）/ demo logins (unless changed):');
  for (const l of logins) console.log(`  ${l.role.padEnd(26)} ${l.username.padEnd(12)} ${l.password}   ${l.name}`);
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

function checkBackup(file: string): string | null {
  if (!fs.existsSync(file)) return `备份文件不存在 / no such file: ${file}`;
  try {
    const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    const ok = db.prepare(`select count(*) n from sqlite_master where name in ('organizations','kysely_migration')`).get() as { n: number };
    const integrity = db.pragma('integrity_check', { simple: true });
    db.close();
    if (ok.n < 2) return '该文件不是 Massline 备份 / not a Massline backup';
    if (integrity !== 'ok') return `备份文件已损坏 / the backup is corrupt: ${integrity}`;
    return null;
  } catch (err) {
    return `无法读取备份 / cannot read the backup: ${(err as Error).message}`;
  }
}

export async function run(argv = process.argv.slice(2)) {
  try {
    const code = await main(argv);
    if (code >= 0) process.exit(code);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(3);
    }
    const e = err as NodeJS.ErrnoException & { port?: number };
    if (e.code === 'EADDRINUSE') {
      console.error(`端口 ${e.port} 已被占用，请用 PORT 指定其他端口 / port ${e.port} is in use; set PORT to another one`);
      process.exit(4);
    }
    console.error(err);
    process.exit(1);
  }
}
