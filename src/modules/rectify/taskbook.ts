import { AlignmentType, BorderStyle, Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Kysely } from 'kysely';
import type { Database, RectifyPlanTable } from '../../db/schema.js';
import { chinaDay } from '../../shared/clock.js';
import { namesOf } from '../people/presenter.js';
import { milestonesOf } from './measures.js';
import { MEASURE_STATUS_LABELS, SEVERITY_LABELS, SOURCE_LABELS, TARGET_LABELS, WIND_LABELS, type MeasureStatus, type ProblemTarget, type Source, type Wind } from './model.js';

// The task book (整改任务书) as a Word document: a heading, the problems found and the measures
// with owner unit, owner person, deadline and milestones (the roadmap and timetable).
//
// Fonts: Chinese text in 宋体 (SimSun; headings 黑体 SimHei), Latin text and digits in Times New
// Roman; runs are marked zh-CN so that where 宋体 is missing (LibreOffice on Linux) a Chinese
// font is substituted (WenQuanYi, Noto CJK) rather than a Latin one.

const BODY = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const HEAD = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' };
const LANG = { value: 'zh-CN', eastAsia: 'zh-CN' };

const run = (text: string, opts: { bold?: boolean; size?: number; head?: boolean } = {}) =>
  new TextRun({ text, bold: opts.bold, size: opts.size, font: opts.head ? HEAD : BODY, language: LANG });

const para = (text: string, opts: { bold?: boolean; size?: number; head?: boolean; center?: boolean; before?: number; after?: number } = {}) =>
  new Paragraph({ alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { before: opts.before ?? 0, after: opts.after ?? 80 }, children: [run(text, opts)] });

function table(headers: string[], widths: number[], rows: string[][]): Table {
  const cell = (text: string, i: number, head: boolean) => new TableCell({
    width: { size: widths[i], type: WidthType.PERCENTAGE },
    shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'DDE4EE' } : undefined,
    children: text.split('\n').map((line) => new Paragraph({ alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(line, { bold: head, size: 21, head })] })),
  });
  const border = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, i, false)) })),
    ],
  });
}

export async function writeTaskBook(db: Kysely<Database>, plan: RectifyPlanTable): Promise<{ data: Buffer; fileName: string }> {
  const problems = await db.selectFrom('rectify_problems').selectAll().where('region_id', '=', plan.region_id).where('plan_id', '=', plan.id).orderBy('created_at').execute();
  const measures = problems.length
    ? await db.selectFrom('rectify_measures').selectAll().where('region_id', '=', plan.region_id).where('problem_id', 'in', problems.map((p) => p.id)).orderBy('position').execute()
    : [];
  const [names, milestones, campaign] = await Promise.all([
    namesOf(db, [plan.org_id, ...measures.map((m) => m.owner_org_id)]),
    milestonesOf(db, plan.region_id, measures.map((m) => m.id)),
    db.selectFrom('campaigns').select('name').where('region_id', '=', plan.region_id).where('id', '=', plan.campaign_id).executeTakeFirst(),
  ]);
  const unit = names.get(plan.org_id) ?? '';
  const number = new Map(problems.map((p, i) => [p.id, i + 1]));
  const ordered = problems.flatMap((p) => measures.filter((m) => m.problem_id === p.id));

  const doc = new Document({
    creator: 'Massline',
    title: plan.title,
    styles: { default: { document: { run: { font: BODY, size: 24, language: LANG } } } },
    sections: [{
      properties: { page: { margin: { top: 1440, bottom: 1440, left: 1300, right: 1300 } } },
      children: [
        para(plan.title, { head: true, bold: true, size: 40, center: true, after: 120 }),
        para(`${campaign?.name ?? ''}　${unit}${plan.kind === 'member' ? `　${plan.member_name ?? ''}同志` : '领导班子'}`, { center: true, size: 24, after: 300 }),
        para('一、查摆出的突出问题', { head: true, bold: true, size: 30, before: 200, after: 120 }),
        problems.length
          ? table(['序号', '问题表现', '问题描述', '来源', '对象', '程度'], [7, 12, 45, 10, 14, 12], problems.map((p, i) => [
            String(i + 1), WIND_LABELS[p.wind as Wind] ?? p.wind, p.description + (p.immediate ? '\n（立行立改）' : ''), SOURCE_LABELS[p.source as Source] ?? p.source,
            p.target_kind === 'member' ? p.target_label : TARGET_LABELS[p.target_kind as ProblemTarget] ?? p.target_kind, SEVERITY_LABELS[p.severity] ?? String(p.severity),
          ]))
          : para('（尚无问题）'),
        para('二、整改措施、责任和时限（路线图、时间表）', { head: true, bold: true, size: 30, before: 300, after: 120 }),
        ordered.length
          ? table(['序号', '对应问题', '整改措施', '责任单位', '责任人', '时限', '状态'], [6, 8, 38, 14, 10, 14, 10], ordered.map((m, i) => [
            String(i + 1), `问题${number.get(m.problem_id)}`,
            m.text + (milestones.get(m.id) ?? []).map((x) => `\n· ${x.due_on} ${x.title}${x.done ? '（已完成）' : ''}`).join(''),
            names.get(m.owner_org_id) ?? '', m.owner_name, `${m.starts_on}\n至 ${m.due_on}`, MEASURE_STATUS_LABELS[m.status as MeasureStatus] ?? m.status,
          ]))
          : para('（尚无整改措施）'),
        para('三、要求', { head: true, bold: true, size: 30, before: 300, after: 120 }),
        para('各责任单位和责任人要对照任务书逐项抓好落实，按时限报告进展并提供佐证材料；完成后报活动办（督导组）验收销号，整改情况向群众公示，接受群众评议。', { after: 300 }),
        para(`${unit}　${chinaDay()}`, { center: false, after: 0 }),
      ],
    }],
  });
  return { data: await Packer.toBuffer(doc), fileName: `${plan.title}.docx` };
}
