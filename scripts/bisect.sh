#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make bisect-check: apply patches/ one at a time to a fresh copy of the base.
# After each one, configure with that prefix's own test configuration, build
# the whole kernel (incrementally, with ccache), and build the objects the
# patch touches with W=1 on top. Every prefix of the series must build. Then
# the whole series builds in the configuration matrix of scripts/matrix.sh.

. "$(dirname "$0")/lib.sh"

"$TOP/scripts/deps.sh"
"$TOP/scripts/base.sh"
src=$BUILD/bisect/linux obj=$BUILD/bisect/obj
rm -rf "$src"
mkdir -p "$BUILD/bisect" "$obj"
git clone -q "$BASE" "$src"
git -C "$src" checkout -q -b msvm base
mk() { make -C "$src" O="$obj" CC='ccache gcc' HOSTCC='ccache gcc' -j"$JOBS" "$@"; }

fail=0 n=0
while read -r p; do
	n=$((n + 1))
	git -C "$src" am --keep-cr -q $(base_is_fallback && echo -3) "$p" ||
		die "${p##*/} does not apply"
	log=$BUILD/bisect/$(printf %04d $n).log
	{
		[ -f "$src/$KCONFIG_FRAGMENT" ] && cp "$src/$KCONFIG_FRAGMENT" "$obj/.config"
		printf 'CONFIG_SERIAL_8250=y\nCONFIG_SERIAL_8250_CONSOLE=y\n' >>"$obj/.config"
		mk olddefconfig
	} >"$log" 2>&1
	objs=$(git -C "$src" diff --name-only --diff-filter=AM HEAD~1 HEAD |
		sed -nE 's/^((drivers|lib|mm|kernel)\/.*)\.c$/\1.o/p')
	start=$SECONDS
	if mk >>"$log" 2>&1 && { [ -z "$objs" ] || mk W=1 $objs >>"$log" 2>&1; }; then
		say "builds ($((SECONDS - start))s): ${p##*/}"
	else
		grep -E 'error|Error' "$log" | head -n 20 >&2
		echo "FAIL: ${p##*/} does not build (log: ${log#"$TOP"/})" >&2
		fail=1
	fi
done < <(series_patches)
[ $fail = 0 ] && say "bisect-check: all $n patches build on their own"

# The whole series in the configurations the test configuration does not cover.
"$TOP/scripts/matrix.sh" "$src" "$BUILD/bisect/matrix" || fail=1
exit $fail
