#!/bin/sh
# Entrypoint of docker-tutor's offline registry:2 image, with the official one's behaviour:
# a config file runs `registry serve FILE`, a registry subcommand or option runs `registry ...`,
# anything else (sh, ls...) runs as given.
set -e
case "$1" in
    *.yml|*.yaml) exec registry serve "$@" ;;
    serve|garbage-collect|help|-*) exec registry "$@" ;;
esac
exec "$@"
