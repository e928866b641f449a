#!/usr/bin/env python3
"""Budget of every council's anti-corruption plan, summed per province, dimension and year.

The script a provincial analyst writes with openpyxl when the files come in: open every workbook
(and CSV) under the inbox, find the table's header row (the one with the year columns, 'ปี 2567'),
read the item rows under it, and add up the budgets. The province is the folder the file was filed
in (inbox/<province>/...). It is the benchmark's peer: `npm run bench` times it against `sujarit
consolidate` on the same corpus, after checking that both find the same budgets.

    python3 bench/peer/consolidate.py INBOX [--out totals.csv] [--json result.json]

What it understands, as an analyst learns by looking at the files: Thai digits, amounts written
'2,000.- บาท' or 'จำนวน 5,000 บาท', summary rows starting with 'รวม', the dimension in the first
column (blank below its first row) or as a heading line 'มิติที่ 1 ...' above the table, annual
plans whose budget is the 'งบประมาณ' column, CSV saved by Thai Windows (cp874). Anything else that
is not a number (ไม่ใช้งบประมาณ, -, ✓) is not money. A file it cannot open is listed and skipped.
"""
import csv
import io
import json
import os
import re
import sys
import time
from collections import defaultdict

import openpyxl

THAI_DIGITS = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')
YEAR = re.compile(r'^ปี\s*(\d{4})$')
NUMBER = re.compile(r'^\d+(\.\d+)?$')


def clean(value):
    """Cell text with Thai digits as Arabic, web tags and invisible characters removed, one space between words."""
    if value is None:
        return ''
    text = str(value).translate(THAI_DIGITS)
    text = re.sub(r'<[^>]*>', '', text).replace('\u200b', '').replace('\xa0', ' ')
    return ' '.join(text.split())


def to_number(value):
    """A budget cell as baht, or None when it is not an amount."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = clean(value)
    text = re.sub(r'^จำนวน\s*', '', text)
    text = re.sub(r'\s*บาท$', '', text)
    text = re.sub(r'\.-$', '', text)
    text = text.replace(',', '').strip()
    return float(text) if NUMBER.match(text) else None


def read_rows(path):
    """The rows of the plan sheet: the first sheet that is not the add-in's metadata sheet."""
    if path.lower().endswith('.csv'):
        with open(path, 'rb') as f:
            data = f.read()
        try:
            text = data.decode('utf-8-sig')
        except UnicodeDecodeError:
            text = data.decode('cp874')
        return [row for row in csv.reader(io.StringIO(text))]
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for sheet in workbook.worksheets:
            if sheet.title != 'ข้อมูลหน่วยงาน':
                return [list(row) for row in sheet.iter_rows(values_only=True)]
        return []
    finally:
        workbook.close()


def header_of(row):
    """Columns of a header row (the row naming the years), or None when the row is not one."""
    cells = [clean(v).replace(' ', '') for v in row]
    years = {i: int(YEAR.match(c).group(1)) for i, c in enumerate(cells) if YEAR.match(c)}
    titles = [i for i, c in enumerate(cells) if 'โครงการ' in c]
    if not years or not titles:
        return None
    dimension = next((i for i, c in enumerate(cells) if c in ('มิติ', 'มติ')), None)
    budget = next((i for i, c in enumerate(cells) if c.startswith('งบประมาณ')), None)
    if budget is not None:  # annual plan: the year spans the quarters, the money is in งบประมาณ
        money = {budget: list(years.values())[0]}
    else:
        money = years
    return {'title': titles[0], 'dimension': dimension, 'money': money}


def plan_totals(rows):
    """{dimension: {year: baht}} over the item rows, and the number of items; None when no table."""
    totals = defaultdict(lambda: defaultdict(float))
    header = None
    dimension = '?'
    items = 0
    for row in rows:
        row = list(row)
        new_header = header_of(row)
        if new_header:
            header = new_header
            continue
        filled = [clean(v) for v in row if clean(v)]
        if len(filled) == 1 and filled[0].replace(' ', '').startswith(('มิติ', 'มติ')):
            found = re.search(r'\d', filled[0])  # 'มิติที่ 1. ...' above a legacy table
            dimension = found.group(0) if found else '?'
            continue
        if header is None:
            continue
        cell = lambda i: row[i] if i < len(row) else None
        if any(clean(cell(i)).replace(' ', '').startswith('รวม') for i in range(3)):
            continue  # summary row
        if header['dimension'] is not None and clean(cell(header['dimension'])):
            found = re.search(r'\d', clean(cell(header['dimension'])))
            dimension = found.group(0) if found else '?'
        if not clean(cell(header['title'])):
            continue  # a second header row, or an empty row
        items += 1
        for col, year in header['money'].items():
            amount = to_number(cell(col))
            if amount is not None:
                totals[dimension][year] += amount
    if header is None:
        return None, 0
    return totals, items


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[0])
        print('usage: consolidate.py INBOX [--out totals.csv] [--json result.json]')
        return 2
    inbox = argv[1]
    out_csv = argv[argv.index('--out') + 1] if '--out' in argv else None
    out_json = argv[argv.index('--json') + 1] if '--json' in argv else None
    started = time.time()
    by_province = defaultdict(lambda: defaultdict(lambda: defaultdict(float)))
    files = []
    unreadable = []
    for folder, _dirs, names in sorted(os.walk(inbox)):
        _dirs.sort()
        for name in sorted(names):
            if not name.lower().endswith(('.xlsx', '.xlsm', '.csv')) or name.startswith(('~$', '.')):
                continue
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, inbox).replace(os.sep, '/')
            province = relative.split('/')[0]
            try:
                totals, items = plan_totals(read_rows(path))
            except Exception as error:  # a damaged upload: note it and go on
                unreadable.append({'path': relative, 'error': str(error)[:200]})
                continue
            if totals is None:
                unreadable.append({'path': relative, 'error': 'no plan table'})
                continue
            for dimension, years in totals.items():
                for year, amount in years.items():
                    by_province[province][dimension][year] += amount
            files.append({'path': relative, 'province': province, 'items': items,
                          'totals': {d: {str(y): a for y, a in ys.items()} for d, ys in totals.items()}})
    seconds = time.time() - started
    if out_csv:
        with open(out_csv, 'w', newline='', encoding='utf-8-sig') as f:
            writer = csv.writer(f)
            writer.writerow(['province', 'dimension', 'year', 'budget'])
            for province in sorted(by_province):
                for dimension in sorted(by_province[province]):
                    for year in sorted(by_province[province][dimension]):
                        writer.writerow([province, dimension, year, by_province[province][dimension][year]])
    result = {
        'seconds': seconds,
        'files': files,
        'unreadable': unreadable,
        'totals': {p: {d: {str(y): a for y, a in ys.items()} for d, ys in ds.items()} for p, ds in by_province.items()},
    }
    if out_json:
        with open(out_json, 'w', encoding='utf-8') as f:
            json.dump(result, f, ensure_ascii=False)
    print(f'{len(files)} plans read, {len(unreadable)} files skipped, {len(by_province)} provinces, {seconds:.1f} s')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
