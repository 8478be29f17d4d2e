#!/usr/bin/env bash
# Builds, without any registry, the images the simulator names, on the daemon of start-daemon.sh.
#
#   build-images.sh [--force] [IMAGE...]     IMAGE: busybox alpine redis registry hello-world
#
# Each image is `docker import`ed from a root filesystem assembled here from Debian packages
# (apt-get download + dpkg-deb -x, libraries found with ldd) plus a few small files of our own
# under images/, with the official image's Cmd, Entrypoint, Env, ExposedPorts, Volumes and
# WorkingDir given as `--change`s. Downloaded .debs are kept in $DOCKER_TUTOR_IMAGE_CACHE/debs.
# Idempotent: an image whose inputs did not change since it was imported is left alone
# (--force re-imports it); a replaced image's old id is removed so no <none> image lingers.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/common.sh"

started="$(dt_now)"
force=""
wanted=()
for a in "$@"; do
    case "$a" in
        --force) force=1 ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        busybox|alpine|redis|registry|hello-world) wanted+=("$a") ;;
        *) dt_die "unknown image or option: $a" ;;
    esac
done
[ ${#wanted[@]} -gt 0 ] || wanted=(busybox alpine redis registry hello-world)

dt info >/dev/null 2>&1 || dt_die "no daemon answers at $DOCKER_TUTOR_REAL_DOCKER_HOST (run start-daemon.sh first)"

# The versions our images stand for. Redis and the registry are what Debian 12 ships;
# alpine's release files name the Alpine release the image pretends to be.
alpine_version="${DOCKER_TUTOR_ALPINE_VERSION:-3.22.0}"
std_path="PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
debs=(busybox-static redis-tools redis-server gosu docker-registry libjemalloc2 liblzf1 libatomic1)

cache="$DOCKER_TUTOR_IMAGE_CACHE"
work="$(mktemp -d "${TMPDIR:-/tmp}/docker-tutor-images.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$cache/debs" "$cache/stamps"

# --- Debian packages -------------------------------------------------------------------

fetch_debs() {
    local missing=() p
    for p in "${debs[@]}"; do
        compgen -G "$cache/debs/${p}_*.deb" >/dev/null || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return
    dt_log "downloading ${missing[*]}"
    # apt's sandbox user cannot write into root's cache directory; download as root, quietly.
    (cd "$cache/debs" && apt-get download -q -o APT::Sandbox::User=root "${missing[@]}" >/dev/null) || {
        apt-get update -qq
        (cd "$cache/debs" && apt-get download -q -o APT::Sandbox::User=root "${missing[@]}" >/dev/null)
    }
}

pkgs="$work/pkgs"
extract_debs() {
    local d
    mkdir -p "$pkgs"
    for d in "$cache"/debs/*.deb; do dpkg-deb -x "$d" "$pkgs"; done
}

# The upstream version of a downloaded package: 5:7.0.15-1~deb12u10 -> 7.0.15.
deb_version() {
    local v
    v="$(dpkg-deb -f "$(compgen -G "$cache/debs/${1}_*.deb" | head -1)" Version)"
    v="${v#*:}"
    echo "${v%%[-+]*}"
}

# --- Root filesystem helpers ------------------------------------------------------------

# Copies an ELF program to DEST inside ROOTFS together with every shared library it loads
# (from the extracted packages first, then from this machine), at the paths ldd reports.
install_program() {
    local rootfs="$1" src="$2" dest="$3" line lib target
    install -D -m 0755 "$src" "$rootfs$dest"
    local libpath="$pkgs/usr/lib/x86_64-linux-gnu:$pkgs/lib/x86_64-linux-gnu:$pkgs/usr/lib/aarch64-linux-gnu"
    if ! LD_LIBRARY_PATH="$libpath" ldd "$src" >"$work/ldd.out" 2>&1; then
        grep -q 'not a dynamic executable' "$work/ldd.out" && return 0
        dt_die "ldd $src failed: $(cat "$work/ldd.out")"
    fi
    if grep -q 'not found' "$work/ldd.out"; then
        dt_die "libraries of $src missing on this machine: $(grep 'not found' "$work/ldd.out" | tr -s ' \t' ' ')"
    fi
    while read -r line; do
        case "$line" in
            *'=> /'*) lib="${line#*=> }"; lib="${lib%% (*}" ;;
            /*) lib="${line%% (*}" ;;
            *) continue ;;
        esac
        target="${lib#"$pkgs"}"
        target="${target/#\/lib\//\/usr\/lib\/}"
        target="${target/#\/lib64\//\/usr\/lib64\/}"
        [ -e "$rootfs$target" ] || install -D -m 0755 "$(readlink -f "$lib")" "$rootfs$target"
    done <"$work/ldd.out"
}

# The usual top-level directories of a Linux image; with "merged", /bin, /sbin and /lib*
# point into /usr as on Debian 12.
base_dirs() {
    local rootfs="$1" layout="$2"
    mkdir -p "$rootfs"/{etc,root,home,tmp,var/tmp,usr/bin,usr/sbin,usr/local/bin,dev,proc,sys}
    chmod 1777 "$rootfs/tmp" "$rootfs/var/tmp"
    chmod 0700 "$rootfs/root"
    if [ "$layout" = merged ]; then
        mkdir -p "$rootfs"/usr/lib "$rootfs"/usr/lib64
        ln -s usr/bin "$rootfs/bin"
        ln -s usr/sbin "$rootfs/sbin"
        ln -s usr/lib "$rootfs/lib"
        ln -s usr/lib64 "$rootfs/lib64"
    else
        mkdir -p "$rootfs"/{bin,sbin}
    fi
}

# /etc/passwd and /etc/group with the usual system accounts plus any "name:uid" given.
accounts() {
    local rootfs="$1" shell="$2"; shift 2
    {
        echo "root:x:0:0:root:/root:$shell"
        echo "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin"
        echo "bin:x:2:2:bin:/bin:/usr/sbin/nologin"
        echo "sys:x:3:3:sys:/dev:/usr/sbin/nologin"
        echo "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin"
    } >"$rootfs/etc/passwd"
    {
        echo "root:x:0:"; echo "daemon:x:1:"; echo "bin:x:2:"; echo "sys:x:3:"; echo "nogroup:x:65534:"
    } >"$rootfs/etc/group"
    local acct name uid
    for acct in "$@"; do
        name="${acct%%:*}"; uid="${acct#*:}"
        echo "$name:x:$uid:$uid::/home/$name:/usr/sbin/nologin" >>"$rootfs/etc/passwd"
        echo "$name:x:$uid:" >>"$rootfs/etc/group"
    done
}

# busybox in DIR with one link per applet: "hard" links all in DIR (the busybox image),
# or "full" symlinks at each applet's usual place (as Alpine lays them out).
install_busybox() {
    local rootfs="$1" dir="$2" style="$3" applet path
    install -D -m 0755 "$pkgs/bin/busybox" "$rootfs$dir/busybox"
    if [ "$style" = hard ]; then
        for applet in $("$pkgs/bin/busybox" --list); do
            [ -e "$rootfs$dir/$applet" ] || ln "$rootfs$dir/busybox" "$rootfs$dir/$applet"
        done
    else
        for path in $("$pkgs/bin/busybox" --list-full); do
            [ "$path" = linuxrc ] && continue
            [ -e "$rootfs/$path" ] || [ -L "$rootfs/$path" ] && continue
            mkdir -p "$(dirname "$rootfs/$path")"
            ln -s "$dir/busybox" "$rootfs/$path"
        done
    fi
}

# --- The images -------------------------------------------------------------------------

rootfs_busybox() {
    base_dirs "$1" plain
    install_busybox "$1" /bin hard
    accounts "$1" /bin/sh
    changes=('CMD ["sh"]' "ENV $std_path")
}

rootfs_alpine() {
    base_dirs "$1" plain
    install_busybox "$1" /bin full
    accounts "$1" /bin/sh
    local major_minor="${alpine_version%.*}"
    cat >"$1/etc/os-release" <<EOF
NAME="Alpine Linux"
ID=alpine
VERSION_ID=$alpine_version
PRETTY_NAME="Alpine Linux v$major_minor"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
EOF
    echo "$alpine_version" >"$1/etc/alpine-release"
    changes=('CMD ["/bin/sh"]' "ENV $std_path" 'WORKDIR /')
}

rootfs_redis() {
    local r="$1" v gosu_v
    base_dirs "$r" merged
    install_busybox "$r" /usr/bin full
    accounts "$r" /bin/sh redis:999
    install_program "$r" "$pkgs/usr/bin/redis-check-rdb" /usr/local/bin/redis-server
    install_program "$r" "$pkgs/usr/bin/redis-cli" /usr/local/bin/redis-cli
    install_program "$r" "$pkgs/usr/bin/redis-benchmark" /usr/local/bin/redis-benchmark
    for v in redis-check-aof redis-check-rdb redis-sentinel; do ln -s redis-server "$r/usr/local/bin/$v"; done
    install_program "$r" "$pkgs/usr/sbin/gosu" /usr/local/bin/gosu
    install -m 0755 "$here/images/redis/docker-entrypoint.sh" "$r/usr/local/bin/docker-entrypoint.sh"
    mkdir -p "$r/data"
    chown 999:999 "$r/data"
    v="$(deb_version redis-tools)"
    gosu_v="$(deb_version gosu)"
    changes=("ENV $std_path" "ENV GOSU_VERSION=$gosu_v" "ENV REDIS_VERSION=$v"
             "ENV REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-$v.tar.gz" 'VOLUME /data' 'WORKDIR /data'
             'ENTRYPOINT ["docker-entrypoint.sh"]' 'EXPOSE 6379' 'CMD ["redis-server"]')
}

rootfs_registry() {
    local r="$1"
    base_dirs "$r" merged
    install_busybox "$r" /usr/bin full
    accounts "$r" /bin/sh
    install_program "$r" "$pkgs/usr/bin/docker-registry" /usr/bin/registry
    install -D -m 0644 "$here/images/registry/config.yml" "$r/etc/docker/registry/config.yml"
    install -m 0755 "$here/images/registry/entrypoint.sh" "$r/entrypoint.sh"
    mkdir -p "$r/var/lib/registry"
    changes=("ENV $std_path" 'VOLUME ["/var/lib/registry"]' 'EXPOSE 5000'
             'ENTRYPOINT ["/entrypoint.sh"]' 'CMD ["/etc/docker/registry/config.yml"]' 'WORKDIR /')
}

rootfs_hello_world() {
    local arch
    case "$(uname -m)" in x86_64) arch=amd64 ;; aarch64) arch=arm64v8 ;; *) arch="$(uname -m)" ;; esac
    mkdir -p "$1"
    # Without a C library where we can (x86-64): a ~1.5 kB program, like the real one.
    gcc -static -Os -nostdlib -DHELLO_NOSTDLIB -DDOCKER_ARCH="\"$arch\"" -fno-asynchronous-unwind-tables \
        -Wl,--build-id=none -Wl,-z,norelro -Wl,-n -s -o "$1/hello" "$here/images/hello-world/hello.c" 2>/dev/null ||
        gcc -static -Os -DDOCKER_ARCH="\"$arch\"" -s -o "$1/hello" "$here/images/hello-world/hello.c"
    changes=('CMD ["/hello"]' "ENV $std_path" 'WORKDIR /')
}

# --- Import -----------------------------------------------------------------------------

declare -A image_names=([busybox]=busybox:latest [alpine]=alpine:latest [redis]=redis:latest
                        [registry]=registry:2 [hello-world]=hello-world:latest)

# What an image is made of, as one digest: these scripts, the files under images/, the .debs,
# the machine's architecture and the image's name. Libraries copied from this machine are
# not part of it (--force rebuilds after a library update).
inputs_digest() {
    {
        echo "$1 ${image_names[$1]} $(uname -m) $alpine_version"
        cat "$here/build-images.sh" "$here/common.sh"
        find "$here/images" -type f -print0 | sort -z | xargs -0 sha256sum
        (cd "$cache/debs" && ls)
    } | sha256sum | cut -c1-64
}

extracted=""
build_one() {
    local key="$1" name="${image_names[$1]}" rootfs="$work/rootfs-$1" t0 tarball digest stamp current old
    t0="$(dt_now)"
    digest="$(inputs_digest "$key")"
    stamp="$cache/stamps/$key"
    current="$(dt image inspect --format '{{.Id}}' "$name" 2>/dev/null || true)"
    if [ -z "$force" ] && [ -n "$current" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$digest $current" ]; then
        dt_log "$name is up to date (${current:7:12})"
        return
    fi
    [ -n "$extracted" ] || { extract_debs; extracted=1; }
    changes=()
    "rootfs_${key//-/_}" "$rootfs"
    tarball="$work/$key.tar"
    tar --sort=name --mtime=@1700000000 --numeric-owner -C "$rootfs" -cf "$tarball" .
    local args=() c
    for c in "${changes[@]}"; do args+=(--change "$c"); done
    old="$current"
    current="$(dt import "${args[@]}" "$tarball" "$name")"
    echo "$digest $current" >"$stamp"
    if [ -n "$old" ] && [ "$old" != "$current" ]; then dt rmi "$old" >/dev/null 2>&1 || true; fi
    dt_log "$name imported as ${current:7:12} ($(du -h "$tarball" | cut -f1)) in $(dt_since "$t0")s"
}

fetch_debs
for key in "${wanted[@]}"; do build_one "$key"; done
dt_log "images ready in $(dt_since "$started")s"
