#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Install, with apt-get, whatever the build and test machinery needs and the
# machine does not have yet. Quiet and quick when everything is there.

. "$(dirname "$0")/lib.sh"

pkgs=(build-essential flex bison bc libelf-dev libssl-dev python3 git xz-utils
      ccache cpio busybox-static qemu-system-x86 sparse coccinelle rsync kmod
      python3-ply python3-git)

missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=
[ "$(id -u)" = 0 ] || sudo=sudo
say "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
