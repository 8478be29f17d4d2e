#!/bin/sh
# Entrypoint of docker-tutor's offline redis image, written to behave like the official one:
# options or a .conf file alone mean "redis-server with these"; redis-server started as root
# gets /data handed to the redis user and drops to it; the server's files are private (umask 0077).
# Debian's redis-server keeps Redis's compiled-in protected mode, which the official image
# turns off; without a config file we turn it off on the command line to the same effect.
set -e

case "$1" in
    -*|*.conf) set -- redis-server "$@" ;;
esac

if [ "$1" = redis-server ] && [ "$(id -u)" = 0 ]; then
    find . ! -user redis -exec chown redis {} +
    exec gosu redis "$0" "$@"
fi

if [ "$1" = redis-server ]; then
    case "$2" in
        *.conf) ;;
        *) case " $* " in *" --protected-mode "*) ;; *) set -- "$@" --protected-mode no ;; esac ;;
    esac
fi

[ "$(umask)" = 0022 ] && umask 0077

exec "$@"
