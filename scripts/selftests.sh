#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# selftests.sh SRC OBJ: boot OBJ's bzImage with an initramfs of busybox and
# statically linked kselftest binaries built from SRC, and record each test
# (kselftest TAP) in $RESULTS. The kernel console goes to console.log, test
# output to a second serial port (tap.log), so the two never interleave.

. "$(dirname "$0")/lib.sh"

src=$1 obj=$2
out=$obj/selftests
rm -rf "$out"
mkdir -p "$out/root/selftests"
root=$out/root

say "selftests: building static test binaries"
static_cflags "$src" "$obj" "$out"

# The suites of the selftest boot: name, then the command that builds it into
# $root/selftests/<name>. The kernel's own HMM selftests come first: they show
# that the harness and the mm base are healthy.
build_hmm() {
	gcc "${STATIC_CFLAGS[@]}" -o "$root/selftests/hmm-tests" \
		"$src/tools/testing/selftests/mm/hmm-tests.c" -lrt -lpthread -lm
}
# msvm's own: the vsvm driver's selftests, when the series carries them.
vsvm=$src/tools/testing/selftests/drivers/gpu/vsvm
build_vsvm() {
	gcc "${STATIC_CFLAGS[@]}" -o "$root/selftests/vsvm_test" "$vsvm/vsvm_test.c" -lpthread &&
	# Its kselftest runner, when the series has one: the boot runs that.
	if [ -f "$vsvm/vsvm_test.sh" ]; then
		install -m 755 "$vsvm/vsvm_test.sh" "$root/selftests/vsvm_test.sh"
	fi
}
suites=(hmm-tests)
builders=(build_hmm)
if [ -f "$vsvm/vsvm_test.c" ]; then
	suites+=(vsvm_test)
	builders+=(build_vsvm)
fi
# A developer can boot a subset: SELFTESTS="vsvm_test" scripts/selftests.sh ...
# and add kernel parameters: SELFTEST_CMDLINE="vsvm.num_devices=2" ...
if [ -n "${SELFTESTS:-}" ]; then
	read -r -a want <<<"$SELFTESTS"
	keep_s=() keep_b=()
	for i in "${!suites[@]}"; do
		for w in "${want[@]}"; do
			[ "${suites[$i]}" = "$w" ] && keep_s+=("${suites[$i]}") && keep_b+=("${builders[$i]}")
		done
	done
	suites=("${keep_s[@]}") builders=("${keep_b[@]}")
fi
for i in "${!suites[@]}"; do
	"${builders[$i]}" || { record FAIL "selftests: build ${suites[$i]}"; exit 0; }
done

make_initramfs "$root" "$out/initramfs.cpio.gz" "echo \"MSVM: kernel \$(uname -r)\"
for t in ${suites[*]}; do
	echo \"MSVM-BEGIN \$t\"
	# A suite with a runner script (<name>.sh) runs through it.
	if [ -x /selftests/\$t.sh ]; then run=./\$t.sh; else run=./\$t; fi
	(cd /selftests && \$run)
	echo \"MSVM-END \$t \$?\"
done
echo MSVM-DONE"

say "selftests: booting (timeout ${SELFTEST_TIMEOUT:=1500}s)"
start=$SECONDS
qemu_boot "$obj/arch/x86/boot/bzImage" "$out/initramfs.cpio.gz" "$out" "$SELFTEST_TIMEOUT" \
	"${SELFTEST_MEM:-1G}" kunit.enable=0 hugepages=4 ${SELFTEST_CMDLINE:-}
say "selftests: boot took $((SECONDS - start))s; console in ${out#"$TOP"/}/console.log"

python3 "$TOP/scripts/tap.py" "$out/tap.log" "${suites[@]}" >>"$RESULTS"
"$TOP/scripts/klog-check.sh" "selftest boot" "$out/console.log"
