#!/usr/bin/env bash
# Stops the daemon start-daemon.sh started: SIGTERM, then SIGKILL after a bounded wait.
#
# dockerd stops its containers (each with its stop timeout, 10 s by default) and its
# containerd before it exits, so the wait is generous ($1 seconds, default 40).
# Images stay in /var/lib/docker, so the next start is fast. Exits 0 when no daemon is left.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/common.sh"

wait_seconds="${1:-40}"
started="$(dt_now)"

pid="$(dt_daemon_pid)"
if [ -z "$pid" ]; then
    dt_log "no daemon to stop"
    rm -f "$dt_pidfile" "$dt_launchfile"
    exit 0
fi

dt_log "stopping dockerd $pid"
kill -TERM "$pid"
deadline=$(( $(date +%s) + wait_seconds ))
while kill -0 "$pid" 2>/dev/null; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
        dt_log "dockerd $pid still running after ${wait_seconds}s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
        # The containerd dockerd started would be orphaned: stop it too.
        cpid="$(cat /var/run/docker/containerd/containerd.pid 2>/dev/null || true)"
        [ -n "$cpid" ] && kill -TERM "$cpid" 2>/dev/null || true
        break
    fi
    sleep 0.3
done
rm -f "$dt_pidfile" "$dt_launchfile"
dt_log "daemon stopped in $(dt_since "$started")s"
