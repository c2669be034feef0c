#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make test: everything CI runs. Apply patches/ to a fresh copy of the base,
# build the x86_64 test kernel, run KUnit under qemu, boot again with an
# initramfs that runs the userspace selftests, run the static checks, and
# end with one line: "N passed, N failed, N skipped".

. "$(dirname "$0")/lib.sh"

"$TOP/scripts/deps.sh"
"$TOP/scripts/base.sh"
mkdir -p "$BUILD/test"
export RESULTS=$BUILD/test/results
: >"$RESULTS"
t0=$SECONDS

summary() {
	local pass fail skip
	pass=$(grep -c '^PASS' "$RESULTS" || true)
	fail=$(grep -c '^FAIL' "$RESULTS" || true)
	skip=$(grep -c '^SKIP' "$RESULTS" || true)
	echo
	echo "base: $BASE_PKG $(base_version)$(base_is_fallback && echo " (FALLBACK from pinned $BASE_PIN)")"
	echo "patches: $(series_patches | wc -l); time: $(((SECONDS - t0) / 60))m$(((SECONDS - t0) % 60))s"
	if [ "$fail" -gt 0 ]; then
		echo "failed:"
		grep '^FAIL' "$RESULTS" | cut -f2- | sed 's/^/  /'
	fi
	echo "$pass passed, $fail failed, $skip skipped"
	[ "$fail" -eq 0 ]
}

say "base: $BASE_PKG $(base_version)"
if ! (prepare_test_tree); then
	record FAIL "series applies to base $(base_version)"
	summary
	exit 1
fi
record PASS "series applies to base $(base_version)"

if ! "$TOP/scripts/kunit.sh" build "$SRC" "$OBJ"; then
	summary
	exit 1
fi
"$TOP/scripts/kunit.sh" exec "$SRC" "$OBJ"
"$TOP/scripts/selftests.sh" "$SRC" "$OBJ"
[ "${MSVM_STATIC:-1}" = 1 ] && "$TOP/scripts/checks.sh" "$SRC" "$OBJ"
summary
