import { describeHostEntry, hostFinding } from '../../hostile/rule-entry';

const CODE = 'date-in-amount';

describe(CODE, () => {
  describeHostEntry(CODE, 'error');

  it('renders the item, the date and the day number Excel stored', () => {
    const f = hostFinding(CODE, 'แผน.xlsx', { source: { sheet: 'แผน', cell: 'D6', row: 6, column: 4 }, value: '45200', params: { ref: '1', date: '2023-10-01' } });
    expect(f.message).toBe('งบประมาณของรายการ 1 เป็นวันที่ (2023-10-01) ไม่ใช่จำนวนเงิน (Excel เก็บไว้เป็นเลข 45200) จึงไม่นำไปรวมยอด พิมพ์จำนวนเงินใหม่และจัดรูปแบบช่องเป็นตัวเลข');
    expect(f.messageEn).toBe("Item 1's budget is a date (2023-10-01), not an amount (Excel stores it as the number 45200), so it is left out of the totals; type the amount again and format the cell as a number");
  });
});
