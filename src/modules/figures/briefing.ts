import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Kysely } from 'kysely';
import type { CampaignTable, Database } from '../../db/schema.js';
import type { OrgRow } from '../organizations/queries.js';
import { chinaDay } from '../../shared/clock.js';
import { COMPARE_INDICATORS } from './catalogue.js';
import { dashboard, type Range } from './queries.js';
import './schema.js';

// 简报: a Word document for one unit and period — heading, the key figures table, highlights
// (the leading sub-units, changes against the baselines) and the bulletin items sent upward
// with how many were adopted. Chinese text is set in SimSun (eastAsia) so Word shows it right.

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' };
const fmt = (v: number) => (Number.isInteger(v) ? v.toLocaleString('zh-CN') : v.toLocaleString('zh-CN', { maximumFractionDigits: 1 }));

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 21 })] })] });
}

export async function briefingDocx(db: Kysely<Database>, campaign: CampaignTable, org: OrgRow, children: { id: string; name: string; child_count: number }[], range: Range): Promise<Buffer> {
  const d = await dashboard(db, campaign, org, children, range);
  const bulletins = await db.selectFrom('bulletin_items').select(['title', 'sent_on', 'sent_to', 'adopted', 'adopted_by'])
    .where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id)
    .where('org_path', '>=', org.path).where('org_path', '<', org.path.slice(0, -1) + '0')
    .$if(!!range.from, (q) => q.where('sent_on', '>=', `${range.from}-01`)).$if(!!range.to, (q) => q.where('sent_on', '<=', `${range.to}-31`))
    .orderBy('sent_on', 'desc').limit(500).execute();
  const period = range.from || range.to ? `${range.from ?? campaign.starts_on.slice(0, 7)} 至 ${range.to ?? campaign.ends_on.slice(0, 7)}` : `${campaign.starts_on} 至 ${campaign.ends_on}`;
  const p = (text: string, opts: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
    new Paragraph({ alignment: opts.align, spacing: { after: 120 }, children: [new TextRun({ text, bold: opts.bold, size: opts.size ?? 24, font: FONT })] });
  const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun({ text, bold: true, size: 28, font: FONT })] });

  const figures = d.keyFigures.filter((k) => k.value !== 0 || k.baseline !== null);
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell('指标', true), cell('数值', true), cell('单位', true), cell('基数（活动前）', true)] }),
      ...(figures.length ? figures : d.keyFigures.slice(0, 5)).map((k) => new TableRow({ children: [cell(k.zh), cell(fmt(k.value)), cell(k.unit), cell(k.baseline === null ? '—' : fmt(k.baseline))] })),
    ],
  });

  const highlights: string[] = [];
  for (const code of COMPARE_INDICATORS.slice(0, 3)) {
    const meta = d.compare.find((c) => c.code === code)!;
    const top = [...d.children].sort((a, b) => (b.values[code] ?? 0) - (a.values[code] ?? 0)).filter((c) => (c.values[code] ?? 0) > 0).slice(0, 3);
    if (top.length) highlights.push(`${meta.zh}居前的下级单位：${top.map((c) => `${c.name}（${fmt(c.values[code])}${meta.unit}）`).join('、')}。`);
  }
  for (const k of d.keyFigures) {
    if (k.baseline === null || k.baseline === 0) continue;
    const change = Math.round(((k.value - k.baseline) / k.baseline) * 1000) / 10;
    highlights.push(`${k.zh}：活动前 ${fmt(k.baseline)}${k.unit}，现为 ${fmt(k.value)}${k.unit}，${change >= 0 ? '增加' : '减少'} ${Math.abs(change)}%。`);
  }
  const winds = d.winds.filter((w) => w.value > 0);
  const windName: Record<string, string> = { formalism: '形式主义', bureaucratism: '官僚主义', hedonism: '享乐主义', extravagance: '奢靡之风', other: '其他' };
  if (winds.length) highlights.push(`意见建议按“四风”分类：${winds.map((w) => `${windName[w.wind]} ${fmt(w.value)} 条`).join('，')}。`);
  if (d.overdueMeasures) highlights.push(`逾期未完成的整改措施 ${fmt(d.overdueMeasures)} 条，需督促落实。`);
  if (!highlights.length) highlights.push('本期暂无可对比的数据。');

  const adopted = bulletins.filter((b) => Number(b.adopted) === 1).length;
  const doc = new Document({
    creator: 'Massline',
    title: `${org.name}教育实践活动简报`,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{
      children: [
        p(`${org.name}党的群众路线教育实践活动简报`, { bold: true, size: 36, align: AlignmentType.CENTER }),
        p(`${campaign.name} · 统计期间：${period} · 生成日期：${chinaDay()}`, { size: 20, align: AlignmentType.CENTER }),
        heading('一、主要数据'),
        table,
        heading('二、工作亮点'),
        ...highlights.map((h) => p(h)),
        heading('三、简报信息报送'),
        p(`共向上级报送简报信息 ${bulletins.length} 条，被采用 ${adopted} 条${bulletins.length ? `，采用率 ${Math.round((adopted / bulletins.length) * 1000) / 10}%` : ''}。`),
        ...bulletins.slice(0, 20).map((b) => p(`${b.sent_on}　${b.title}（报送：${b.sent_to}${Number(b.adopted) === 1 ? `，已被${b.adopted_by || '上级'}采用` : ''}）`, { size: 21 })),
      ],
    }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
