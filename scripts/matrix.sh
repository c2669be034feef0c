#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# matrix.sh SRC OBJDIR: build SRC in the configurations that the test
# configuration does not cover, each a minimal x86_64 kernel (allnoconfig plus
# a few options), so that a missing stub, export or dependency fails to build
# or link. Part of make bisect-check. Each configuration is one line below:
# a name, then the options on top of allnoconfig.

. "$(dirname "$0")/lib.sh"

src=$(realpath "$1") top=$(realpath -m "$2")
mkdir -p "$top"

common="CONFIG_64BIT=y CONFIG_MODULES=y CONFIG_MODULE_UNLOAD=y CONFIG_PCI=y
CONFIG_DRM=y CONFIG_MEMORY_HOTPLUG=y CONFIG_MEMORY_HOTREMOVE=y CONFIG_MIGRATION=y
CONFIG_SPARSEMEM_VMEMMAP=y CONFIG_ZONE_DEVICE=y CONFIG_DEVICE_PRIVATE=y CONFIG_KUNIT=y"

# name: options (later ones win over $common)
configs=(
	"zone-device-off: CONFIG_ZONE_DEVICE=n CONFIG_DEVICE_PRIVATE=n CONFIG_DRM_GPUSVM_KUNIT_TEST=y"
	"device-private-off: CONFIG_DEVICE_PRIVATE=n CONFIG_DRM_GPUSVM_KUNIT_TEST=y"
	"modular: CONFIG_KUNIT=n CONFIG_DRM=m CONFIG_DRM_VSVM=m"
	"xe-no-gpusvm: CONFIG_KUNIT=n CONFIG_DRM_XE=y CONFIG_DRM_XE_GPUSVM=n"
	"xe-modular: CONFIG_KUNIT=n CONFIG_DRM=m CONFIG_DRM_XE=m CONFIG_DRM_XE_GPUSVM=y"
)
# Options that each configuration must end up with, to be sure it built what
# it is for (Kconfig drops options whose dependencies are not met).
expect=(
	"CONFIG_DRM_GPUSVM=y CONFIG_ZONE_DEVICE=n"
	"CONFIG_DRM_GPUSVM=y CONFIG_DEVICE_MIGRATION=y CONFIG_DEVICE_PRIVATE=n"
	"CONFIG_DRM_GPUSVM=m CONFIG_DRM_VSVM=m CONFIG_DEVICE_PRIVATE=y"
	"CONFIG_DRM_XE=y CONFIG_DRM_XE_GPUSVM=n"
	"CONFIG_DRM_XE=m CONFIG_DRM_XE_GPUSVM=y CONFIG_DRM_GPUSVM=m"
)

# has_option .CONFIG NAME=VALUE: is the option set so (n: not set)?
has_option() {
	case ${2#*=} in
	n) grep -qx "# ${2%%=*} is not set" "$1" || ! grep -q "^${2%%=*}=" "$1" ;;
	*) grep -qx -- "$2" "$1" ;;
	esac
}

fail=0
for i in "${!configs[@]}"; do
	name=${configs[$i]%%:*}
	opts=${configs[$i]#*:}
	obj=$top/$name
	mkdir -p "$obj"
	tr ' ' '\n' <<<"$common $opts" | grep . >"$obj/fragment"
	log=$obj/build.log
	start=$SECONDS
	ok=1
	make -C "$src" O="$obj" ARCH=x86_64 CC='ccache gcc' HOSTCC='ccache gcc' \
		KCONFIG_ALLCONFIG="$obj/fragment" allnoconfig >"$log" 2>&1 || ok=0
	for want in ${expect[$i]}; do
		has_option "$obj/.config" "$want" || { echo "$name: .config lacks $want" >>"$log"; ok=0; }
	done
	if [ $ok = 1 ] && make -C "$src" O="$obj" ARCH=x86_64 CC='ccache gcc' HOSTCC='ccache gcc' \
		-j"$JOBS" vmlinux modules >>"$log" 2>&1; then
		say "matrix: $name builds ($((SECONDS - start))s)"
	else
		grep -E 'error|Error|undefined|lacks' "$log" | head -n 20 >&2
		echo "FAIL: matrix configuration $name (log: ${log#"$TOP"/})" >&2
		fail=1
	fi
done
exit $fail
