#!/usr/bin/env python3
"""Record the real docker client's --help output for every listed command as golden files.

Walks `docker --help` recursively through its `Management Commands:`, `Swarm Commands:`,
`Common Commands:` and `Commands:` sections, running `docker <path> --help` for each command
with stdin from /dev/null (so docker renders at its non-terminal width of 80 columns) and
DOCKER_HOST=unix:///nonexistent (so help shows what a client without a daemon shows).
Writes Tests/DockerCLITests/Golden/help/<path joined by '_'>.txt (the root is `docker.txt`).

It also records a few commands on a pseudo-terminal of other widths (docker wraps its Options
table to the width of the terminal on stdin), into Golden/help-width/<columns>/<path>.txt.

    Scripts/grammar/record_help.py [--docker /usr/local/bin/docker]
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "DockerCLITests" / "Golden" / "help"
WIDTHS = {120: [["run"], ["service", "create"], []], 100: [["network", "create"]], 60: [["ps"], ["image", "ls"]],
          0: [["ps"]]}
SECTIONS = ("Common Commands:", "Management Commands:", "Swarm Commands:", "Commands:")


def run_help(docker, path):
    env = dict(os.environ, DOCKER_HOST="unix:///nonexistent", HOME="/root")
    env.pop("DOCKER_CONFIG", None)
    env.pop("DOCKER_HIDE_LEGACY_COMMANDS", None)
    with open(os.devnull) as devnull:
        res = subprocess.run([docker, *path, "--help"], stdin=devnull, capture_output=True, env=env, text=True)
    if res.returncode != 0:
        sys.exit(f"docker {' '.join(path)} --help failed ({res.returncode}): {res.stderr}")
    return res.stdout


def run_help_on_terminal(docker, path, columns):
    env = dict(os.environ, DOCKER_HOST="unix:///nonexistent", HOME="/root")
    env.pop("DOCKER_CONFIG", None)
    inner = "stty cols %d; exec %s --help" % (columns, " ".join([docker, *path]))
    res = subprocess.run(["script", "-qc", inner, "/dev/null"], stdin=subprocess.DEVNULL, capture_output=True,
                         env=env, text=True)
    return res.stdout.replace("\r\n", "\n")


def subcommands(text):
    names, section = [], None
    for line in text.splitlines():
        if line in SECTIONS:
            section = line
            continue
        if section and line.startswith("  ") and not line.startswith("   "):
            names.append(line.split()[0].rstrip("*"))
        elif section and line.strip() == "":
            continue
        else:
            section = None
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docker", default="/usr/local/bin/docker")
    args = ap.parse_args()
    version = subprocess.run([args.docker, "--version"], capture_output=True, text=True).stdout
    if not re.match(r"Docker version 28\.", version):
        sys.exit(f"need a docker 28 client, got: {version!r}")
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.txt"):
        old.unlink()
    todo, count = [[]], 0
    while todo:
        path = todo.pop(0)
        text = run_help(args.docker, path)
        (OUT / (("_".join(path) or "docker") + ".txt")).write_text(text)
        count += 1
        todo.extend(path + [name] for name in subcommands(text))
    for columns, paths in WIDTHS.items():
        folder = OUT.parent / "help-width" / str(columns)
        folder.mkdir(parents=True, exist_ok=True)
        for path in paths:
            (folder / (("_".join(path) or "docker") + ".txt")).write_text(run_help_on_terminal(args.docker, path, columns))
    print(f"recorded {count} help texts into {OUT.relative_to(ROOT)}, and {sum(map(len, WIDTHS.values()))} at other widths")


if __name__ == "__main__":
    main()
