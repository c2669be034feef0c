#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make tree: linux/ = the pinned base (tag "base") + patches/ as commits, on
# branch msvm. Refuses to touch an existing linux/ that has work in it.

. "$(dirname "$0")/lib.sh"

"$TOP/scripts/base.sh"
tree=$TOP/linux
if [ -d "$tree/.git" ]; then
	[ -z "$(git -C "$tree" status --porcelain --untracked-files=no)" ] ||
		die "linux/ has uncommitted changes; commit or stash them first"
	ours=$(git -C "$tree" log --format=%H base..HEAD | wc -l)
	ahead=$(git -C "$tree" rev-list --count base..HEAD 2>/dev/null || echo 0)
	[ "${FORCE:-0}" = 1 ] || [ "$ours" = 0 ] ||
		die "linux/ already holds $ahead commits on base; 'make export' them, or rerun with FORCE=1 to rebuild linux/ from patches/"
	rm -rf "$tree"
fi
git clone -q "$BASE" "$tree"
git -C "$tree" checkout -q -b msvm base
git -C "$tree" branch -q -D base-branch 2>/dev/null || true
# Debian's .gitignore ignores everything at the top level ("/*"), which would
# hide new files from "git status". Drop that block from the working copy only.
git -C "$tree" update-index --skip-worktree .gitignore
sed -i '/^# Debian packaging/,$d' "$tree/.gitignore"
apply_series "$tree"
say "linux/ is ready: edit and commit there, then 'make export'"
