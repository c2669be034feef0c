#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Unpack the pinned Linux 6.12 LTS base (Debian linux-source-6.12) into
# build/base as a git repository whose single commit is tagged "base".
# If the pinned version has left the archive, fall back to the newest 6.12.y
# and say so; the series is then applied with "git am -3".

. "$(dirname "$0")/lib.sh"

available_versions() {
	apt-cache madison "$BASE_PKG" 2>/dev/null | awk -F'|' '{gsub(/ /, "", $2); print $2}'
}

pick_version() {
	local versions
	versions=$(available_versions)
	if [ -z "$versions" ] && [ "$(id -u)" = 0 ]; then
		apt-get update -qq >&2 || true
		versions=$(available_versions)
	fi
	[ -n "$versions" ] || die "apt knows no $BASE_PKG package; run 'apt-get update' (Debian bookworm-security or newer provides it)"
	if grep -qxF "$BASE_PIN" <<<"$versions"; then
		echo "$BASE_PIN"
		return
	fi
	local newest
	newest=$(sort -V <<<"$versions" | tail -n 1)
	warn "pinned base $BASE_PKG $BASE_PIN is no longer in the archive; falling back to $newest (patches are applied with git am -3)"
	echo "$newest"
}

if [ -f "$BASE/.git/msvm-base-version" ] && git -C "$BASE" rev-parse -q --verify base >/dev/null; then
	v=$(base_version)
	if [ "$v" = "$BASE_PIN" ] || ! available_versions | grep -qxF "$BASE_PIN"; then
		say "base: $BASE_PKG $v (cached in ${BASE#"$TOP"/})"
		base_is_fallback && warn "using fallback base $v instead of the pinned $BASE_PIN"
		exit 0
	fi
fi

version=$(pick_version)
say "base: fetching $BASE_PKG $version"
dl=$BUILD/dl
mkdir -p "$dl"
deb=$dl/${BASE_PKG}_${version//:/%3a}_all.deb
if [ ! -s "$deb" ]; then
	(cd "$dl" && apt-get download -q "$BASE_PKG=$version" 2>&1 | grep -v '^W: Download is performed unsandboxed' || true)
fi
[ -s "$deb" ] || die "could not download $BASE_PKG=$version"

rm -rf "$BASE.tmp"
mkdir -p "$BASE.tmp"
say "base: unpacking"
dpkg-deb --fsys-tarfile "$deb" | tar -xO "./usr/src/$BASE_PKG.tar.xz" | tar -xJ -C "$BASE.tmp" --strip-components=1
[ -f "$BASE.tmp/Makefile" ] || die "unexpected layout in $deb"

say "base: recording it as a git commit (tag: base)"
export GIT_AUTHOR_DATE='2026-01-01T00:00:00Z' GIT_COMMITTER_DATE='2026-01-01T00:00:00Z'
git -C "$BASE.tmp" init -q -b base-branch
git -C "$BASE.tmp" add -A -f .
git -C "$BASE.tmp" -c user.name=msvm -c user.email=msvm@invalid \
	commit -q -m "Linux $(make -s -C "$BASE.tmp" kernelversion) from Debian $BASE_PKG $version"
git -C "$BASE.tmp" tag base
git -C "$BASE.tmp" gc -q --auto
echo "$version" >"$BASE.tmp/.git/msvm-base-version"
rm -rf "$BASE"
mv "$BASE.tmp" "$BASE"
say "base: $BASE_PKG $version ready"
