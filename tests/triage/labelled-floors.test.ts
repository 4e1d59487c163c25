import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, type Labelled } from '../../src/modules/triage/evaluate.js';

// What the shipped pipeline measures on every labelled set (tests/fixtures/triage/README.md gives
// each set's history), kept as floors: a change to the lexicons, the weights, the wind model or a
// personal-data rule that loses more than the margin on any set fails here, with the set named.
// The figures are `massline triage eval FILE --json` at stop 20 (the wind model trained with dev11 …
// dev18 too, personal-data rounds 17–19, numbered units and stop 20's concepts); nothing is fitted to them. pii12 (stop 22) measured 0.914 / 0.968 unseen; its figures here are after round 20 studied it; pii13 (stop 22) measured 0.674 / 0.980 unseen on stop 21's code and 0.713 / 0.981 after round 20 (still unseen), and its figures here are after round 21 studied it. pii14 (stop 23) measured 0.797 / 0.980 unseen; its figures here are after rounds 22 and 23 (round 23 read pii15 only). pii15 (stop 23) measured 0.842 / 0.974 unseen after round 22 (0.838 on stop 22's code); its figures here are after round 23 studied it. pii16 (stop 23) measured 0.705 / 0.968 unseen on stop 22's code and 0.712 / 0.968 after rounds 22–23; its figures here are after round 24 studied it. pii17 (stop 23) measured 0.846 / 0.976 unseen on stop 22's code and 0.851 / 0.976 after rounds 22–24; its figures here are after round 25 studied it. Round 25 (read on pii17 only) raised the unseen dev20's recall 0.977 → 0.986 at the same precision. pii18 (stop 24) measured 0.720 / 0.960 unseen; its figures here are after round 26 studied it. pii19 (stop 24) measured 0.869 / 0.978 unseen, and 0.874 / 0.978 after round 26 (still unseen); its figures here are after round 27 studied it. dev22 (stop 25: a northern coal-mining city) was written blind and only measured (wind 0.902, duplicates 0.322 on stop 24's code, 0.321 after stop 25's concepts). pii20 (stop 25) measured 0.823 / 0.978 unseen; its figures here are after round 28 studied it and round 29 (plates read by the whole letter, studied on pii13 … pii20), which moved the unseen dev22 from 0.960 / 0.987 to 0.965 / 0.982. pii21 (stop 25: a border prefecture with Myanmar and Laos) measured 0.585 / 0.989 unseen on stop 24's code and 0.590 / 0.989 after rounds 28–29 (still unseen); its figures here are after round 30 studied it. Stop 25's concept round raised the studied sets' duplicate figures (dev3 … dev17) and moved dev18 … dev21 by −0.004 … +0.010. Stop 26 added the learned name model (src/modules/triage/name-model.ts, trained on the studied sets' names: dev–dev9, dev11–dev17, pii2–pii5, pii7–pii21), which raised the personal-data recall of the studied sets (their names are its training data) and of the unseen dev19 (0.959 → 0.977), dev21 (0.990 → 0.995) and dev22 (0.965 → 0.978), left eval, dev18, dev20 and pii6 as they were (dev20's precision 0.971 → 0.970) and dev10's recall (its precision 0.985 → 0.983), and moved dev19's and dev22's duplicate F1 (0.521 → 0.517, 0.321 → 0.332: names masked are names the index no longer shares). pii22 (stop 26: a karst border city with Vietnam) and pii23 (stop 26: a provincial capital's university town and hospitals) were written blind and measured unseen: 0.836 / 0.989 and 0.820 / 0.984 on stop 25's code, 0.888 / 0.990 and 0.840 / 0.985 with the name model (the figures here); both stay unseen. Stop 27 made the name model read Traditional text folded to Simplified, added vetoes from the jieba dictionary (the tail of a word, a common word opening a run where no surname stands, a doubled character) and a learned model of numbers (code-model.ts, trained on the same studied sets): pii22 0.888 → 0.902 and pii23 0.840 → 0.856 at the same precision, dev19 0.977 → 0.982, dev20 0.986 → 0.991, dev21 0.995 → 1.000, dev10's precision 0.983 → 0.985; the studied pii4 0.986 → 0.983 and pii14 0.989 → 0.987 (names the refolded model scores lower). pii24 (stop 27: a Hui and Salar county on the Qinghai–Gansu border) was written blind after those changes and measured unseen: 0.836 / 0.983 with stop 25's rules alone, 0.892 / 0.983 with stop 26's name model, 0.901 / 0.984; it stays unseen. Then pii22 and pii23 were studied: both learned models are trained on them too (37 sets), which moved pii24 to 0.908 / 0.980, dev10's precision 0.985 → 0.983 and its duplicate F1 0.750 → 0.744, dev20's precision 0.971 → 0.970 (the figures here). pii25 (stop 27: the urban villages of a southern megacity by the Hong Kong border) was written blind last and measured unseen: 0.762 / 0.985 with stop 25's rules, 0.787 / 0.984 with stop 26's name model, 0.810 / 0.983 now; it stays unseen. Stop 27's rule for names in Latin letters after a relative or worker, or beside a name found (pii.ts scanLatinBesideNames), raised the studied pii19 0.968 → 0.973 and pii21 0.909 → 0.916 and moved no unseen set. Stop 28 studied pii25 (its misses read) and added rules for a room after its building, floor or unit, a room with 房 and a house in a village's numbered lane; a shareholder's, a permit holder's, a school place applicant's and an account holder's number; Latin names after a relation in English, a pinyin self-introduction and a signature after a dash: pii25 0.810 / 0.983 → 0.896 / 0.984, the unseen pii24 0.908 → 0.914 and dev10 0.981 / 0.983 → 0.990 / 0.980; pii26 (stop 28: an overseas-Chinese home county in southern Fujian) was written blind and measured unseen: 0.812 / 0.982 on stop 27's code, 0.820 / 0.982 with these rules; it stays unseen. Training both learned models on pii25 too was tried and not kept (pii24 0.914 → 0.910, pii26 0.820 → 0.817). Then pii24 was studied (measured unseen at 0.914 / 0.980 last): a father in Hui and Salar speech (我阿大), a religious name, a mosque's student, a shop's hand, a dealer, a salesman, a debt collector before a name; 撒 as a Salar surname, and no name ending in 族; a phone after any country code's plus sign; a poverty household's, a health card's and an elder's card number: pii24 0.938, pii25 0.901, pii23 0.906 → 0.911, pii17 0.960 → 0.962; the unseen pii26 0.820 → 0.822. Last, two or three capitalized words standing alone are read as a name (pii.ts scanCapitalizedNames: over the 39 studied sets 192 labels had that shape and 9 runs that were not, places and greetings, which its lists leave): the unseen pii26 0.822 / 0.982 → 0.865 / 0.984 (its names in Latin letters 19 → 36 of 36), pii21 0.916 → 0.922, pii23 0.911 → 0.918, pii25 0.901 → 0.907, pii24 0.938 → 0.941; grandparents called without 我, a fellow villager and a Cantonese son or daughter before a name: pii25 0.907 → 0.913; capitalized runs in any cased script (Vietnamese with its marks, Cyrillic), a dormitory's room (北区8舍216) and 名 inside a compound's name (书香名邸): pii22 0.943 → 0.961, pii23 0.918 → 0.941. pii27 (stop 28: a Korean-Chinese border city on the Tumen, with Russian and Korean names) was written blind at the end of the stop and measured unseen: 0.873 / 0.992 on stop 27's code, 0.890 / 0.993 after the stop's rules, 0.892 / 0.993 after the review's mends (capitalized names read in texts with no ASCII letter too); it stays unseen. Stop 29 studied pii26 and pii27 (southern Min kin and private jobs before a name, an age after it, village houses by their named part, mobiles told in parts, Korean names in Hangul, Russian phones, plates and homes, messenger handles, Taiwanese kin and certificates, offices' posted phones): pii28 (a small-commodities trade city) and pii29 (Taiwanese-invested towns), written blind, measured unseen 0.860 / 0.982 and 0.752 / 0.956 on stop 28's code and 0.897 / 0.982 and 0.792 / 0.958 after those rules, then were studied too (Arabic-Indic digits, IBANs, passports' machine lines, names of up to five capitalized words, Latin homes, Taiwan lane homes, countries and Hokkien words never names): pii28 0.947 / 0.984, pii29 0.897 / 0.971, and the unseen pii6 0.971 → 0.975, dev19's precision 0.993 → 0.994. pii30 (a labour-export county in Henan) and pii31 (a district next to Macau) were written blind and measured unseen: 0.879 / 0.951 and 0.830 / 0.985 on stop 28's code, 0.888 / 0.951 and 0.834 / 0.985 after the pii26–27 rules, 0.890 / 0.952 and 0.856 / 0.984 after the pii28–29 rules (the figures here); pii32 (a Hakka county) and pii33 (a port district on the Bohai), written blind at the end of the stop: 0.819 / 0.993 and 0.799 / 0.986 on stop 28's code, 0.824 / 0.993 and 0.817 / 0.985 now; all four stayed unseen in stop 29. Stop 30 studied pii30 and pii31 (Macau plates, blue cards and BIR numbers, cued staff and card codes, personal record numbers, a block's flat with its estate, dormitory flats, 腰 for 幺 and 叉 for X in numbers read out, a forwarded chat's private speakers, a name in capitals after the same name in Han, 容/区/岑 after a cue): pii30 0.890 / 0.952 → 0.939 / 0.967, pii31 0.856 / 0.984 → 0.923 / 0.991 (the figures here; offices' lines a department's, a clinic's or called without answer left visible), pii13 0.966 → 0.968, pii21 0.929 → 0.931; pii32 and pii33 did not move and stay unseen. pii34 (an overseas-emigrant county in southern Zhejiang: relatives in Italy, Spain, France; European papers) and pii35 (a commuter town across a provincial border from a capital: high-rise estates, owners' groups) were written blind in stop 30 and measured unseen: 0.859 / 0.930 and 0.868 / 0.971 on stop 29's code, 0.859 / 0.932 and 0.868 / 0.971 after the stop's rules read off pii30 and pii31. Then rules were written for kinds of data their writers' summaries named (counts by kind; no line of either set was read): European papers by their checks and European street addresses, parking spaces and flats after 房号, each tried on invented sentences: 0.890 / 0.935 and 0.874 / 0.971, and after a review's mends (a shop's or a consulate's street left visible) 0.888 / 0.942 and 0.874 / 0.971 (the figures here). They are no longer fully blind: their measures after that step are not those of a new writer. Stop 32 studied pii32 and pii33 (names after standing and kin words, set off after 我 or with a reading in brackets, Japanese, Korean and Filipino names, rooms of enclosed houses and northern flats, certificates and record numbers, numbers in other dress): pii32 0.827 → 0.907, pii33 0.822 → 0.936, pii34 0.888 → 0.892, pii35 0.874 → 0.880, pii29 0.918 → 0.921 and ten more studied sets up by one to seven labels (the figures here); pii36 (a Three Gorges reservoir county) and pii37 (a Jiangsu–Zhejiang manufacturing city) were written blind and measured unseen: 0.905 / 0.989 and 0.895 / 0.974 on stop 31's code, 0.908 / 0.989 and 0.897 / 0.974 after stop 32's rules; both stay unseen. Then the name model was trained on pii24 … pii33 too (scripts/pii-training-sets.ts; the model of numbers stays on its sets): on the sets never trained on, eval 0.986 → 0.991, pii34 0.892 → 0.904, pii35 0.880 → 0.884, pii36 0.908 → 0.914, pii37 0.897 → 0.903, dev10's precision 0.980 → 0.981, dev19's 0.994 → 0.993; pii24 … pii33 are training sets from then on (their figures here are training figures), and five older ones lost one or two labels (pii13, pii16, pii17, pii18, pii21). Stop 33 studied pii34 and pii35 (a numbered phase before a building, courtyard rooms, owners' parking spaces, a forwarded chat's speakers without brackets and their flats, a table's personal columns, residents' committees and other private standings before a name, passport-order names with the family name in capitals, European phones in pairs, plates, Dutch and Iberian homes, a Dutch passport, a returned overseas Chinese's certificate, and the sample persons and fake numbers of forms left visible): pii34 0.904 / 0.942 → 0.979 / 0.962, pii35 0.884 / 0.972 → 0.981 / 0.977; the unseen pii36 0.914 / 0.989 → 0.928 / 0.986 and pii37 0.903 → 0.912. pii38 (a central-China city's veterans' affairs and elderly care) and pii39 (a Chaoshan city with relatives in Thailand, Malaysia, Singapore and Hong Kong) were written blind and measured unseen: 0.915 / 0.984 and 0.862 / 0.986 on stop 32's code, 0.930 / 0.982 and 0.882 / 0.984 after stop 33's rules; a rule for Thai names and ID cards, written from pii39's README summary and its misses counted by shape, then moved pii39 to 0.903 / 0.979 (the figures here; no longer a new writer's). pii36 … pii39's lines stay unread. Last, the name model was trained on pii34 and pii35 too: pii34 0.985, pii35 0.986 (training figures), pii36 0.929, pii37 0.916, pii38 0.934, pii39 0.899 (the figures here). Stop 34 studied pii36 and pii37 (rosters' rows, passbooks, certificates in a register's form, lenders, payers and debtors, heads of private firms, workers' codes, e-bike plates with their city; sample tables judged by the heading above them; the Dutch passport by its real shape): pii36 0.929 / 0.987 → 0.995 / 0.998, pii37 0.916 / 0.973 → 0.994 / 0.992, then the name model trained on them too (pii37 0.996); pii38 0.934 → 0.936, pii39 0.899 → 0.917 (pii39 and pii36 … pii37 are no longer new writers' measures). pii40 (a border port on the China–Mongolia border: Mongolian names in Cyrillic, script and transcription, Mongolian papers) and pii41 (a county's schools in northern Jiangsu and Anhui: students' record and exam numbers, parents named after their child) were written blind and measured unseen: 0.706 / 0.980 and 0.914 / 0.967 on stop 33's code, 0.714 / 0.980 and 0.924 / 0.967 now. Stop 34 also read dev18's and dev19's duplicate errors and added the characters' feature to the issue model, refitted over the eighteen studied sets with winds suggested by models that never learned each set: the seven sets never fitted on moved from a mean duplicate F1 of 0.517 to 0.549 (eval 0.821 → 0.845, dev10 0.744 → 0.774, dev21 0.394 → 0.407, dev22 0.332 → 0.409, dev20 0.472 → 0.462); dev23 (a Yellow River plain prefecture's farming, villages and county organs) and dev24 (a provincial capital's high-tech zone and university district), written blind that stop, measured 0.399 and 0.459 on stop 33's code and 0.414 and 0.530 now. Measured here with the shipped wind model, which learned the studied sets' winds, seven studied sets lost 0.03–0.06 (dev2, dev4, dev5, dev7, dev14, dev15, dev16: their floors are lowered to what they measure) and seven gained (dev, dev8, dev9, dev11, dev12, dev18, dev19). Stop 35 read dev20's and dev21's duplicate errors (no longer unseen) and added quantities (a number with its unit, 15条, 8块, a term of its own and a count of those two opinions share: issue-terms.ts, issue-model.ts) and lookups past an arrival's key terms (duplicates.ts LOOKUP), with the stop-34 weights and the quantities' weight of a fit over twenty sets: on the seven sets never fitted on, mean duplicate F1 0.545 → 0.560 (eval 0.845 → 0.824, dev10 0.774 → 0.765, dev22 0.409 → 0.374, dev23 0.414 → 0.470, dev24 0.530 → 0.551, dev25 0.476 → 0.519, dev26 0.366 → 0.417); dev2 lost 0.032 and dev12 0.026 (floors lowered), dev9, dev14, dev16, dev18, dev19 rose by 0.04–0.08. dev25 (a northeastern industrial city) and dev26 (a southeastern fishing county), pii42 (a southern Xinjiang prefecture) and pii43 (a Tibetan prefecture with a Yi county) were written blind in stop 35 and measured unseen on stop 34's code: dev25 wind 0.891, duplicates 0.476, personal data 0.986 / 0.967; dev26 0.826, 0.366, 0.954 / 0.976; pii42 0.873 / 0.980; pii43 0.790 / 0.981. Raise a floor when a set improves for good; a new set is added with its figures.
// The wind figures of dev–dev9 and dev11–dev18 are on the wind model's own training data (scripts/train-triage.ts):
// there they guard training, and only eval, dev10 and dev19 … dev24 measure the model on opinions it never saw.
// [file, wind macro-F1, duplicate pairwise F1, personal-data recall, personal-data precision]
const MEASURED: [string, number | null, number | null, number, number][] = [
  ['dev.jsonl', 1.000, 0.860, 1.000, 1.000],
  ['dev2.jsonl', 0.989, 0.860, 1.000, 1.000],
  ['dev3.jsonl', 0.984, 0.834, 1.000, 1.000],
  ['dev4.jsonl', 0.992, 0.867, 0.992, 1.000],
  ['dev5.jsonl', 0.990, 0.818, 1.000, 0.971],
  ['dev6.jsonl', 0.986, 0.714, 1.000, 1.000],
  ['dev7.jsonl', 0.998, 0.686, 1.000, 0.996],
  ['dev8.jsonl', 0.998, 0.846, 0.996, 0.997],
  ['dev9.jsonl', 0.986, 0.905, 1.000, 0.987],
  ['dev10.jsonl', 0.899, 0.765, 0.990, 0.981],
  ['dev11.jsonl', 0.995, 0.832, 0.996, 0.987],
  ['dev12.jsonl', 0.992, 0.691, 0.992, 0.979],
  ['dev13.jsonl', 1.000, 0.756, 1.000, 0.988],
  ['dev14.jsonl', 0.984, 0.782, 1.000, 0.991],
  ['dev15.jsonl', 0.997, 0.624, 1.000, 0.991],
  ['dev16.jsonl', 0.992, 0.650, 1.000, 0.984],
  ['dev17.jsonl', 0.992, 0.652, 1.000, 0.999],
  ['dev18.jsonl', 1.000, 0.628, 0.996, 0.995],
  ['dev19.jsonl', 0.953, 0.599, 0.982, 0.994],
  ['dev20.jsonl', 0.917, 0.535, 0.991, 0.968],
  ['dev21.jsonl', 0.933, 0.433, 1.000, 0.986],
  ['dev22.jsonl', 0.902, 0.374, 0.982, 0.982],
  ['dev23.jsonl', 0.891, 0.470, 0.984, 0.990],
  ['dev24.jsonl', 0.892, 0.551, 0.981, 0.984],
  ['dev25.jsonl', 0.891, 0.519, 0.986, 0.967],
  ['dev26.jsonl', 0.826, 0.417, 0.954, 0.976],
  ['eval.jsonl', 0.931, 0.824, 0.991, 0.999],
  ['pii2.jsonl', 0.547, null, 0.995, 1.000],
  ['pii3.jsonl', 0.700, null, 0.997, 0.999],
  ['pii4.jsonl', null, null, 0.983, 0.999],
  ['pii5.jsonl', null, null, 0.971, 0.977],
  ['pii6.jsonl', null, null, 0.975, 0.997],
  ['pii7.jsonl', null, null, 0.997, 0.994],
  ['pii8.jsonl', null, null, 0.990, 0.995],
  ['pii9.jsonl', null, null, 0.990, 0.986],
  ['pii10.jsonl', null, null, 0.994, 0.981],
  ['pii11.jsonl', null, null, 0.989, 0.975],
  ['pii12.jsonl', null, null, 0.990, 0.985],
  ['pii13.jsonl', null, null, 0.972, 0.983],
  ['pii14.jsonl', null, null, 0.987, 0.986],
  ['pii15.jsonl', null, null, 0.980, 0.979],
  ['pii16.jsonl', null, null, 0.973, 0.973],
  ['pii17.jsonl', null, null, 0.963, 0.979],
  ['pii18.jsonl', null, null, 0.959, 0.971],
  ['pii19.jsonl', null, null, 0.984, 0.993],
  ['pii20.jsonl', null, null, 0.981, 0.980],
  ['pii21.jsonl', null, null, 0.942, 0.991],
  ['pii22.jsonl', null, null, 0.971, 0.991],
  ['pii23.jsonl', null, null, 0.945, 0.987],
  ['pii24.jsonl', null, null, 0.976, 0.981],
  ['pii25.jsonl', null, null, 0.942, 0.985],
  ['pii26.jsonl', null, null, 0.965, 0.996],
  ['pii27.jsonl', null, null, 0.986, 0.998],
  ['pii28.jsonl', null, null, 0.959, 0.985],
  ['pii29.jsonl', null, null, 0.961, 0.978],
  ['pii30.jsonl', null, null, 0.974, 0.970],
  ['pii31.jsonl', null, null, 0.958, 0.991],
  ['pii32.jsonl', null, null, 0.947, 0.994],
  ['pii33.jsonl', null, null, 0.954, 0.987],
  ['pii34.jsonl', null, null, 0.985, 0.962],
  ['pii35.jsonl', null, null, 0.986, 0.977],
  ['pii36.jsonl', null, null, 0.995, 0.998],
  ['pii37.jsonl', null, null, 0.996, 0.992],
  ['pii38.jsonl', null, null, 0.936, 0.984],
  ['pii39.jsonl', null, null, 0.917, 0.979],
  ['pii40.jsonl', null, null, 0.714, 0.980],
  ['pii41.jsonl', null, null, 0.924, 0.967],
  ['pii42.jsonl', null, null, 0.873, 0.980],
  ['pii43.jsonl', null, null, 0.790, 0.981],
];
const MARGIN = { wind: 0.02, duplicates: 0.03, pii: 0.005 };

const dir = new URL('../fixtures/triage/', import.meta.url);
const read = (f: string): Labelled[] => fs.readFileSync(new URL(f, dir), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Labelled);

describe('the labelled sets', () => {
  it('are each listed with their figures', () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
    expect(MEASURED.map(([f]) => f).sort()).toEqual(files);
  });
  it.each(MEASURED)('%s keeps its wind, duplicate and personal-data figures', (file, wind, duplicates, recall, precision) => {
    const e = evaluate(read(file));
    if (wind !== null) expect(e.wind.macroF1, 'wind macro-F1').toBeGreaterThanOrEqual(wind - MARGIN.wind);
    if (duplicates !== null) expect(e.duplicates.f1, 'duplicate F1').toBeGreaterThanOrEqual(duplicates - MARGIN.duplicates);
    expect(e.pii.recall, 'personal-data recall').toBeGreaterThanOrEqual(recall - MARGIN.pii);
    expect(e.pii.precision, 'personal-data precision').toBeGreaterThanOrEqual(precision - MARGIN.pii);
  });
});
