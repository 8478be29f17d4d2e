#!/usr/bin/env bash
# Proves the images of build-images.sh work on the daemon of start-daemon.sh, by running each.
#
#   hello-world   `docker run --rm hello-world` prints the official greeting, byte for byte
#   busybox       `docker run --rm busybox echo hi` prints "hi"
#   alpine        /etc/alpine-release and /bin/sh exist
#   redis         `docker run -d redis redis-server --appendonly yes` answers PONG to
#                 `docker exec ... redis-cli ping` and writes /data/appendonlydir
#   registry:2    a retagged busybox goes through localhost:$DOCKER_TUTOR_VERIFY_REGISTRY_PORT
#                 (default 5000) by push, rmi and pull
# Everything it creates is named dt-verify-* and removed again. Exits 1 at the first failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/common.sh"

started="$(dt_now)"
port="${DOCKER_TUTOR_VERIFY_REGISTRY_PORT:-5000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/docker-tutor-verify.XXXXXX")"

remove_leftovers() {
    dt rm -f -v dt-verify-redis dt-verify-registry >/dev/null 2>&1 || true
    dt rmi "localhost:$port/dt-verify-busybox" >/dev/null 2>&1 || true
}
trap 'remove_leftovers; rm -rf "$work"' EXIT
remove_leftovers

fail() { dt_log "verify: $1: FAILED: $2"; exit 1; }
ok() { dt_log "verify: $1: ok"; }

# Polls COMMAND... until it succeeds, for at most $1 seconds.
eventually() {
    local seconds="$1"; shift
    local deadline=$(( $(date +%s) + seconds ))
    until "$@" >/dev/null 2>&1; do
        [ "$(date +%s)" -lt "$deadline" ] || return 1
        sleep 0.3
    done
}

# hello-world: the program run on this machine prints the reference text; the container must print the same.
gcc -Os -o "$work/hello" "$here/images/hello-world/hello.c"
"$work/hello" >"$work/hello.expected"
grep -qx 'Hello from Docker!' "$work/hello.expected" || fail hello-world "the reference program does not greet"
dt run --rm hello-world >"$work/hello.actual" 2>&1 || fail hello-world "docker run exited $?"
cmp -s "$work/hello.expected" "$work/hello.actual" || fail hello-world "output differs: $(diff "$work/hello.expected" "$work/hello.actual" | head -5)"
ok hello-world

out="$(dt run --rm busybox echo hi 2>&1)" || fail busybox "docker run exited $?: $out"
[ "$out" = hi ] || fail busybox "printed '$out'"
ok busybox

out="$(dt run --rm alpine sh -c 'cat /etc/alpine-release; ls /bin/sh' 2>&1)" || fail alpine "docker run exited $?: $out"
[ "$(sed -n 2p <<<"$out")" = /bin/sh ] && [ -n "$(sed -n 1p <<<"$out")" ] || fail alpine "printed '$out'"
ok alpine

dt run -d --name dt-verify-redis redis redis-server --appendonly yes >/dev/null || fail redis "docker run -d exited $?"
eventually 15 bash -c "[ \"\$(DOCKER_HOST=$DOCKER_TUTOR_REAL_DOCKER_HOST $dt_docker exec dt-verify-redis redis-cli ping)\" = PONG ]" ||
    fail redis "no PONG within 15s; logs: $(dt logs dt-verify-redis 2>&1 | tail -5)"
dt exec dt-verify-redis test -d /data/appendonlydir || fail redis "no /data/appendonlydir"
ok redis

dt run -d --name dt-verify-registry -p "$port:5000" registry:2 >/dev/null || fail registry "docker run -d exited $?"
dt tag busybox "localhost:$port/dt-verify-busybox"
eventually 15 dt push "localhost:$port/dt-verify-busybox" ||
    fail registry "push failed: $(dt push "localhost:$port/dt-verify-busybox" 2>&1 | tail -3)"
dt rmi "localhost:$port/dt-verify-busybox" >/dev/null
dt pull "localhost:$port/dt-verify-busybox" >/dev/null || fail registry "pull failed"
[ "$(dt image inspect --format '{{.Id}}' "localhost:$port/dt-verify-busybox")" = "$(dt image inspect --format '{{.Id}}' busybox)" ] ||
    fail registry "the pulled image is not busybox"
ok registry

dt_log "verify: all images work ($(dt_since "$started")s)"
