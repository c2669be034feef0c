# SPDX-License-Identifier: GPL-2.0
# Common settings for the msvm scripts. Sourced, not executed.

set -euo pipefail

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${MSVM_BUILD:-$TOP/build}
PATCHES=$TOP/patches

# The pinned base: Debian's linux-source-6.12 package.
BASE_PKG=linux-source-6.12
BASE_PIN=6.12.117-1~deb12u1
BASE=$BUILD/base

# The one test configuration, added to the tree by the series itself.
KCONFIG_FRAGMENT=tools/testing/kunit/configs/drm_svm.config

JOBS=${JOBS:-$(nproc)}

# Reproducible builds make ccache hits independent of who builds and when.
export KBUILD_BUILD_TIMESTAMP='Thu Jan  1 00:00:00 UTC 2026'
export KBUILD_BUILD_USER=msvm KBUILD_BUILD_HOST=msvm
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/msvm-ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-8G}
export CCACHE_SLOPPINESS=time_macros,include_file_mtime,include_file_ctime
export CCACHE_COMPILERCHECK=content
export CCACHE_BASEDIR=$TOP

say()  { printf "==> [%s] %s\n" "$(date +%T)" "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# The patches of the series, in order, without the cover letter.
series_patches() {
	local p
	for p in "$PATCHES"/[0-9][0-9][0-9][0-9]-*.patch; do
		[ -e "$p" ] || continue
		case "${p##*/}" in 0000-*) continue ;; esac
		printf '%s\n' "$p"
	done
}

base_version() { cat "$BASE/.git/msvm-base-version"; }
base_is_fallback() { [ "$(base_version)" != "$BASE_PIN" ]; }

# apply_series DIR: apply patches/ as commits on top of base in the git tree DIR.
# On failure, name the patch and the file that does not apply.
apply_series() {
	local dir=$1 am=(am --keep-cr --quiet) log n=0 p
	base_is_fallback && am+=(-3)
	log=$(mktemp)
	while read -r p; do
		n=$((n + 1))
		if ! git -C "$dir" "${am[@]}" "$p" >"$log" 2>&1; then
			cat "$log" >&2
			local file
			file=$(sed -nE 's/^error: patch failed: ([^:]+):.*/\1/p; s/^error: ([^:]+): (does not exist in index|already exists in index|patch does not apply).*/\1/p' "$log" | head -n 1)
			[ -n "$file" ] || file=$(sed -nE 's/^CONFLICT \([^)]*\): .* in (.*)$/\1/p' "$log" | head -n 1)
			git -C "$dir" am --abort >/dev/null 2>&1 || true
			rm -f "$log"
			die "patch ${p##*/} does not apply to base $(base_version): ${file:-see the git am output above}"
		fi
	done < <(series_patches)
	rm -f "$log"
	say "applied $n patches on base $(base_version)"
}

# record PASS|FAIL|SKIP NAME: one result line for the final summary.
RESULTS=${RESULTS:-/dev/null}
record() {
	printf '%s\t%s\n' "$1" "$2" >>"$RESULTS"
	[ "$1" = FAIL ] && printf 'FAIL: %s\n' "$2" >&2
	return 0
}

# The tree that `make test` and `make run` build: build/test/linux, never the
# developer's linux/. It is a fresh copy of the base (a reused clone is reset
# to "base" and cleaned, which gives the same content), with patches/ applied.
SRC=$BUILD/test/linux
OBJ=$BUILD/test/obj

prepare_test_tree() {
	if git -C "$SRC" rev-parse -q --verify base >/dev/null 2>&1 &&
	   [ "$(git -C "$SRC" rev-parse base)" = "$(git -C "$BASE" rev-parse base)" ]; then
		git -C "$SRC" am --abort >/dev/null 2>&1 || true
		git -C "$SRC" checkout -q -f -B msvm base
		git -C "$SRC" clean -q -f -d -x
	else
		rm -rf "$SRC"
		mkdir -p "${SRC%/*}"
		git clone -q "$BASE" "$SRC"
		git -C "$SRC" checkout -q -b msvm base
	fi
	git -C "$SRC" config user.name "$(git -C "$TOP" config user.name || echo msvm)"
	git -C "$SRC" config user.email "$(git -C "$TOP" config user.email || echo msvm@invalid)"
	apply_series "$SRC"
}

# make_initramfs ROOT OUT COMMANDS: an initramfs at OUT from the directory
# ROOT, with busybox and an init that mounts the usual filesystems, sends its
# output to the second serial port, runs COMMANDS and powers off.
make_initramfs() {
	local root=$1 out=$2 cmds=$3
	mkdir -p "$root"/{bin,dev,proc,sys,tmp}
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
$cmds
sync
poweroff -f
INIT
	chmod +x "$root/init"
	(cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) >"$out"
}

# qemu_boot BZIMAGE INITRAMFS DIR TIMEOUT MEM [CMDLINE...]: boot under qemu
# (TCG, 2 CPUs) with panic=-1 and a timeout. The kernel console goes to
# DIR/console.log, the init's output to DIR/tap.log.
qemu_boot() {
	local kernel=$1 initrd=$2 dir=$3 tmo=$4 mem=$5
	shift 5
	timeout --foreground "$tmo" qemu-system-x86_64 -nodefaults -no-reboot \
		-display none -monitor none -m "$mem" -smp 2 -bios qboot.rom \
		-kernel "$kernel" -initrd "$initrd" \
		-append "console=ttyS0 panic=-1 sysctl.kernel.hung_task_panic=1 softlockup_panic=1 $*" \
		-serial file:"$dir/console.log" -serial file:"$dir/tap.log" || true
}

# static_cflags SRC OBJ DIR: install OBJ's UAPI headers under DIR/hdr and set
# STATIC_CFLAGS, the flags of the statically linked test programs that the
# boots run, built against those headers.
static_cflags() {
	make -s -C "$1" O="$2" headers_install INSTALL_HDR_PATH="$3/hdr" >/dev/null
	STATIC_CFLAGS=(-static -O2 -Wall -U_FORTIFY_SOURCE -I"$1/tools/testing/selftests" -I"$1"
		-isystem "$3/hdr/include" -isystem "$1/tools/include/uapi")
}
