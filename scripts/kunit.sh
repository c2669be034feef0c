#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# kunit.sh build|exec SRC OBJ [kunit.py args...]: a thin wrapper around the
# kernel's kunit.py for x86_64 under qemu (no KVM), with ccache and the one
# test configuration that the series adds. "exec" records every test case.

. "$(dirname "$0")/lib.sh"

cmd=$1 src=$2 obj=$3
shift 3
kunit=("$src/tools/testing/kunit/kunit.py")

case $cmd in
build)
	start=$SECONDS
	if python3 "${kunit[@]}" build --arch=x86_64 --build_dir="$obj" \
		--kunitconfig="${KCONFIG:-$src/$KCONFIG_FRAGMENT}" --jobs="$JOBS" \
		--make_options 'CC=ccache gcc' --make_options 'HOSTCC=ccache gcc' "$@" \
		>"$obj.build.log" 2>&1; then
		say "build: $((SECONDS - start))s"
		record PASS "build: x86_64 test kernel"
	else
		tail -n 40 "$obj.build.log" >&2
		record FAIL "build: x86_64 test kernel (log: ${obj#"$TOP"/}.build.log)"
		exit 1
	fi
	;;
exec)
	start=$SECONDS
	python3 "${kunit[@]}" exec --arch=x86_64 --build_dir="$obj" \
		--kernel_args='panic=-1 sysctl.kernel.hung_task_panic=1 softlockup_panic=1' --qemu_args='-m 2G -smp 2' \
		--timeout="${KUNIT_TIMEOUT:-1500}" --json="$obj/kunit.json" \
		--filter="${KUNIT_FILTER:-module!=drm_hdmi_state_helper_test}" "$@" \
		>"$obj/kunit.out" 2>&1 || true
	grep -E '^\[[0-9:]+\] (Testing complete|=+ \[|Ran [0-9]|.*(FAILED|CRASHED))' "$obj/kunit.out" | sed 's/^\[[0-9:]*\] //' | grep -v '^=* \[PASSED\]' || true
	say "kunit: boot took $((SECONDS - start))s"
	python3 "$TOP/scripts/kunit-results.py" "$obj/kunit.json" >>"$RESULTS"
	"$TOP/scripts/klog-check.sh" "kunit boot" "$obj/test.log" "$TOP/scripts/klog.allow"
	;;
*)
	die "usage: kunit.sh build|exec SRC OBJ"
	;;
esac
