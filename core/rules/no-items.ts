import { defineRule } from './rule';

/**
 * A submission whose table has its header but not one item under it: the form was sent before it
 * was filled in. Hosts that receive submissions report it (the pipeline); the validator itself
 * does not, so that a blank form the add-in or `sujarit template` just wrote has no finding.
 */
export const noItems = defineRule({
  code: 'no-items',
  severity: 'error',
  title: { th: 'ตารางไม่มีรายการ', en: 'Table without items' },
  message: {
    th: 'แผ่นงาน "{value}" มีหัวตารางแต่ไม่มีโครงการ/กิจกรรม/มาตรการใต้หัวตารางเลย กรอกรายการแล้วส่งใหม่',
    en: 'Sheet "{value}" has the table header but not one project, activity or measure under it; fill in the items and send it again',
  },
});
