#!/usr/bin/env bash
# Benchmark (not a test): docker-tutor check's throughput on a generated script, and the real
# docker client's own time per command for comparison.
#
#   Scripts/bench/check-throughput.sh [LINES]     # default 100000
#
# Builds docker-tutor in release mode, generates LINES docker command lines
# (Scripts/bench/generate-script.py), times `docker-tutor check` on them (text and JSON output),
# then times the real client (DOCKER_HOST at a dead socket, so it parses, validates and fails
# to connect) on 200 lines of the same mix. Other builds on the machine skew the figures: the
# script prints the load average so the numbers can be read in context.
set -euo pipefail

lines="${1:-100000}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== building docker-tutor (release)"
(cd "$root" && swift build -c release --product docker-tutor >/dev/null)
bin="$root/.build/release/docker-tutor"

python3 "$root/Scripts/bench/generate-script.py" "$lines" > "$work/big.sh"
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

measure() {  # measure FORMAT: prints seconds (wall) and the command count
    local start end
    start=$(date +%s.%N)
    "$bin" check --format "$1" "$work/big.sh" > "$work/out.$1" || true
    end=$(date +%s.%N)
    echo "$start $end"
}

commands=$("$bin" check --format json "$work/big.sh" | grep -c '"command"' || true)
for format in text json; do
    read -r start end < <(measure "$format")
    awk -v s="$start" -v e="$end" -v n="$commands" -v f="$format" \
        'BEGIN { t = e - s; printf "check --format %-4s  %d commands in %.2f s: %.0f commands/s\n", f, n, t, n / t }'
done

docker=/usr/local/bin/docker
if [[ -x "$docker" ]] && "$docker" --version | grep -q "^Docker version 28\."; then
    head -n 201 "$work/big.sh" | tail -n 200 | grep -v '&&' > "$work/sample.sh"
    count=$(wc -l < "$work/sample.sh")
    start=$(date +%s.%N)
    while IFS= read -r line; do
        eval "DOCKER_HOST=unix:///nonexistent DOCKER_CONFIG=$work/config ${line/#docker/$docker}" \
            </dev/null >/dev/null 2>&1 || true
    done < "$work/sample.sh"
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" -v n="$count" \
        'BEGIN { t = e - s; printf "real docker client     %d commands in %.2f s: %.1f ms per command\n", n, t, 1000 * t / n }'
else
    echo "real docker client: /usr/local/bin/docker (28.x) not found, skipped"
fi
