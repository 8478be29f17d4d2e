#!/usr/bin/env bash
# Starts a Docker daemon for docker-tutor's real-daemon tests and waits until it answers.
#
# Installs Debian's docker.io when dockerd is missing, starts dockerd in the background on
# its own socket ($DOCKER_TUTOR_REAL_DOCKER_HOST, default unix:///run/docker-tutor/docker.sock)
# with its log in $DOCKER_TUTOR_DAEMON_LOG, and waits at most $DOCKER_TUTOR_DAEMON_TIMEOUT
# seconds for `docker info`. A daemon already answering on that socket is reused.
# Exits 0 when the daemon answers, 1 (with the log's tail) when it does not.
# Needs root. Prints the client and server versions and the negotiated API version.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/common.sh"

started="$(dt_now)"

[ "$(id -u)" = 0 ] || dt_die "must run as root (dockerd needs it)"
[ -n "$dt_docker" ] || dt_die "no docker client found (expected /usr/local/bin/docker)"

report_versions() {
    local server api client_api min_api
    server="$(dt version --format '{{.Server.Version}}' 2>/dev/null || true)"
    api="$(dt version --format '{{.Server.APIVersion}}' 2>/dev/null || true)"
    min_api="$(dt version --format '{{.Server.MinAPIVersion}}' 2>/dev/null || true)"
    client_api="$(dt version --format '{{.Client.DefaultAPIVersion}}, negotiated {{.Client.APIVersion}}' 2>/dev/null || true)"
    dt_log "client $("$dt_docker" version --format '{{.Client.Version}}' 2>/dev/null) at $dt_docker (API $client_api)"
    dt_log "server $server (API $api, minimum $min_api) at $DOCKER_TUTOR_REAL_DOCKER_HOST"
}

answers() { dt info >/dev/null 2>&1; }

# What this start of dockerd logged that explains a failure: its warnings and errors, then its last lines.
log_tail() {
    local run
    run="$(awk '/^==== /{buf=""} {buf = buf $0 "\n"} END{printf "%s", buf}' "$DOCKER_TUTOR_DAEMON_LOG")"
    dt_log "warnings and errors in $DOCKER_TUTOR_DAEMON_LOG:"
    grep -E 'level=(warning|error|fatal)|^failed|^Error' <<<"$run" | tail -n 15 >&2 || true
    dt_log "its last lines:"
    grep -v '\[core\]' <<<"$run" | tail -n 10 >&2
}

if answers; then
    dt_log "daemon already answering at $DOCKER_TUTOR_REAL_DOCKER_HOST; reusing it"
    report_versions
    exit 0
fi

# 1. dockerd, from Debian's docker.io. Its postinst must not start a second daemon on the
#    default socket, so service starts are denied while it installs.
if ! command -v dockerd >/dev/null 2>&1; then
    dt_log "installing docker.io"
    added_policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod +x /usr/sbin/policy-rc.d
        added_policy=1
    fi
    install() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker.io >/dev/null; }
    install || { apt-get update -qq && install; } || {
        [ -n "$added_policy" ] && rm -f /usr/sbin/policy-rc.d
        dt_die "apt-get install docker.io failed"
    }
    [ -n "$added_policy" ] && rm -f /usr/sbin/policy-rc.d
    dt_log "docker.io installed in $(dt_since "$started")s"
fi

# Debian's package puts its own 20.10 client in /usr/bin; ours must stay first on PATH.
first="$(command -v docker)"
if [ -x /usr/local/bin/docker ] && [ "$first" != /usr/local/bin/docker ]; then
    dt_die "the first docker on PATH is $first, not /usr/local/bin/docker"
fi
dt_log "client on PATH: $first ($("$first" --version))"

# 2. What this kernel offers.
args=(--host "$DOCKER_TUTOR_REAL_DOCKER_HOST" --pidfile "$dt_pidfile")
if grep -qw overlay /proc/filesystems 2>/dev/null || modprobe overlay 2>/dev/null; then
    args+=(--storage-driver overlay2)
else
    dt_log "no overlay filesystem: using the vfs storage driver (slow, but works anywhere)"
    args+=(--storage-driver vfs)
fi
if ! iptables -t nat -L -n >/dev/null 2>&1; then
    if command -v iptables-legacy >/dev/null 2>&1 && iptables-legacy -t nat -L -n >/dev/null 2>&1; then
        dt_log "nftables unusable: switching iptables to the legacy backend"
        update-alternatives --set iptables /usr/sbin/iptables-legacy >/dev/null
        update-alternatives --set ip6tables /usr/sbin/ip6tables-legacy >/dev/null 2>&1 || true
    else
        dt_log "no usable iptables: starting without it (published ports go through docker-proxy only)"
        args+=(--iptables=false --ip-masq=false)
    fi
fi
if [ -z "$(ls -A /sys/fs/cgroup 2>/dev/null)" ]; then
    dt_log "no cgroup filesystem mounted: mounting cgroup2 on /sys/fs/cgroup"
    mount -t cgroup2 none /sys/fs/cgroup || dt_log "mounting cgroup2 failed; dockerd will say why"
fi

# 3. Start it, detached from our process group so a CI job's Ctrl-C does not orphan containers.
mkdir -p "$DOCKER_TUTOR_DAEMON_DIR" "$(dirname "$DOCKER_TUTOR_DAEMON_LOG")"
pid="$(dt_daemon_pid)"
if [ -n "$pid" ]; then
    dt_log "dockerd $pid is running but not answering yet; waiting for it"
else
    rm -f "$dt_pidfile" "$dt_launchfile"
    # Another dockerd (a system one) would fight ours over /var/lib/docker and docker0.
    for other in $(pgrep -x dockerd || true); do
        dt_die "another dockerd (pid $other: $(tr '\0' ' ' <"/proc/$other/cmdline")) is running; stop it, or point DOCKER_TUTOR_REAL_DOCKER_HOST at its socket to use it"
    done
    dt_log "starting dockerd ${args[*]} (log: $DOCKER_TUTOR_DAEMON_LOG)"
    printf '\n==== %s dockerd %s\n' "$(date -u +%FT%TZ)" "${args[*]}" >>"$DOCKER_TUTOR_DAEMON_LOG"
    setsid dockerd "${args[@]}" >>"$DOCKER_TUTOR_DAEMON_LOG" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$dt_launchfile"
fi

# 4. Wait, bounded.
deadline=$(( $(date +%s) + DOCKER_TUTOR_DAEMON_TIMEOUT ))
until answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
        dt_log "dockerd exited before answering"
        log_tail
        exit 1
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
        dt_log "dockerd did not answer within ${DOCKER_TUTOR_DAEMON_TIMEOUT}s"
        log_tail
        exit 1
    fi
    sleep 0.5
done

dt_log "daemon ready in $(dt_since "$started")s (dockerd pid $pid)"
report_versions
