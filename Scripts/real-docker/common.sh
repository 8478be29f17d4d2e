# Shared settings for the real-docker scripts; sourced, never run.
#
# The daemon listens on its own socket, not /var/run/docker.sock, so that a plain
# `docker ...` on this machine still finds no daemon: the rest of the project uses
# that "no daemon" answer as an oracle for docker's client-side messages.
# Every variable can be overridden from the environment.

# The docker 28 client in /usr/local/bin must win over Debian's 20.10 client in /usr/bin,
# and dockerd lives in /usr/sbin.
dt_path=/usr/local/bin
IFS=: read -ra dt_parts <<<"$PATH"
for dt_p in "${dt_parts[@]}"; do
    [ -n "$dt_p" ] && [ "$dt_p" != /usr/local/bin ] && dt_path="$dt_path:$dt_p"
done
case ":$dt_path:" in *:/usr/sbin:*) ;; *) dt_path="$dt_path:/usr/sbin" ;; esac
case ":$dt_path:" in *:/sbin:*) ;; *) dt_path="$dt_path:/sbin" ;; esac
PATH="$dt_path"
unset dt_path dt_parts dt_p
export PATH

: "${DOCKER_TUTOR_DAEMON_DIR:=/run/docker-tutor}"
: "${DOCKER_TUTOR_DAEMON_LOG:=/var/log/docker-tutor-dockerd.log}"
: "${DOCKER_TUTOR_DAEMON_TIMEOUT:=60}"
: "${DOCKER_TUTOR_REAL_DOCKER_HOST:=unix://$DOCKER_TUTOR_DAEMON_DIR/docker.sock}"
: "${DOCKER_TUTOR_IMAGE_CACHE:=/var/cache/docker-tutor-images}"
export DOCKER_TUTOR_DAEMON_DIR DOCKER_TUTOR_DAEMON_LOG DOCKER_TUTOR_DAEMON_TIMEOUT
export DOCKER_TUTOR_REAL_DOCKER_HOST DOCKER_TUTOR_IMAGE_CACHE

# dockerd writes dt_pidfile once it has initialised; start-daemon.sh records the pid it launched
# in dt_launchfile at once, so a daemon that never finished starting can still be stopped.
dt_pidfile="$DOCKER_TUTOR_DAEMON_DIR/dockerd.pid"
dt_launchfile="$DOCKER_TUTOR_DAEMON_DIR/dockerd.launched"

# The pid of our dockerd when it is running (from either file), else nothing.
dt_daemon_pid() {
    local file pid
    for file in "$dt_pidfile" "$dt_launchfile"; do
        pid="$(cat "$file" 2>/dev/null || true)"
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q dockerd "/proc/$pid/cmdline" 2>/dev/null; then
            echo "$pid"
            return
        fi
    done
}

# The client every script uses: /usr/local/bin/docker when present, else the first on PATH.
if [ -x /usr/local/bin/docker ]; then dt_docker=/usr/local/bin/docker; else dt_docker="$(command -v docker || true)"; fi

# Runs the docker client against our daemon, whatever DOCKER_HOST or context the caller has.
dt() {
    DOCKER_HOST="$DOCKER_TUTOR_REAL_DOCKER_HOST" DOCKER_CONTEXT= "$dt_docker" "$@"
}

dt_log() { printf 'real-docker: %s\n' "$*" >&2; }
dt_die() { dt_log "error: $*"; exit 1; }

# Seconds since the epoch with a fraction, for stage timings.
dt_now() { date +%s.%N; }
dt_since() { awk -v a="$1" -v b="$(dt_now)" 'BEGIN { printf "%.1f", b - a }'; }
