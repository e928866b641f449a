import { execFileSync } from 'node:child_process';
import { filterToObjects, mapToObjects, objectList } from '../../core/object-lists';

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

describe('mapToObjects and filterToObjects', () => {
  it('give what map and filter give, as lists of their own', () => {
    const list = [{ n: 1 }, { n: 2 }, { n: 3 }];
    expect(mapToObjects(list, (x, i) => `${x.n}:${i}`)).toEqual(list.map((x, i) => `${x.n}:${i}`));
    expect(filterToObjects(list, (x) => x.n !== 2)).toEqual([{ n: 1 }, { n: 3 }]);
    expect(mapToObjects([], (x) => x)).toEqual([]);
    const copy = filterToObjects(list, () => true);
    expect(copy).toEqual(list);
    expect(copy).not.toBe(list);
  });

  it('make packed lists of objects to V8 whether or not they are compiled, where map does not', () => {
    // Each way of making a list is run as V8's interpreter runs it, then compiled by TurboFan.
    const script =
      `const objectList = ${objectList.toString()}; const mapToObjects = ${mapToObjects.toString()};` +
      'const kind = (a) => (%HasObjectElements(a) ? "objects" : "other") + (%HasHoleyElements(a) ? ", holey" : "");' +
      'const list = [{ n: 1 }, { n: 2 }];' +
      'const viaMap = (a) => a.map((x) => x);' +
      'const viaMapToObjects = (a) => mapToObjects(a, (x) => x);' +
      'const both = (f) => { %PrepareFunctionForOptimization(f); const before = kind(f(list)); f(list); %OptimizeFunctionOnNextCall(f); return [before, kind(f(list))]; };' +
      'console.log(JSON.stringify({ map: both(viaMap), mapToObjects: both(viaMapToObjects) }));';
    const out = JSON.parse(execFileSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' }));
    expect(out.mapToObjects).toEqual(['objects', 'objects']);
    // What the helper is for: map's list changes kind once its caller is compiled.
    expect(out.map).toEqual(['objects', 'objects, holey']);
  });
});
