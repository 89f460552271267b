#!/bin/sh
# `npm run bench`: thousands of sockets per process need more descriptors than the usual soft limit of
# 1024, so raise it to the hard limit (Node cannot raise its own), then run at a lower priority so a
# shared machine stays usable (every process of the run, baseline included, gets the same priority).
set -e
hard=$(ulimit -Hn)
if [ "$hard" = unlimited ]; then hard=1048576; fi
ulimit -n "$hard" 2>/dev/null || echo "bench: could not raise the open-file limit (now $(ulimit -n))" >&2
exec nice -n 5 node --import tsx bench/run.ts
