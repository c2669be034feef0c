#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""kunit-results.py JSON: one result line per KUnit test case (parameterised
cases count once per parameter), from kunit.py's --json output."""
import json
import sys


def walk(group, path):
    name = group.get('name', '')
    here = path + [name] if name else path
    for case in group.get('test_cases', []):
        yield '.'.join(here + [case['name']]), case['status']
    for sub in group.get('sub_groups', []):
        yield from walk(sub, here)


def main():
    try:
        data = json.load(open(sys.argv[1]))
    except (OSError, ValueError):
        print('FAIL\tkunit: results (no parseable output; see kunit.out)')
        return
    top = data.get('sub_groups', [])
    if not top:
        print('FAIL\tkunit: no suite ran')
    for suite in top:
        for name, status in walk(suite, ['kunit']):
            status = {'PASS': 'PASS', 'SKIP': 'SKIP'}.get(status, 'FAIL')
            print(f'{status}\t{name}')
            if status == 'FAIL':
                print(f'FAIL: {name}', file=sys.stderr)


if __name__ == '__main__':
    main()
