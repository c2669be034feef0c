#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""tap.py LOG SUITE...: turn the selftest boot's TAP log into result lines.

Each suite's output sits between "MSVM-BEGIN <suite>" and "MSVM-END <suite>
<exit status>". Every top-level "ok"/"not ok" line is one test; a suite that
never ended (crash, hang) or that exited non-zero without a failing test is a
failure of its own. Exit status 4 is kselftest's "skipped": a suite that
exits with it and skipped every test it reported passes as a skip.
"""
import re
import sys

TEST = re.compile(r'^(not )?ok \d+ (.*?)(?:\s+#\s*(SKIP|skip|TODO)\b.*)?$')


def main():
    log, suites = sys.argv[1], sys.argv[2:]
    try:
        lines = open(log, errors='replace').read().splitlines()
    except OSError:
        lines = []
    results, current, ended, failed, ran = [], None, {}, {}, {}
    for raw in lines:
        line = raw.rstrip('\r')
        m = re.match(r'^MSVM-BEGIN (\S+)$', line)
        if m:
            current = m.group(1)
            failed[current] = 0
            ran[current] = 0
            continue
        m = re.match(r'^MSVM-END (\S+) (\d+)$', line)
        if m:
            ended[m.group(1)] = int(m.group(2))
            current = None
            continue
        if current is None:
            continue
        m = TEST.match(line)
        if not m:
            continue
        name = f'selftest {current}: {m.group(2)}'
        if m.group(3):
            results.append(('SKIP', name))
            continue
        ran[current] += 1
        if m.group(1):
            results.append(('FAIL', name))
            failed[current] += 1
        else:
            results.append(('PASS', name))
    for s in suites:
        if s not in failed:
            results.append(('FAIL', f'selftest {s}: never started'))
        elif s not in ended:
            results.append(('FAIL', f'selftest {s}: did not finish (crash or timeout)'))
        elif ended[s] == 4 and not ran[s]:
            results.append(('SKIP', f'selftest {s}: no devices to test'))
        elif ended[s] != 0 and not failed[s]:
            results.append(('FAIL', f'selftest {s}: exit status {ended[s]}'))
    if 'MSVM-DONE' not in (l.rstrip('\r') for l in lines):
        results.append(('FAIL', 'selftest boot: completed'))
    for status, name in results:
        print(f'{status}\t{name}')
        if status != 'PASS':
            print(f'{status}: {name}', file=sys.stderr)


if __name__ == '__main__':
    main()
