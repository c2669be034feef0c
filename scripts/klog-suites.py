#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""klog-suites.py LOG [ALLOW]: find kernel splats in a KUnit boot log and
attribute each to the top-level KUnit suite that was running. Prints one
"suite<TAB>first line of the splat" per splat; with ALLOW (a file of suite
names, '#' comments), splats in those suites are left out."""
import re
import sys

SPLAT = re.compile(r'(WARNING: |BUG: |BUG at|Oops|Kernel panic|general protection fault|'
                   r'possible (recursive|circular) locking|inconsistent lock state|'
                   r'suspicious RCU usage|lock held when returning|KASAN|UBSAN|'
                   r'INFO: task .* blocked|unreferenced object|'
                   r'sleeping function called from invalid context|'
                   r'INFO: trying to register non-static key|'
                   r'turning off the locking correctness validator|Call Trace:)')
# Reports after which lockdep is off for the rest of the boot (lockdep's
# debug_locks_off()): never allowed, not even in a base suite, since every
# later suite would then run without lock checking.
LOCKDEP_OFF = re.compile(r'(still has locks held|possible (recursive|circular) locking|'
                         r'inconsistent lock state|lock held when returning|'
                         r'trying to register non-static key|'
                         r'turning off the locking correctness validator|'
                         r'DEBUG_LOCKS_WARN_ON|BUG: MAX_LOCK|leaked lock)')
SUITE = re.compile(r'^    # Subtest: (\S+)')
END = re.compile(r'^(not )?ok \d+ (\S+)')


def main():
    allow = set()
    if len(sys.argv) > 2:
        for line in open(sys.argv[2]):
            line = line.split('#', 1)[0].strip()
            if line:
                allow.add(line.split()[0])
    suite = '(outside any suite)'
    for raw in open(sys.argv[1], errors='replace'):
        line = raw.rstrip('\n')
        m = SUITE.match(line)
        if m:
            suite = m.group(1)
            continue
        m = END.match(line)
        if m:
            suite = '(outside any suite)'
            continue
        if LOCKDEP_OFF.search(line):
            print(f'{suite}\t(lockdep off from here on) {line.strip()}')
        elif SPLAT.search(line) and suite not in allow:
            print(f'{suite}\t{line.strip()}')


if __name__ == '__main__':
    main()
