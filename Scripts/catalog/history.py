"""Undoes docker-library/repo-info's rendering of an image history and replays its config.

repo-info prints each history entry's `created_by` through `cmd_to_dockerfile`; this module
turns that text back into `created_by` strings, history comments and layer flags, and replays
the metadata instructions (ENV, EXPOSE, VOLUME...) into the image config. generate.py uses it.
"""

import json
import re
from datetime import timezone
from email.utils import parsedate_to_datetime

DEFAULT_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
DATE_LINE = re.compile(r"^# ((Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT"
                       r"|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z)$")
INSTRUCTION = re.compile(r"^([A-Z]+)(?: |$)")
BUILDKIT_COMMENT = "buildkit.dockerfile.v0"
# The builders that made an image's history, which decide how repo-info's rendering is undone.
BUILDERS = {"buildkit", "classic", "oci"}
LAYER_INSTRUCTIONS = {
    "buildkit": {"RUN", "COPY", "ADD", "WORKDIR"},
    "classic": {"RUN", "COPY", "ADD"},
    "oci": {"RUN", "COPY", "ADD"},
}


class FactError(Exception):
    pass


def rfc3339(date_text):
    """`Thu, 29 May 2025 16:02:07 GMT` -> `2025-05-29T16:02:07Z`; RFC 3339 times (from a config) pass through."""
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", date_text):
        return date_text
    moment = parsedate_to_datetime(date_text).astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def split_entries(block, default_date):
    """Splits repo-info's dockerfile block into (date, text, directives) per history entry.

    A `# <RFC 1123 date>` line dates the entries after it; entries before any date line take
    the image's `created`. `#! builder NAME` switches the builder for the entries after it;
    `#! empty` / `#! layer` override whether the next entry adds a layer; `#! comment TEXT`
    sets the next entry's comment.
    """
    entries = []
    date = default_date
    builder = "buildkit"
    pending = {}
    current = None
    for line in block.split("\n"):
        if DATE_LINE.match(line):
            date = line[2:]
            current = None
            continue
        if line.startswith("#! "):
            words = line[3:].split(" ", 1)
            if words[0] == "builder":
                if words[1] not in BUILDERS:
                    raise FactError(f"unknown builder {words[1]!r}")
                builder = words[1]
            elif words[0] in ("empty", "layer"):
                pending["empty"] = words[0] == "empty"
            elif words[0] == "comment":
                pending["comment"] = words[1] if len(words) > 1 else ""
            else:
                raise FactError(f"unknown directive {line!r}")
            current = None
            continue
        if current is not None and current["text"].startswith("# ARGS: ") and "\n" not in current["text"]:
            current["text"] += "\n" + line
            continue
        if current is not None and not INSTRUCTION.match(line) and not line.startswith("# "):
            # a created_by with a newline of its own (heredocs)
            current["text"] += "\n" + line
            continue
        current = {"date": date, "text": line, "builder": builder, **pending}
        pending = {}
        entries.append(current)
    return entries


def count_args(args):
    """The number of NAME=value pairs in a `|N NAME=value ...` build-arg prefix."""
    return len(re.findall(r"(?:^| )[A-Za-z_][A-Za-z0-9_]*=", args))


def created_by(text, builder):
    """Inverts repo-info's cmd_to_dockerfile for one history entry: returns (created_by, instruction, comment)."""
    prefix_args = None
    if text.startswith("# ARGS: "):
        first, text = text.split("\n", 1)
        prefix_args = first[len("# ARGS: "):]
    if text.startswith("RUN # "):
        # debuerreotype's base layer: created_by is the comment itself, no shell
        return text[len("RUN "):], "RUN", None
    if builder == "oci":
        # an imported OCI image records free text ("BusyBox 1.37.0 (glibc), Debian 12"); it adds a layer
        return text, "RUN", None
    match = INSTRUCTION.match(text)
    if not match:
        raise FactError(f"history line is not an instruction: {text[:60]!r}")
    instruction = match.group(1)
    if builder == "buildkit":
        if instruction == "RUN":
            body = text[len("RUN "):]
            shell = "/bin/sh -c " + body
            if prefix_args is not None:
                shell = f"|{count_args(prefix_args)} {prefix_args} {shell}"
            return "RUN " + shell, instruction, BUILDKIT_COMMENT
        return text, instruction, BUILDKIT_COMMENT
    if builder == "classic":
        if instruction == "RUN":
            body = "/bin/sh -c " + text[len("RUN "):]
            if prefix_args is not None:
                body = f"|{count_args(prefix_args)} {prefix_args} {body}"
            return body, instruction, None
        # "#(nop) " is followed by one space for ADD/COPY and two for the others
        spaces = " " if instruction in ("ADD", "COPY") else "  "
        return "/bin/sh -c #(nop)" + spaces + text, instruction, None
    return text, instruction, None  # oci: recorded as written


def parse_env_assignments(rest):
    """`A=1 B=two words` (as buildkit records ENV/LABEL) -> [("A", "1"), ("B", "two words")]."""
    parts = re.split(r" (?=[A-Za-z_][A-Za-z0-9_.\-]*=)", rest)
    pairs = []
    for part in parts:
        if "=" not in part:
            raise FactError(f"cannot read assignment {part!r}")
        key, value = part.split("=", 1)
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        pairs.append((key, value))
    return pairs


def parse_go_duration(text):
    units = {"ns": 1, "us": 1000, "ms": 10**6, "s": 10**9, "m": 60 * 10**9, "h": 3600 * 10**9}
    total = 0
    for number, unit in re.findall(r"([0-9.]+)(ns|us|ms|s|m|h)", text):
        total += int(float(number) * units[unit])
    return total


def replay_config(entries, facts):
    """Replays the metadata instructions of the history into an image config."""
    env = [DEFAULT_PATH] if facts.get("defaultPath", True) else []
    config = {}
    labels = {}
    ports = []
    volumes = []

    def set_env(key, value):
        for i, item in enumerate(env):
            if item.split("=", 1)[0] == key:
                env[i] = f"{key}={value}"
                return
        env.append(f"{key}={value}")

    for entry in entries:
        text = entry["createdByText"]
        instruction = entry["instruction"]
        rest = text[len(instruction) + 1:] if len(text) > len(instruction) else ""
        if instruction == "ENV":
            for key, value in parse_env_assignments(rest):
                set_env(key, value)
        elif instruction == "LABEL":
            for key, value in parse_env_assignments(rest):
                labels[key] = value
        elif instruction == "EXPOSE":
            match = re.fullmatch(r"map\[(.*)\]", rest)
            items = match.group(1).split() if match else rest.split()
            for item in items:
                port = item.split(":", 1)[0]
                if "/" not in port:
                    port += "/tcp"
                if port not in ports:
                    ports.append(port)
        elif instruction == "VOLUME":
            match = re.fullmatch(r"\[(.*)\]", rest)
            for item in (match.group(1) if match else rest).split():
                if item not in volumes:
                    volumes.append(item)
        elif instruction == "WORKDIR":
            config["workingDir"] = rest
        elif instruction == "USER":
            config["user"] = rest
        elif instruction == "STOPSIGNAL":
            config["stopSignal"] = rest
        elif instruction == "SHELL":
            config["shell"] = json.loads(rest)
        elif instruction == "HEALTHCHECK":
            config["healthcheck"] = parse_healthcheck(rest)
        elif instruction == "ONBUILD":
            config.setdefault("onBuild", []).append(rest)

    result = {}
    if "user" in config:
        result["user"] = config["user"]
    if env:
        result["env"] = env
    if facts.get("cmd") is not None:
        result["cmd"] = facts["cmd"]
    if facts.get("entrypoint") is not None:
        result["entrypoint"] = facts["entrypoint"]
    if ports:
        result["exposedPorts"] = sorted(ports)  # the order of the JSON map docker prints
    if volumes:
        result["volumes"] = sorted(volumes)
    if config.get("workingDir"):
        result["workingDir"] = config["workingDir"]
    if labels:
        result["labels"] = dict(sorted(labels.items()))
    for key in ("stopSignal", "healthcheck", "onBuild", "shell"):
        if key in config:
            result[key] = config[key]
    return result


def parse_healthcheck(rest):
    """`&{["CMD-SHELL" "pg_isready"] "30s" "5s" "0s" "0s" '\\x03'}` as buildkit records HEALTHCHECK."""
    match = re.fullmatch(r'&\{\[(.*)\] "([^"]*)" "([^"]*)" "([^"]*)" "([^"]*)" \'\\x([0-9a-f]{2})\'\}', rest)
    if not match:
        raise FactError(f"cannot read HEALTHCHECK {rest!r}")
    test = json.loads("[" + ", ".join(re.findall(r'"(?:[^"\\]|\\.)*"', match.group(1))) + "]")
    return {
        "test": test,
        "interval": parse_go_duration(match.group(2)),
        "timeout": parse_go_duration(match.group(3)),
        "startPeriod": parse_go_duration(match.group(4)),
        "startInterval": parse_go_duration(match.group(5)),
        "retries": int(match.group(6), 16),
    }
