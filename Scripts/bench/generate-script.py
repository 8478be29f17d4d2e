#!/usr/bin/env python3
"""Writes a shell script of N docker command lines (default 100,000) for the check benchmark.

The lines cycle through a fixed mix of what scripts and docs contain: mostly `docker run`
with ports, volumes, env and names, plus ps/logs/exec/build/pull/network/volume commands and
a few invalid lines (1 in 20). Names, tags and ports vary with the line number, so most lines
are distinct; five templates have no variable part (a quarter of the lines repeat, as `docker ps`
does in real documents). Deterministic: same N, same file.
"""
import sys

TEMPLATES = [
    "docker run -d --name web{i} -p {p}:80 -v site{i}:/usr/share/nginx/html:ro --restart unless-stopped nginx:1.27",
    "docker run --rm -e APP_ENV=prod -e LOG_LEVEL=info -w /app node:20 npm test",
    "docker run -d --name cache{i} -p {p}:6379 redis:7 redis-server --appendonly yes",
    "docker exec -i db{i} psql -U postgres -c 'select 1'",
    "docker ps -a --filter status=exited --format '{{{{.ID}}}} {{{{.Names}}}}'",
    "docker logs --tail 100 -t web{i}",
    "docker pull ghcr.io/acme/api:2.{i}",
    "docker build -t acme/api:{i} --build-arg VERSION={i} .",
    "docker network create --driver bridge net{i}",
    "docker volume create data{i}",
    "docker stop -t 5 web{i} && docker rm web{i}",
    "docker run -d --network net{i} --memory 512m --cpus 1.5 --health-cmd 'curl -f localhost' postgres:16",
    "docker image ls --filter dangling=true -q",
    "docker cp web{i}:/etc/nginx/nginx.conf ./nginx{i}.conf",
    "docker inspect -f '{{{{.State.Status}}}}' web{i}",
    "docker tag acme/api:{i} registry.example.com:5000/acme/api:{i}",
    "docker run -d -p {p}:8080 --mount type=bind,src=/srv/{i},dst=/data alpine:3.20 sleep 3600",
    "docker compose -f compose.yml up -d --build",
    "docker system prune -f --volumes",
    "docker run -p {p}:foo nginx:1.27",  # invalid: the container port
]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    out = sys.stdout
    out.write("#!/bin/sh\n")
    for k in range(n - 1):
        t = TEMPLATES[k % len(TEMPLATES)]
        out.write(t.format(i=k, p=1024 + k % 60000) + "\n")


if __name__ == "__main__":
    main()
