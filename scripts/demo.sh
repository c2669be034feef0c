#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# demo.sh SRC OBJ: boot OBJ's kernel with four vsvm devices in two
# interconnect groups (0,0,1,1) and run the vsvm demo program from SRC in it.
# Prints the demo's output, then whether the kernel log stayed clean.

. "$(dirname "$0")/lib.sh"

src=$1 obj=$2
out=$obj/demo
rm -rf "$out"
mkdir -p "$out/root"

say "demo: building the vsvm demo program"
static_cflags "$src" "$obj" "$out"
gcc "${STATIC_CFLAGS[@]}" -o "$out/root/vsvm_demo" \
	"$src/tools/testing/selftests/drivers/gpu/vsvm/vsvm_demo.c" ||
	die "the vsvm demo program does not build"
make_initramfs "$out/root" "$out/initramfs.cpio.gz" "echo \"kernel \$(uname -r)\"
/vsvm_demo
echo \"MSVM-DEMO-EXIT \$?\""

say "demo: booting the patched kernel under qemu (TCG, 2 CPUs, 1 GiB; timeout 600s)"
start=$SECONDS
qemu_boot "$obj/arch/x86/boot/bzImage" "$out/initramfs.cpio.gz" "$out" 600 1G \
	kunit.enable=0 vsvm.num_devices=4 vsvm.mem_mb=64 vsvm.groups=0,0,1,1
say "demo: boot took $((SECONDS - start))s"
echo
grep -v '^MSVM-DEMO-EXIT' "$out/tap.log" || true
echo
export RESULTS=$out/results
: >"$RESULTS"
"$TOP/scripts/klog-check.sh" "demo boot" "$out/console.log"
if grep -q '^MSVM-DEMO-EXIT 0' "$out/tap.log" && ! grep -q '^FAIL' "$RESULTS"; then
	say "demo: passed, kernel log clean (console in ${out#"$TOP"/}/console.log)"
else
	cat "$RESULTS" >&2
	die "demo: failed (console in ${out#"$TOP"/}/console.log)"
fi
