import { execFileSync } from 'node:child_process';
import { objectList } from '../../core/object-lists';

describe('objectList', () => {
  it('is a new empty list at each call, that takes objects', () => {
    const a = objectList<{ n: number }>();
    const b = objectList<{ n: number }>();
    expect(a).toEqual([]);
    expect(a).not.toBe(b);
    a.push({ n: 1 });
    expect(a).toEqual([{ n: 1 }]);
    expect(b).toEqual([]);
  });

  it('is a list of objects to V8 from the start, where a [] literal is not', () => {
    // V8's own answer, asked in a process of its own (natives syntax is a flag of the process).
    const script = `const objectList = ${objectList.toString()}; console.log(%HasObjectElements(objectList()), %HasObjectElements([]));`;
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' });
    expect(out.trim()).toBe('true false');
  });
});
