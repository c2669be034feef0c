#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make run: set everything up, build the patched kernel and boot it under
# qemu with four vsvm GPUs, and run the msvm demo (scripts/demo.sh).

. "$(dirname "$0")/lib.sh"

"$TOP/scripts/deps.sh"
"$TOP/scripts/base.sh"
mkdir -p "$BUILD/test"
export RESULTS=$BUILD/test/run-results
: >"$RESULTS"
say "base: $BASE_PKG $(base_version)"
prepare_test_tree
"$TOP/scripts/kunit.sh" build "$SRC" "$OBJ"

exec "$TOP/scripts/demo.sh" "$SRC" "$OBJ"
