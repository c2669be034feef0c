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
mkdir -p "$out/root"/{bin,dev,proc,sys,tmp,selftests}
root=$out/root

say "selftests: building static test binaries"
make -s -C "$src" O="$obj" headers_install INSTALL_HDR_PATH="$out/hdr" >/dev/null
cflags=(-static -O2 -Wall -U_FORTIFY_SOURCE -I"$src/tools/testing/selftests" -I"$src"
	-isystem "$out/hdr/include" -isystem "$src/tools/include/uapi")

# The suites of the selftest boot: name, then the command that builds it into
# $root/selftests/<name>. The kernel's own HMM selftests come first: they show
# that the harness and the mm base are healthy.
build_hmm() {
	gcc "${cflags[@]}" -o "$root/selftests/hmm-tests" \
		"$src/tools/testing/selftests/mm/hmm-tests.c" -lrt -lpthread -lm
}
suites=(hmm-tests)
builders=(build_hmm)
for i in "${!suites[@]}"; do
	"${builders[$i]}" || { record FAIL "selftests: build ${suites[$i]}"; exit 0; }
done

cp /bin/busybox "$root/bin/busybox"
cat >"$root/init" <<INIT
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev 2>/dev/null
mount -t tmpfs tmp /tmp
mount -t debugfs debugfs /sys/kernel/debug
mkdir -p /dev/hugepages && mount -t hugetlbfs none /dev/hugepages
exec >/dev/ttyS1 2>&1
echo "MSVM: kernel \$(uname -r)"
for t in ${suites[*]}; do
	echo "MSVM-BEGIN \$t"
	(cd /selftests && ./\$t)
	echo "MSVM-END \$t \$?"
done
echo MSVM-DONE
sync
poweroff -f
INIT
chmod +x "$root/init"
(cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) >"$out/initramfs.cpio.gz"

say "selftests: booting (timeout ${SELFTEST_TIMEOUT:=1500}s)"
start=$SECONDS
timeout --foreground "$SELFTEST_TIMEOUT" qemu-system-x86_64 -nodefaults -no-reboot \
	-display none -monitor none -m 2G -smp 2 -bios qboot.rom \
	-kernel "$obj/arch/x86/boot/bzImage" -initrd "$out/initramfs.cpio.gz" \
	-append "console=ttyS0 panic=-1 sysctl.kernel.hung_task_panic=1 softlockup_panic=1 kunit.enable=0 hugepages=4" \
	-serial file:"$out/console.log" -serial file:"$out/tap.log" || true
say "selftests: boot took $((SECONDS - start))s; console in ${out#"$TOP"/}/console.log"

python3 "$TOP/scripts/tap.py" "$out/tap.log" "${suites[@]}" >>"$RESULTS"
"$TOP/scripts/klog-check.sh" "selftest boot" "$out/console.log"
