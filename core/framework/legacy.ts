/**
 * The 2561-2564 ("legacy") framework of legacy-framework.md section 1, and the mapping of its missions
 * to 2566-2570 missions (section 3). Map by meaning, never by equal code: legacy 3.1 is new 2.1.
 * Names marked "R" in the source are reconstructed; matching them is fuzzy anyway.
 */
import type { LegacyMapping } from '../schema';
import { defineTaxa, dimensionOf, normaliseCode, parentCode } from './codes';
import type { Framework } from './types';

const DIMENSIONS = defineTaxa('dimension', [
  ['1', 'การสร้างสังคมที่ไม่ทนต่อการทุจริต'],
  ['2', 'การบริหารราชการเพื่อป้องกันการทุจริต'],
  ['3', 'การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน'],
  [
    '4',
    'การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น',
    ['การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ'],
  ],
]);

// One row per taxon, names verbatim from legacy-framework.md 1.2, so the table reads against the doc.
const MISSIONS = defineTaxa('mission', [
  ['1.1', 'การสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมืองฝ่ายสภาท้องถิ่น และฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น'],
  ['1.2', 'การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น'],
  ['1.3', 'การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน'],
  ['2.1', 'แสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริตของผู้บริหาร'],
  ['2.2', 'มาตรการสร้างความโปร่งใสในการปฏิบัติราชการ'],
  ['2.3', 'มาตรการการใช้ดุลยพินิจและใช้อำนาจหน้าที่ให้เป็นไปตามหลักการบริหารกิจการบ้านเมืองที่ดี'],
  ['2.4', 'การเชิดชูเกียรติแก่หน่วยงาน/บุคคลในการดำเนินกิจการ การประพฤติปฏิบัติตนให้เป็นที่ประจักษ์'],
  ['2.5', 'มาตรการจัดการในกรณีได้ทราบ หรือรับแจ้ง หรือตรวจสอบพบการทุจริต'],
  ['3.1', 'จัดให้มีและเผยแพร่ข้อมูลข่าวสารในช่องทางที่เป็นการอำนวยความสะดวกแก่ประชาชนได้มีส่วนร่วมตรวจสอบการปฏิบัติราชการตามอำนาจหน้าที่ขององค์กรปกครองส่วนท้องถิ่นได้ทุกขั้นตอน'],
  ['3.2', 'การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียน/ร้องทุกข์ของประชาชน'],
  ['3.3', 'การส่งเสริมให้ประชาชนมีส่วนร่วมบริหารกิจการขององค์กรปกครองส่วนท้องถิ่น'],
  ['4.1', 'มีการจัดวางระบบและรายงานการควบคุมภายใน ตามที่คณะกรรมการตรวจเงินแผ่นดินกำหนด'],
  ['4.2', 'การสนับสนุนให้ภาคประชาชนมีส่วนร่วมตรวจสอบการปฏิบัติหรือการบริหารราชการ ตามช่องทางที่สามารถดำเนินการได้'],
  ['4.3', 'การส่งเสริมบทบาทการตรวจสอบของสภาท้องถิ่น'],
  ['4.4', 'เสริมพลังการมีส่วนร่วมของชุมชน (Community) และบูรณาการทุกภาคส่วนเพื่อต่อต้านการทุจริต'],
]);

/** Mission 2.1 has no x.y.z level in the source: its items hang directly under it. */
const SUB_MISSIONS = defineTaxa('sub-mission', [
  ['1.1.1', 'สร้างจิตสำนึกและความตระหนักในการปฏิบัติราชการตามอำนาจหน้าที่ให้บังเกิดประโยชน์สุขแก่ประชาชนในท้องถิ่น'],
  ['1.1.2', 'สร้างจิตสำนึกและความตระหนักในการประพฤติตามประมวลจริยธรรม'],
  ['1.1.3', 'สร้างจิตสำนึกและความตระหนักที่จะไม่กระทำการอันเป็นการขัดกันแห่งผลประโยชน์หรือการมีผลประโยชน์ทับซ้อน'],
  ['1.2.1', 'สร้างจิตสำนึกและความตระหนักในการต่อต้านการทุจริต'],
  ['1.2.2', 'สร้างจิตสำนึกและความตระหนักในการรักษาประโยชน์สาธารณะ'],
  ['1.2.3', 'สร้างจิตสำนึกและความตระหนักในการปฏิบัติตนตามหลักปรัชญาเศรษฐกิจพอเพียง'],
  ['1.3.1', 'สร้างจิตสำนึกและความตระหนักในความซื่อสัตย์สุจริต'],
  ['1.3.2', 'สร้างจิตสำนึกและความตระหนักในการต่อต้านการทุจริต'],
  ['1.3.3', 'สร้างจิตสำนึกและความตระหนักให้มีจิตสาธารณะ'],
  ['2.2.1', 'สร้างความโปร่งใสในการบริหารงานบุคคล ทั้งในเรื่องการบรรจุแต่งตั้ง โยกย้าย โอน เลื่อนตำแหน่ง/เงินเดือน และการมอบหมายงาน'],
  ['2.2.2', 'สร้างความโปร่งใสในการบริหารการเงิน งบประมาณ การจัดหาพัสดุ การใช้ประโยชน์ในทรัพย์สินของทางราชการ โดยยึดถือและปฏิบัติให้เป็นไปตามกฎหมาย ระเบียบ กฎ ข้อบังคับอย่างเคร่งครัด'],
  ['2.2.3', 'สร้างความโปร่งใสในการให้บริการสาธารณะ/บริการประชาชน เพื่อให้เกิดความพึงพอใจแก่ประชาชนโดยทัดเทียมกันและโดยไม่เลือกปฏิบัติ'],
  ['2.3.1', 'มีการจัดทำแผนภูมิขั้นตอนและระยะเวลาการดำเนินการเกี่ยวกับการบริการประชาชนรายละเอียดที่เกี่ยวข้องในแต่ละขั้นตอน เปิดเผย ณ ที่ทำการและในระบบเครือข่ายสารสนเทศขององค์กรปกครองส่วนท้องถิ่น'],
  ['2.3.2', 'มีการกระจายอำนาจการตัดสินใจเกี่ยวกับการสั่ง อนุญาต อนุมัติ ปฏิบัติราชการแทนหรือการดำเนินการอื่นใดของผู้มีอำนาจในองค์กรปกครองส่วนท้องถิ่น'],
  ['2.4.1', 'ยกย่องเชิดชูเกียรติหน่วยงาน/บุคคลที่ดำเนินกิจการ/ประพฤติปฏิบัติตนให้เป็นที่ประจักษ์'],
  ['2.4.2', 'ยกย่องเชิดชูเกียรติบุคคลที่ช่วยเหลือกิจการสาธารณะของท้องถิ่น'],
  ['2.4.3', 'ยกย่องเชิดชูเกียรติบุคคลที่ดำรงตนตามหลักเศรษฐกิจพอเพียง'],
  ['2.5.1', 'ดำเนินการให้มีข้อตกลงระหว่างบุคลากรในองค์กรได้ปฏิบัติหน้าที่ราชการด้วยความซื่อสัตย์ สุจริต มีคุณธรรม จริยธรรม และการบริหารราชการกิจการบ้านเมืองที่ดี'],
  ['2.5.2', 'มีการให้ความร่วมมือกับหน่วยงานราชการ จังหวัด อำเภอ ที่ได้ดำเนินการตามอำนาจหน้าที่เพื่อการตรวจสอบ ควบคุม ดูแล การปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น'],
  ['2.5.3', 'ดำเนินการให้มีเจ้าหน้าที่ที่รับผิดชอบดำเนินการให้เป็นไปตามกฎหมาย กรณีมีเรื่องร้องเรียน กล่าวหาบุคลากรในองค์กรปกครองส่วนท้องถิ่นที่ปฏิบัติราชการตามอำนาจหน้าที่โดยมิชอบ'],
  ['3.1.1', 'จัดให้มีศูนย์ข้อมูลข่าวสารตามกฎหมายว่าด้วยข้อมูลข่าวสารของราชการ'],
  ['3.1.2', 'มีการเผยแพร่ข้อมูลข่าวสารเกี่ยวกับการบริหารงบประมาณ การเงิน การจัดหาพัสดุ การคำนวณราคากลาง รายงานผลการปฏิบัติงาน เป็นไปตามหลักเกณฑ์ วิธีการที่กฎหมาย ระเบียบ กฎข้อบังคับ ที่กำหนดให้องค์กรปกครองส่วนท้องถิ่นต้องเผยแพร่ให้ประชาชนทราบและตรวจสอบได้'],
  ['3.1.3', 'มีการปิดประกาศ เผยแพร่ข้อมูลข่าวสารเกี่ยวกับการปฏิบัติราชการที่เป็นประโยชน์กับการมีส่วนร่วมตรวจสอบของประชาชน'],
  ['3.2.1', 'มีกระบวนการรับฟังความคิดเห็นของประชาชน ในการดำเนินกิจการตามอำนาจหน้าที่ขององค์กรปกครองส่วนท้องถิ่น โดยเฉพาะการดำเนินกิจการที่จะมีผลกระทบต่อความเป็นอยู่ และสุขอนามัยของประชาชนในท้องถิ่น'],
  ['3.2.2', 'มีช่องทางให้ประชาชนในท้องถิ่นสามารถร้องเรียน/ร้องทุกข์ได้โดยสะดวก'],
  ['3.2.3', 'มีรายงานหรือแจ้งเป็นลายลักษณ์อักษรให้ประชาชนผู้ร้องเรียน/ร้องทุกข์ได้ทราบถึงการได้รับเรื่อง ระยะเวลา และผลการดำเนินการเกี่ยวกับเรื่องร้องเรียน/ร้องทุกข์'],
  ['3.3.1', 'ดำเนินการให้ประชาชนมีส่วนร่วมในการจัดทำแผนพัฒนา การจัดทำงบประมาณ'],
  ['3.3.2', 'ดำเนินการให้ประชาชนมีส่วนร่วมในการจัดหาพัสดุ'],
  ['3.3.3', 'ดำเนินการให้ประชาชนมีส่วนร่วมตรวจสอบ และประเมินผลการปฏิบัติงาน'],
  ['4.1.1', 'มีการจัดทำและรายงานการจัดทำระบบควบคุมภายในให้ผู้กำกับดูแล'],
  ['4.1.2', 'มีการติดตามประเมินระบบควบคุมภายใน โดยดำเนินการให้มีการจัดทำแผนการปรับปรุงหรือบริหารความเสี่ยง และรายงานผลการติดตามการปฏิบัติตามแผนการปรับปรุงควบคุมภายในให้ผู้กำกับดูแล'],
  ['4.2.1', 'ส่งเสริมให้ประชาชนมีส่วนร่วมตรวจสอบ กำกับ ดูแลการบริหารงานบุคคลเกี่ยวกับการบรรจุ แต่งตั้ง การโอน ย้ายข้าราชการ พนักงาน ลูกจ้าง'],
  ['4.2.2', 'ส่งเสริมให้ประชาชนมีส่วนร่วมตรวจสอบ กำกับ ดูแลการบริหารงบประมาณ การรับ-จ่ายเงิน การหาประโยชน์จากทรัพย์สินของทางราชการ'],
  ['4.2.3', 'ส่งเสริมให้ประชาชนมีส่วนร่วมตรวจสอบ กำกับ ดูแลการจัดหาพัสดุ'],
  ['4.3.1', 'ส่งเสริมและพัฒนาศักยภาพสมาชิกสภาท้องถิ่น'],
  ['4.3.2', 'ส่งเสริมสมาชิกสภาท้องถิ่นให้มีบทบาทในการตรวจสอบการปฏิบัติงานของฝ่ายบริหารตามกระบวนการและวิธีการที่กฎหมาย ระเบียบที่เกี่ยวข้องได้กำหนดไว้ โดยไม่ฝักใฝ่ฝ่ายใด'],
  ['4.4.1', 'ส่งเสริมให้มีการดำเนินการเฝ้าระวังการทุจริต'],
  ['4.4.2', 'บูรณาการทุกภาคส่วนเพื่อต่อต้านการทุจริต'],
]);

export const LEGACY_FRAMEWORK: Framework = {
  id: 'legacy',
  label: 'พ.ศ. 2561-2564',
  years: [2561, 2562, 2563, 2564],
  dimensions: DIMENSIONS,
  missions: MISSIONS,
  subMissions: SUB_MISSIONS,
};

export interface LegacyTarget {
  /** The 2566-2570 mission code, or null when nothing fits. */
  target: string | null;
  alternative: string | null;
  certainty: 'high' | 'medium' | 'uncertain';
  reason: string;
}

/**
 * legacy-framework.md section 3, one entry per table row: legacy mission codes plus the sub-items the
 * table overrides. "medium-high" (2.1) is stored as 'medium': the schema has three grades only.
 */
export const LEGACY_MAPPING: Readonly<Record<string, LegacyTarget>> = Object.freeze({
  '1.1': { target: '1.1', alternative: null, certainty: 'high', reason: 'Same audience (executives, council, staff); only สร้าง → เสริมสร้าง changed.' },
  '1.1.3': { target: '1.1', alternative: '2.2', certainty: 'medium', reason: 'Conflict of interest: 2566 plans keep it under 1.1 (ป้องกันผลประโยชน์ทับซ้อน); could be 2.2.' },
  '1.2': { target: '1.2', alternative: null, certainty: 'high', reason: 'Same audience: citizens.' },
  '1.3': { target: '1.3', alternative: null, certainty: 'high', reason: 'Same audience: children and youth.' },
  '2.1': { target: '2.2', alternative: null, certainty: 'medium', reason: "Executives' political will: its 2566 successor (มาตรการแสดงเจตนารมณ์…) sits in 2.2 (medium-high)." },
  '2.2': { target: '2.2', alternative: '2.1', certainty: 'medium', reason: 'Transparency in personnel, finance, procurement and services is 2.2; items purely about publishing go to 2.1.' },
  '2.3': { target: '2.3', alternative: null, certainty: 'high', reason: 'Reducing discretion is the same intent.' },
  '2.4': { target: '1.2', alternative: '1.1', certainty: 'uncertain', reason: 'No honouring mission in 2566: awards go to 1.2 (seed 000), staff-only awards to 1.1.' },
  '2.5': { target: '4.3', alternative: null, certainty: 'medium', reason: 'Handling corruption found or reported is now complaint handling, 4.3.' },
  '2.5.1': { target: '2.2', alternative: '4.3', certainty: 'uncertain', reason: 'Integrity agreement among staff could go to 2.2 rather than 4.3.' },
  '2.5.2': { target: '4.1', alternative: '4.3', certainty: 'uncertain', reason: 'Cooperation with auditing agencies could go to 4.1 rather than 4.3.' },
  '3.1': { target: '2.1', alternative: null, certainty: 'high', reason: 'Information disclosure moved to dimension 2 (2.1), not 3.1.' },
  '3.2': { target: '3.2', alternative: null, certainty: 'high', reason: 'Same name; sub-item texts reused verbatim in 2566 plans.' },
  '3.3': { target: '3.1', alternative: null, certainty: 'high', reason: 'Participation in administration is 2566 3.1 (same name).' },
  '4.1': { target: '4.1', alternative: null, certainty: 'high', reason: 'Internal control; 4.1 now also covers internal audit and risk management.' },
  '4.2': { target: '2.2', alternative: '3.1', certainty: 'uncertain', reason: 'Public oversight of personnel/budget/procurement: the 2566 manual lists it under dimension 2; budget and procurement items might fit 3.1.' },
  '4.3': { target: '4.2', alternative: null, certainty: 'high', reason: "Council's oversight role: same name, one code lower (4.2)." },
  '4.4': { target: '3.3', alternative: null, certainty: 'high', reason: 'Community empowerment and cross-sector integration is 2566 3.3.' },
});

function mapping(dimension: string | null, mission: string | null, to: LegacyTarget, via?: string): LegacyMapping {
  const reason = via ? `${via}: ${to.reason}` : to.reason;
  return { dimension, mission, target: to.target, alternative: to.alternative, certainty: to.certainty, reason };
}

/**
 * Where an item carrying legacy codes goes in 2566-2570: a sub-item override first, then its mission.
 * A sub-mission alone implies its mission; a dimension alone cannot be mapped (target null).
 */
export function mapLegacy(mission: string | null, subMission: string | null, dimension: string | null): LegacyMapping {
  const sub = normaliseCode(subMission);
  const mis = normaliseCode(mission) ?? (sub ? parentCode(sub) : null);
  const dim = normaliseCode(dimension) ?? (mis ? dimensionOf(mis) : null);
  if (sub && LEGACY_MAPPING[sub]) return mapping(dim, mis, LEGACY_MAPPING[sub], `Sub-item ${sub}`);
  if (mis && LEGACY_MAPPING[mis]) return mapping(dim, mis, LEGACY_MAPPING[mis]);
  const reason = mis
    ? `Legacy mission ${mis} does not exist in the 2561-2564 framework.`
    : dim
      ? `Only the legacy dimension (${dim}) is known; missions are needed to map.`
      : 'No legacy dimension or mission given.';
  return { dimension: dim, mission: mis, target: null, alternative: null, certainty: 'uncertain', reason };
}
