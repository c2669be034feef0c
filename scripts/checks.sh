#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# checks.sh SRC OBJ: the static checks over the series, recorded in $RESULTS.
#  - checkpatch --strict on every patch (allowlist: scripts/checkpatch.ignore);
#  - sparse (C=2) and W=1 on every kernel object the series touches;
#  - kernel-doc -Wall on the sources and headers the series touches, and
#    kernel-doc present for every symbol they export;
#  - coccicheck (MODE=report) on the objects the series touches.
# A warning counts only if the base does not have it in the same file too
# (compared without line numbers), so a file that the base ships with warnings
# is judged by what the series adds.

. "$(dirname "$0")/lib.sh"

src=$1 obj=$2
out=$obj/checks
rm -rf "$out"
mkdir -p "$out"

changed() { git -C "$src" diff --name-only --diff-filter=AM base HEAD -- "$@"; }
in_base() { git -C "$src" cat-file -e "base:$1" 2>/dev/null; }
mapfile -t csrc < <(changed 'drivers/*.c' 'lib/*.c' 'mm/*.c' 'kernel/*.c')

# A test file that its driver #includes (xe's tests/foo_test.c, included
# from foo.c under CONFIG_DRM_XE_KUNIT_TEST) is no object of its own: check
# the object that includes it instead.
includer() {
	local dir=${1%/tests/*} name=${1##*/}
	[[ $1 == */tests/*.c ]] || return 1
	grep -lE "^#include \"tests/$name\"" "$src/$dir"/*.c 2>/dev/null | head -n 1 | sed "s|^$src/||"
}
objs=()
for f in "${csrc[@]}"; do
	inc=$(includer "$f") && [ -n "$inc" ] && f=$inc
	printf '%s\n' "${objs[@]}" | grep -qxF "$f" || objs+=("$f")
done
csrc=("${objs[@]}")
mapfile -t docs < <(changed 'drivers/*.[ch]' 'include/*.h' 'lib/*.c' 'mm/*.c' 'kernel/*.c')

# --- checkpatch --------------------------------------------------------------
ignore=$(grep -v '^#' "$TOP/scripts/checkpatch.ignore" | awk '{print $1}' | paste -sd, -)
while read -r p; do
	name=${p##*/}
	# /usr/bin first: checkpatch's spdxcheck.py needs Debian's python3-ply.
	if (cd "$src" && PATH=/usr/bin:$PATH ./scripts/checkpatch.pl --strict --terse --no-summary --show-types \
			${ignore:+--ignore "$ignore"} "$p") >"$out/$name.checkpatch" 2>&1 &&
	   ! grep -Eq '(ERROR|WARNING|CHECK):' "$out/$name.checkpatch"; then
		record PASS "checkpatch --strict: $name"
	else
		cat "$out/$name.checkpatch" >&2
		record FAIL "checkpatch --strict: $name"
	fi
done < <(series_patches)

# --- a base build tree for comparison (only if the series modifies files) ----
need_base=0
for f in "${csrc[@]}"; do in_base "$f" && need_base=1; done
bobj=$obj/../base-obj
if [ $need_base = 1 ]; then
	mkdir -p "$bobj"
	cp "$obj/.config" "$bobj/.config"
	make -s -C "$BASE" O="$bobj" CC='ccache gcc' HOSTCC='ccache gcc' olddefconfig >/dev/null
	make -s -C "$BASE" O="$bobj" CC='ccache gcc' HOSTCC='ccache gcc' -j"$JOBS" prepare >/dev/null 2>&1
fi

# new_warnings TREE_WARNINGS BASE_WARNINGS: lines of the first that the
# second does not have, compared without line and column numbers.
# Paths are made relative to their tree, which differs between the two.
strip_lines() {
	sed -E -e "s|$src/||g; s|$BASE/||g" -e 's/:[0-9]+(:[0-9]+)?:/:/; s/ line [0-9]+/ line N/' "$1" | sort
}
new_warnings() {
	if [ -s "$2" ]; then
		comm -23 <(strip_lines "$1") <(strip_lines "$2")
	else
		strip_lines "$1"
	fi
}

# compile_check KIND TREE OBJDIR FILE.o LOG [make args]: build one object.
compile_one() {
	local tree=$1 o=$2 target=$3 log=$4
	shift 4
	make -C "$tree" O="$o" CC='ccache gcc' HOSTCC='ccache gcc' "$@" "$target" >"$log" 2>&1 || echo "BUILD FAILED: $target" >>"$log"
	grep -E '(warning|error|BUILD FAILED)' "$log" | grep -v '^make' >"$log.w" || true
}

# --- sparse + W=1 ------------------------------------------------------------
for f in "${csrc[@]}"; do
	o=${f%.c}.o
	tag=$out/${f//\//_}
	compile_one "$src" "$obj" "$o" "$tag.sparse" C=2 W=1
	: >"$tag.sparse.base.w"
	in_base "$f" && compile_one "$BASE" "$bobj" "$o" "$tag.sparse.base" C=2 W=1
	new=$(new_warnings "$tag.sparse.w" "$tag.sparse.base.w")
	if [ -z "$new" ]; then
		record PASS "sparse+W=1: $f"
	else
		echo "$new" >&2
		record FAIL "sparse+W=1: $f"
	fi
done

# --- kernel-doc ------------------------------------------------------------
for f in "${docs[@]}"; do
	tag=$out/${f//\//_}
	(cd "$src" && scripts/kernel-doc -none -Wall "$f") >"$tag.kdoc" 2>&1 || true
	: >"$tag.kdoc.base"
	in_base "$f" && (cd "$BASE" && scripts/kernel-doc -none -Wall "$f") >"$tag.kdoc.base" 2>&1 || true
	new=$(new_warnings "$tag.kdoc" "$tag.kdoc.base")
	# Every exported symbol of the file needs kernel-doc.
	missing=
	if [[ $f == *.c ]]; then
		documented=$(cd "$src" && scripts/kernel-doc -rst -export "$f" 2>/dev/null |
			sed -nE 's/^\.\. c:function:: [^(]*[ *]([A-Za-z0-9_]+) ?\(.*/\1/p')
		for s in $(sed -nE 's/^EXPORT_SYMBOL(_GPL)?(_FOR_TESTS_ONLY)?\(([A-Za-z0-9_]+)\);/\3/p' "$src/$f"); do
			grep -qxF "$s" <<<"$documented" || missing+="$s "
		done
		if [ -n "$missing" ] && in_base "$f"; then
			# Only symbols the series exports count.
			local_missing=
			for s in $missing; do
				git -C "$src" show "base:$f" | grep -Eq "^EXPORT_SYMBOL(_GPL)?\($s\);" || local_missing+="$s "
			done
			missing=$local_missing
		fi
	fi
	if [ -z "$new" ] && [ -z "$missing" ]; then
		record PASS "kernel-doc: $f"
	else
		[ -n "$new" ] && echo "$new" >&2
		[ -n "$missing" ] && echo "$f: exported without kernel-doc: $missing" >&2
		record FAIL "kernel-doc: $f"
	fi
done

# --- coccinelle --------------------------------------------------------------
if [ "${MSVM_COCCI:-1}" = 1 ]; then
	for f in "${csrc[@]}"; do
		o=${f%.c}.o
		tag=$out/${f//\//_}
		compile_one "$src" "$obj" "$o" "$tag.cocci" C=2 CHECK=scripts/coccicheck MODE=report
		grep -E '^[^ ]+:[0-9]+:' "$tag.cocci" >"$tag.cocci.w" || true
		: >"$tag.cocci.base.w"
		if in_base "$f"; then
			compile_one "$BASE" "$bobj" "$o" "$tag.cocci.base" C=2 CHECK=scripts/coccicheck MODE=report
			grep -E '^[^ ]+:[0-9]+:' "$tag.cocci.base" >"$tag.cocci.base.w" || true
		fi
		new=$(new_warnings "$tag.cocci.w" "$tag.cocci.base.w")
		if [ -z "$new" ]; then
			record PASS "coccicheck: $f"
		else
			echo "$new" >&2
			record FAIL "coccicheck: $f"
		fi
	done
fi
exit 0
