#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# klog-check.sh WHAT LOG [ALLOW]: a boot passes only if its kernel log shows
# no splat (lockdep, KASAN, WARN, BUG, oops, panic, hung task, kmemleak...).
# For a KUnit boot, ALLOW names base suites whose splats are known (see
# scripts/klog.allow); splats anywhere else fail.

. "$(dirname "$0")/lib.sh"

what=$1 log=$2 allow=${3:-/dev/null}
if [ ! -s "$log" ]; then
	record FAIL "$what: kernel log present"
	exit 0
fi
splats=$(python3 "$TOP/scripts/klog-suites.py" "$log" "$allow")
if [ -n "$splats" ]; then
	echo "$splats" | head -n 20 >&2
	record FAIL "$what: kernel log free of splats ($(echo "$splats" | wc -l) found)"
else
	record PASS "$what: kernel log free of splats"
fi
