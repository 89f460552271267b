#!/bin/sh
# `npm run attack`: attackers hold thousands of sockets, so raise this shell's open-file limit to the hard
# limit (Node cannot raise its own); the server under attack gets its own, realistic limit
# (ATTACK_SERVER_NOFILE). Runs at a lower priority so a shared machine stays usable.
set -e
hard=$(ulimit -Hn)
if [ "$hard" = unlimited ]; then hard=1048576; fi
ulimit -n "$hard" 2>/dev/null || echo "attack: could not raise the open-file limit (now $(ulimit -n))" >&2
exec nice -n 5 node --import tsx bench/attack/run.ts
