#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make run: set everything up, build the patched kernel and boot it under
# qemu to run the msvm demo. Until the series carries the vsvm driver and its
# demo program, the demo is the msvm KUnit suites (drm_gpusvm*, drm_pagemap*).

. "$(dirname "$0")/lib.sh"

"$TOP/scripts/deps.sh"
"$TOP/scripts/base.sh"
mkdir -p "$BUILD/test"
export RESULTS=$BUILD/test/run-results
: >"$RESULTS"
say "base: $BASE_PKG $(base_version)"
prepare_test_tree
"$TOP/scripts/kunit.sh" build "$SRC" "$OBJ"

if [ -f "$SRC/tools/testing/selftests/drivers/gpu/vsvm/vsvm_demo.c" ]; then
	exec "$TOP/scripts/demo.sh" "$SRC" "$OBJ"
fi

# One glob selects the drm_gpusvm* and drm_pagemap* suites.
glob='drm_[gp][pa][ug]*'
echo
echo "msvm demo: the vsvm driver is not in the series yet, so the demo is the"
echo "msvm KUnit suites ($glob), run in the patched kernel under qemu."
echo
python3 "$SRC/tools/testing/kunit/kunit.py" exec --arch=x86_64 --build_dir="$OBJ" \
	--kernel_args='panic=-1 sysctl.kernel.hung_task_panic=1 softlockup_panic=1' --qemu_args='-m 2G -smp 2' --timeout=1200 "$glob" |
	sed 's/^\[[0-9:]*\] //'
