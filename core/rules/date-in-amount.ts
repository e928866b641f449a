import { defineRule } from './rule';

/**
 * A budget cell formatted as a date: Excel stores a date as a day number (1 ตุลาคม 2566 is
 * 45200), which would otherwise be read as that many baht. Hosts that see cell formats (xlsx)
 * report it and leave the number out of every total.
 */
export const dateInAmount = defineRule({
  code: 'date-in-amount',
  severity: 'error',
  title: { th: 'วันที่อยู่ในช่องจำนวนเงิน', en: 'Date in an amount cell' },
  message: {
    th: 'งบประมาณของรายการ {ref} เป็นวันที่ ({date}) ไม่ใช่จำนวนเงิน (Excel เก็บไว้เป็นเลข {value}) จึงไม่นำไปรวมยอด พิมพ์จำนวนเงินใหม่และจัดรูปแบบช่องเป็นตัวเลข',
    en: 'Item {ref}\'s budget is a date ({date}), not an amount (Excel stores it as the number {value}), so it is left out of the totals; type the amount again and format the cell as a number',
  },
});
