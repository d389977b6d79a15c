#!/bin/sh
# build.sh - autoreconf, configure and make ferry in the source tree.
#
#   scripts/build.sh [configure options...]
#
# Used by run-demo.sh and test.sh; runs autoreconf and configure again only
# when configure.ac, Makefile.am or a local.mk changed, or when configure
# options are given.
set -eu
cd "$(dirname "$0")/.."

jobs=${JOBS:-2}
need_configure=no
if [ ! -f Makefile ] || [ ! -f config.status ] || [ $# -gt 0 ]; then
  need_configure=yes
elif [ -n "$(find configure.ac Makefile.am -name '*' -newer config.status)" ] ||
     [ -n "$(find . -name local.mk -newer config.status)" ]; then
  need_configure=yes
fi

if [ "$need_configure" = yes ]; then
  echo "build.sh: autoreconf -fi && ./configure $*"
  autoreconf -fi
  ./configure "$@"
fi
echo "build.sh: make -j$jobs"
make -j"$jobs"
