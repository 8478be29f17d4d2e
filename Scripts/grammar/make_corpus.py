#!/usr/bin/env python3
"""Write Tests/DockerCLITests/Corpus/parse-corpus.txt: command lines for the differential parse test.

Three parts: hand-written lines for each parsing rule (kept in this file), then for every
docker command an unknown long flag, and, from the command's Args rule, a line with too few or
too many arguments. Each line is checked once against the real client here: a line whose
failure comes from a later stage than parsing (value syntax, references, local files) is
written with the `post-parse:` marker, which the test skips. Lines that would change local
state when accepted (contexts, trust keys, logins) are only generated where they fail.

    Scripts/grammar/make_corpus.py [--dumps .build-grammar]
"""
import argparse
import json
import os
import pathlib
import shlex
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "DockerCLITests" / "Corpus" / "parse-corpus.txt"
CONNECT = "Cannot connect to the Docker daemon at unix:///nonexistent. Is the docker daemon running?"

HAND = r"""
# --- the root: no command, help, version, global flags
docker
docker --help
docker -h
docker --version
docker -v
docker -v ps
docker --version x
docker -vD
docker -D
docker --debug=false ps
docker --debug=maybe ps
docker --tls=foo ps
docker -l
docker -l foo ps
docker --log-level=nonsense ps
docker -l debug ps
docker --log-level WARN ps
docker -H
docker -H unix:///nonexistent ps
docker --context
docker -c
docker -c default -H unix:///x ps
docker --config
docker --foo
docker --foo ps
docker -Z ps
docker -D -Z ps
docker -- ps
docker -h ps
docker --help ps
docker --help run
docker -h -l foo ps
docker ---x ps
docker --=x ps
# --- unknown commands
docker foo
docker foo bar
docker foo --bar
docker foo -D
docker foo --help
docker compose up
docker buildx build .
docker Ps
docker pss
docker container foo
docker container foo bar
docker image foo
docker network foo --bar
docker volume bar -q
docker system nope
docker swarm nope
docker trust nope
docker trust key nope
docker manifest nope
docker context nope
docker help foo
docker help ps x
docker help container foo
docker help ps
docker help
docker help container ls
docker help --foo
# --- management commands alone and with flags
docker container
docker image
docker network
docker volume
docker system
docker builder
docker checkpoint
docker context
docker manifest
docker plugin
docker trust
docker trust key
docker swarm
docker node
docker service
docker stack
docker secret
docker config
docker completion
docker container --help
docker container -h
docker container --foo ls
docker container --foo=x ls
docker container --size ls
docker container --help ls
docker container -h ls
docker image -q
docker network --foo ls x
docker system --help df
docker stack --orchestrator=swarm ls
docker stack ls --orchestrator swarm
# --- aliases
docker container list
docker container ps
docker container list -aq
docker image list
docker image remove
docker container remove
docker remove
docker rm
docker rmi
docker volume list
docker network list
docker plugin list
docker secret list
docker config list
docker node list
docker service list
docker stack list
docker context list --foo
docker builder build
# --- bool flags
docker ps --all
docker ps --all=false
docker ps --all=true
docker ps --all=1
docker ps --all=T
docker ps --all=foo
docker ps -a=false
docker ps -a=foo
docker ps --all false
docker ps -aq=foo
docker ps -qa
docker ps -aqs
docker ps --quiet=
docker run --rm=foo busybox
docker run --rm false
docker run --rm=false busybox
docker run -d=false busybox
docker run --detach=yes busybox
docker run --init=0 busybox
# --- clusters and attached values
docker run -itd busybox
docker run -dit busybox sh
docker run -itp8080:80 nginx
docker run -it -p8080:80 nginx
docker run -p8080:80 -it nginx
docker run -e=FOO=bar busybox
docker run -eFOO=bar busybox
docker run -e FOO=bar busybox
docker run -ite FOO=bar busybox
docker run -itz busybox
docker run -iZt busybox
docker ps -e=x
docker ps -fstatus=exited
docker ps -f status=exited
docker ps -f=status=exited
docker ps --filter=status=exited
docker ps --filter status=exited
docker ps -n3
docker ps -n=3
docker ps -n 3
docker ps -n x
docker ps --last=x
docker ps --last 99999999999999999999
docker ps -n 0x10
docker ps -n 0b11
docker ps -n 1_000
docker ps -n 08
docker ps -n -1
docker ps -n +5
# --- flags that need a value
docker run -p
docker run --publish
docker run -p 80:80
docker run busybox -p
docker run --name
docker run --name --rm busybox
docker run --name -d busybox
docker run -e
docker ps -f
docker ps --filter
docker ps --format
docker logs -n
docker logs --tail
docker exec -u
docker exec -e
docker build -t
docker build -f
docker pull --platform
docker images --filter
docker network create -d
docker volume create --driver
docker tag -x
# --- unknown flags and shorthands
docker ps --foo
docker ps -z
docker ps -aZ
docker ps --foo=bar
docker ps --a
docker ps -all
docker run --foo busybox
docker run -Z busybox
docker run busybox --foo
docker run busybox -Z
docker images --bogus
docker rm -X
docker exec -Q c sh
docker logs --since-forever c
docker version --foo
docker info -x
docker login --foo
docker logout --foo
docker search --foo
docker events --foo
docker inspect --foo
# --- -h: help almost everywhere, hostname on run and create
docker ps -h
docker ps --help
docker ps --help --foo
docker ps --foo --help
docker ps -a --help
docker ps --help=false
docker ps --help=foo
docker run -h
docker run -h foo
docker run -h foo busybox
docker run --help
docker create -h
docker create -h host busybox
docker create --help
docker exec -h
docker images -h
docker container ls -h
docker container run -h
docker network create -h
# --- -- and interspersing
docker ps -- -a
docker run -- -x
docker run busybox -- ls
docker run busybox ls -la
docker run busybox --rm
docker run --rm busybox ls --foo
docker run busybox echo -n hi
docker create busybox ls -l
docker exec c ls -l
docker exec c -- ls
docker exec -it c sh -c "echo hi"
docker commit c repo -a me
docker top c -o pid
docker top c aux
docker tag a b -x
docker service create --foo img
docker service create img --foo
docker rm a -f
docker rm -f a b
docker stop a --time 5
docker inspect a -f x
docker images -a busybox
# --- deprecated flags
docker stop --time 3 x
docker stop -t 3 x
docker stop --time=3 --foo x
docker restart --time 3 x
docker container stop --time 1 a b
docker stop --time x y
# --- hidden flags still parse
docker run --net host busybox
docker run --net-alias x busybox
docker run --dns-opt x busybox
docker update --kernel-memory 10m c
docker volume create --name v
# --- repeated flags
docker run -e A=1 -e B=2 busybox
docker run -p 80:80 -p 443:443 nginx
docker run --name a --name b busybox
docker ps -f status=exited -f name=x
# --- argument counts
docker run
docker create
docker exec
docker exec c
docker exec -it c
docker start
docker stop
docker rm
docker rmi
docker kill
docker logs
docker logs a b
docker attach
docker attach a b
docker cp
docker cp a
docker cp a b c
docker rename a
docker rename a b c
docker port
docker port a b c
docker pause
docker unpause
docker wait
docker diff
docker diff a b
docker export
docker history
docker tag
docker tag a
docker tag a b c
docker commit
docker commit a b c
docker pull
docker push
docker save
docker load x
docker import
docker search
docker search a b
docker login a b
docker logout a b
docker info x
docker version x
docker events x
docker ps x
docker images a b
docker inspect
docker update
docker top
docker stats a b
docker network create
docker network create a b
docker network connect a
docker network disconnect a
docker network rm
docker network inspect
docker network ls x
docker network prune x
docker volume create a b
docker volume rm
docker volume inspect
docker volume ls x
docker volume prune x
docker image prune x
docker container prune x
docker system df x
docker system prune x
docker system info x
docker system events x
docker builder prune x
docker context use
docker context use a b
docker context create
docker context rm
docker context inspect --foo
docker context export
docker context import a
docker context update
docker manifest create a
docker manifest inspect
docker manifest push
docker manifest rm
docker manifest annotate a
docker trust inspect
docker trust sign
docker trust revoke
docker trust key generate
docker trust key load
docker trust signer add a
docker trust signer remove a
docker plugin install
docker plugin rm
docker plugin enable
docker plugin disable
docker plugin inspect
docker plugin create a
docker plugin set a
docker plugin push
docker plugin upgrade
docker plugin ls x
docker swarm init x
docker swarm join
docker swarm join a b
docker swarm leave x
docker swarm unlock x
docker swarm unlock-key x
docker swarm update x
docker swarm join-token
docker swarm ca x
docker node ls x
docker node inspect
docker node rm
docker node ps a
docker node update
docker node promote
docker node demote
docker service create
docker service inspect
docker service logs
docker service ls x
docker service ps
docker service rm
docker service rollback
docker service scale
docker service scale web
docker service scale web=
docker service scale =3
docker service scale web=3 api
docker service update
docker stack deploy
docker stack ls x
docker stack ps
docker stack rm
docker stack services
docker secret create
docker secret create a b c
docker secret inspect
docker secret ls x
docker secret rm
docker config create a
docker config inspect
docker config ls x
docker config rm
docker checkpoint create a
docker checkpoint ls
docker checkpoint rm a
docker completion bash x
docker completion --foo
docker completion bash --foo
# --- builder hand-off without buildx
docker build
docker build a b
docker build --foo .
docker image build
docker builder build --bogus .
docker builder prune x
docker builder
docker bake
docker bake --help
# --- more edge cases
docker -h -h
docker ps -hh
docker ps -ah
docker run -hv busybox
docker --tlsverify=x ps
docker container ls --help=foo
docker image ls -a --filter
docker service create -e
docker -D --help
docker --help --foo
docker --help foo
docker -- --help
docker network create --help x
docker volume ls -q --format
docker system prune -af --filter
docker context ls --format
docker ps --format '{{.ID}}' -q x
docker exec --detach-keys
docker stats --no-stream=nope
docker events --since
docker container run --rm -d=t busybox
docker inspect --type
docker logs -f=0 c
docker run --env=A --env B busybox
# --- flag value syntax (later stages own these)
docker run -m foo busybox
docker run --memory=1x busybox
docker run --cpus abc busybox
docker run --restart bogus busybox
docker run -p notaport nginx
docker run --health-interval 5x busybox
docker run --health-interval=10s busybox
docker run --stop-timeout x busybox
docker run --oom-score-adj 1.5 busybox
docker run --blkio-weight 99999 busybox
docker logs --since x c
docker service create --replicas x img
docker pull Busybox
docker run Busybox
docker network create --subnet x n
"""


def run_docker(line, config_dir):
    env = dict(os.environ, DOCKER_HOST="unix:///nonexistent", DOCKER_CONFIG=config_dir, HOME="/root")
    with open(os.devnull) as devnull:
        res = subprocess.run(["/usr/local/bin/docker", *shlex.split(line)[1:]], stdin=devnull, capture_output=True,
                             env=env, text=True, timeout=20)
    return res.returncode, res.stdout, res.stderr


def generated(tree):
    lines = []

    def walk(cmd, path):
        if path and not cmd.get("hidden") and path[0] not in ("help",):
            lines.append("docker " + " ".join(path) + " --bogus")
        for sub in cmd.get("commands") or []:
            walk(sub, path + [sub["name"]])

    walk(tree, [])
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dumps", default=str(ROOT / ".build-grammar"))
    a = ap.parse_args()
    tree = json.loads((pathlib.Path(a.dumps) / "docker-tree.json").read_text())
    hand = [l.strip() for l in HAND.strip().splitlines()]
    lines, seen = [], set()
    for l in hand + ["# --- every command: an unknown flag"] + generated(tree):
        if l.startswith("#") or not l:
            lines.append(l)
            continue
        if l in seen:
            continue
        seen.add(l)
        lines.append(l)
    out = ["# Command lines for DockerCLITests' differential parse test (Scripts/grammar/make_corpus.py).",
           "# One command per line; `post-parse:` marks lines whose real failure comes after parsing."]
    with tempfile.TemporaryDirectory() as config_dir:
        count = 0
        for l in lines:
            if l.startswith("#") or not l:
                out.append(l)
                continue
            rc, stdout, stderr = run_docker(l, config_dir)
            parse_failure = rc != 0 and CONNECT not in stderr
            late = parse_failure and rc in (125, 1) and (
                stderr.startswith("docker: ") and "Run '" in stderr and "--help' for more information" in stderr
                and "Usage:" not in stderr and "unknown command" not in stderr
            )
            if late or (parse_failure and any(m in stderr for m in ("invalid argument", "invalid reference format",
                                                                        "unable to prepare context", "Error response",
                                                                        "no such file", "the input device is not a TTY"))
                        and "strconv." not in stderr and "time: " not in stderr):
                out.append("post-parse: " + l)
            else:
                out.append(l)
            count += 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(out) + "\n")
    print("wrote %d command lines into %s" % (count, OUT.relative_to(ROOT)))


if __name__ == "__main__":
    main()
