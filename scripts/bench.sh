#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make bench: build a non-debug kernel from patches/ (the test configuration
# without lockdep, KASAN, DMA-API debugging or the KUnit suites), boot it
# under qemu (TCG, 2 CPUs, 2 GiB) with four vsvm devices of 1 GiB in groups
# 0,0,1,1, and run vsvm_bench. The figures are medians of runs in one boot;
# nothing here is a test.

. "$(dirname "$0")/lib.sh"

"$TOP/scripts/deps.sh"
"$TOP/scripts/base.sh"
mkdir -p "$BUILD/bench"
export RESULTS=$BUILD/bench/results
: >"$RESULTS"
say "base: $BASE_PKG $(base_version)"
prepare_test_tree
bobj=$BUILD/bench/obj
out=$BUILD/bench/boot
mkdir -p "$bobj"

# The test configuration up to its debugging section, without the test
# suites, and with the debug checks that would dominate the figures off.
config=$BUILD/bench/bench.config
{
	sed -n '/^# Debugging\./q; p' "$SRC/$KCONFIG_FRAGMENT" |
		grep -Ev '^CONFIG_(DRM_XE|[A-Z_]*KUNIT_TEST|GUP_TEST)'
	for opt in DRM_XE PROVE_LOCKING DEBUG_ATOMIC_SLEEP DMA_API_DEBUG KASAN DEBUG_KMEMLEAK \
		   DEBUG_VM DEBUG_LIST; do
		echo "# CONFIG_$opt is not set"
	done
} >"$config"
say "bench: building the non-debug kernel (${bobj#"$TOP"/})"
KCONFIG=$config "$TOP/scripts/kunit.sh" build "$SRC" "$bobj"

rm -rf "$out"
mkdir -p "$out/root"
static_cflags "$SRC" "$bobj" "$out"
gcc "${STATIC_CFLAGS[@]}" -o "$out/root/vsvm_bench" \
	"$SRC/tools/testing/selftests/drivers/gpu/vsvm/vsvm_bench.c" -lpthread ||
	die "vsvm_bench does not build"
make_initramfs "$out/root" "$out/initramfs.cpio.gz" "echo \"kernel \$(uname -r), \$(nproc) CPUs\"
/vsvm_bench
echo \"MSVM-BENCH-EXIT \$?\""

say "bench: booting (TCG, 2 CPUs, 2 GiB; timeout 1200s)"
start=$SECONDS
qemu_boot "$bobj/arch/x86/boot/bzImage" "$out/initramfs.cpio.gz" "$out" 1200 2G \
	kunit.enable=0 vsvm.num_devices=4 vsvm.mem_mb=1024 vsvm.groups=0,0,1,1
say "bench: boot took $((SECONDS - start))s"
echo
grep -v '^MSVM-BENCH-EXIT' "$out/tap.log" || true
echo
"$TOP/scripts/klog-check.sh" "bench boot" "$out/console.log"
grep -q '^MSVM-BENCH-EXIT 0' "$out/tap.log" && ! grep -q '^FAIL' "$RESULTS" ||
	die "bench: failed (console in ${out#"$TOP"/}/console.log)"
