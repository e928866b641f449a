/**
 * Which council and province a file is from when the file itself says little: a corrupt upload
 * has only its name and the folder it was filed in.
 */
import { identifyCouncil } from '../../pipeline/identify';

const identify = (file: string, hint: string | null = null) => identifyCouncil(file, null, null, hint).identity;

describe('identifyCouncil from the file name and its folders', () => {
  it('takes the council from the file name and the province from the folder it was filed in', () => {
    expect(identify('inbox/ขอนแก่น/อบต.หนองแวง-แผน2566-2570.xlsx')).toMatchObject({
      name: 'องค์การบริหารส่วนตำบลหนองแวง',
      type: 'อบต.',
      province: 'ขอนแก่น',
      source: 'file-name',
    });
  });

  it('reads "จ." and "จังหวัด" folders, Bangkok\'s short names, and Windows separators', () => {
    expect(identify('รอบ2568/จ.เพชรบุรี/ทต.บ้านลาด.xlsx').province).toBe('เพชรบุรี');
    expect(identify('จังหวัด เพชรบุรี/อำเภอท่ายาง/ทต.ท่ายาง.xlsx').province).toBe('เพชรบุรี');
    expect(identify('กทม./ส่งแล้ว/แผน.xlsx').province).toBe('กรุงเทพมหานคร');
    expect(identify('C:\\งาน\\นครราชสีมา\\อบต.หนองแวง.xlsx').province).toBe('นครราชสีมา');
  });

  it('uses the folder closest to the file', () => {
    expect(identify('ขอนแก่น/ย้ายไป/นครราชสีมา/อบต.หนองแวง.xlsx').province).toBe('นครราชสีมา');
  });

  it('does not read a province out of a longer folder name or a folder with no province', () => {
    expect(identify('ขอนแก่นรอบ2/อบต.หนองแวง.xlsx').province).toBeNull();
    expect(identify('inbox/อ.เมือง/อบต.หนองแวง.xlsx').province).toBeNull();
    expect(identify('อบต.หนองแวง.xlsx').province).toBeNull();
  });

  it('lets the run\'s --province win over a folder', () => {
    expect(identify('ขอนแก่น/อบต.หนองแวง.xlsx', 'นครราชสีมา').province).toBe('นครราชสีมา');
  });
});
