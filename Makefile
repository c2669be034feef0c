# SPDX-License-Identifier: GPL-2.0
# msvm: multi-device GPU shared virtual memory for Linux 6.12 LTS.
# The README explains the targets; the scripts under scripts/ do the work.

.PHONY: help run test bench tree export bisect-check deps base clean

help:
	@sed -n 's/^## //p' Makefile

## make run           build the patched kernel, boot it under qemu, run the msvm demo
run:
	@scripts/run.sh

## make test          everything CI runs; ends with "N passed, N failed, N skipped"
test:
	@scripts/test.sh

## make bench         build a non-debug kernel, boot it, print the vsvm benchmark table
bench:
	@scripts/bench.sh

## make tree          linux/ = pinned base (tag base) + patches/ as commits
tree:
	@scripts/tree.sh

## make export        rewrite patches/ from linux/ (deterministic)
export:
	@scripts/export.sh

## make bisect-check  build the objects each patch touches, patch by patch
bisect-check:
	@scripts/bisect.sh

deps:
	@scripts/deps.sh

base:
	@scripts/base.sh

## make clean         remove build/ (keeps linux/ and the ccache)
clean:
	rm -rf build
