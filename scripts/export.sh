#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make export: rewrite patches/ from the commits base..HEAD in linux/.
# Deterministic: zero commit ids, no signature, fixed abbreviation and
# numbering, so an unchanged series produces no diff. The cover letter keeps
# its subject and blurb from patches/0000-cover-letter.patch; its shortlog and
# diffstat are regenerated.

. "$(dirname "$0")/lib.sh"

tree=$TOP/linux
[ -d "$tree/.git" ] || die "no linux/ tree; run 'make tree' first"
[ -z "$(git -C "$tree" status --porcelain --untracked-files=no)" ] ||
	die "linux/ has uncommitted changes; commit them into the right patch first"
n=$(git -C "$tree" rev-list --count base..HEAD)
[ "$n" -gt 0 ] || die "linux/ has no commits on top of base"

cover=$PATCHES/0000-cover-letter.patch
subject='*** SUBJECT HERE ***'
blurb=$(mktemp)
trap 'rm -f "$blurb"' EXIT
echo '*** BLURB HERE ***' >"$blurb"
if [ -f "$cover" ]; then
	subject=$(sed -nE 's/^Subject: \[PATCH[^]]*\] (.*)/\1/p' "$cover" | head -n 1)
	# The blurb runs from the first blank line to the shortlog, which
	# starts with "<author> (<count>):".
	awk -v who="$(git -C "$tree" config user.name)" '
		!body && /^$/ { body = 1; next }
		body && index($0, who " (") == 1 && /\):$/ { exit }
		body { print }' "$cover" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$blurb"
fi

out=$(mktemp -d)
git -C "$tree" -c diff.noprefix=false -c diff.mnemonicPrefix=false \
	-c diff.renames=true -c format.signature= -c format.coverLetter=false \
	format-patch -q --zero-commit --no-signature --abbrev=12 --numbered \
	--cover-letter --cover-from-description=message -o "$out" base..HEAD

c=$out/0000-cover-letter.patch
# The cover letter carries the newest author date of the series, not "now".
date=$(git -C "$tree" log --format='%at %aD' base..HEAD | sort -n | tail -n 1 | cut -d' ' -f2-)
python3 - "$c" "$subject" "$blurb" "$date" <<'PY'
import re
import sys
path, subject, blurb, date = sys.argv[1], sys.argv[2], open(sys.argv[3]).read().rstrip('\n'), sys.argv[4]
text = open(path).read()
text = re.sub(r'^Date: .*$', 'Date: ' + date, text, count=1, flags=re.M)
text = text.replace('*** SUBJECT HERE ***', subject, 1)
text = text.replace('*** BLURB HERE ***', blurb, 1)
open(path, 'w').write(text)
PY

rm -f "$PATCHES"/[0-9][0-9][0-9][0-9]-*.patch
mkdir -p "$PATCHES"
mv "$out"/*.patch "$PATCHES"/
rmdir "$out"
say "exported $n patches (plus the cover letter) to patches/"
git -C "$TOP" status --short -- patches/ | head -n 20
