#!/usr/bin/env python3
"""Builds Sources/DockerEngine/Catalog/catalog.json from the facts under Scripts/catalog/facts.

Inputs (all under Scripts/catalog/):
  repositories.json         one entry per repository: description, stars, the process model and
                            root filesystem family, and the image fact files that make it up.
  facts/<repo>/library*.txt the tag lists of docker-library/official-images (extract-library.sh).
  facts/<repo>/<image>.json one image's linux/amd64 facts, extracted from docker-library/repo-info
                            (repos/<repo>/remote/<tag>.md): index digest, manifest digest, image id,
                            Entrypoint/Cmd, the history block exactly as repo-info renders it, and
                            the layers with their compressed sizes.

See README.md for the fields. What is derived rather than copied is said in each image's
"provenance":
  - history `created_by` strings are rebuilt from repo-info's rendering by inverting its
    `cmd_to_dockerfile` (history.py; buildkit: "RUN /bin/sh -c ...", "RUN |N ARGS /bin/sh -c ...");
  - the config (Env, ExposedPorts, Volumes, WorkingDir, User, Labels, StopSignal, Healthcheck,
    Shell) is replayed from the history's metadata instructions; Env starts from the PATH
    every builder sets;
  - uncompressed layer sizes are estimated from compressed sizes, scaled to the image size a
    real `docker images` printed when such an output was found.

usage: generate.py [--check]   (--check: fail if catalog.json would change)
"""

import subprocess
import json
import re
import sys
from pathlib import Path

from history import LAYER_INSTRUCTIONS, FactError, created_by, replay_config, rfc3339, split_entries

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FACTS = HERE / "facts"
OUTPUT = ROOT / "Sources" / "DockerEngine" / "Catalog" / "catalog.json"

EMPTY_TAR = "sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1"
DIGEST = re.compile(r"^sha256:[0-9a-f]{64}$")


def observed_bytes(observed):
    """An observed image size: exact bytes (docker inspect's Size) or docker's rounded human size."""
    if observed is None:
        return None
    if "bytes" in observed:
        return int(observed["bytes"])
    return parse_human_size(observed["text"])


def parse_human_size(text):
    """docker's HumanSize output (`128MB`, `10.1kB`, `1.02GB`) -> bytes (the middle of its rounding)."""
    match = re.fullmatch(r"([0-9.]+)\s*(B|kB|KB|MB|GB)", text)
    if not match:
        raise FactError(f"cannot read size {text!r}")
    scale = {"B": 1, "kB": 1000, "KB": 1000, "MB": 1000**2, "GB": 1000**3}[match.group(2)]
    return int(round(float(match.group(1)) * scale))


def estimate_sizes(layers, observed):
    """Estimates each layer's uncompressed size; scales the big ones to an observed total when given."""
    estimates = []
    for digest, compressed in layers:
        if digest == EMPTY_TAR:
            estimates.append(0)
        elif compressed < 4096:
            estimates.append(compressed * 4)
        else:
            estimates.append(int(compressed * 2.6))
    if observed is None:
        return estimates
    small = sum(size for size, (_, compressed) in zip(estimates, layers) if compressed < 4096)
    big = sum(size for size, (_, compressed) in zip(estimates, layers) if compressed >= 4096)
    if big == 0:
        # only tiny layers (hello-world): give the observed total to the biggest one
        biggest = max(range(len(layers)), key=lambda i: layers[i][1])
        others = sum(estimates) - estimates[biggest]
        estimates[biggest] = max(observed - others, 0)
        return estimates
    factor = (observed - small) / big
    scaled = [size if compressed < 4096 else int(size * factor)
              for size, (_, compressed) in zip(estimates, layers)]
    # put the rounding remainder on the largest layer so the total is exact
    biggest = max(range(len(layers)), key=lambda i: layers[i][1])
    scaled[biggest] += observed - sum(scaled)
    return scaled


def read_library(path):
    """library*.txt -> list of {"tags": [...], "sharedTags": [...], "directory": str}."""
    entries = []
    current = None
    for line in path.read_text().splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            current = None
            continue
        key, value = line.split(":", 1)
        if current is None:
            current = {"tags": [], "sharedTags": [], "directory": None}
            entries.append(current)
        if key == "Tags":
            current["tags"] = [t.strip() for t in value.split(",") if t.strip()]
        elif key == "SharedTags":
            current["sharedTags"] = [t.strip() for t in value.split(",") if t.strip()]
        elif key == "Directory":
            current["directory"] = value.strip()
    return entries


def tags_for(facts, library_entries, where):
    tag = facts["tag"]
    for entry in library_entries:
        if tag in entry["tags"] or tag in entry["sharedTags"]:
            return entry["tags"] + [t for t in entry["sharedTags"] if t not in entry["tags"]]
    raise FactError(f"{where}: tag {tag!r} is in no library entry")


def build_image(repo, spec, repo_spec):
    where = f"{repo}/{spec['facts']}"
    facts = json.loads((FACTS / repo / spec["facts"]).read_text())
    for key in ("index", "imageId"):
        if not DIGEST.match(facts[key]):
            raise FactError(f"{where}: {key} is not a sha256 digest: {facts[key]!r}")
    entries = split_entries(facts["dockerfile"], facts["created"])
    history = []
    non_empty = 0
    for entry in entries:
        text, instruction, comment = created_by(entry["text"], entry["builder"])
        if entry["text"].startswith("RUN # "):
            comment = entry.get("comment", "debuerreotype 0.15")
        if "comment" in entry:
            comment = entry["comment"] or None
        rendered = entry["text"].split("\n", 1)[1] if entry["text"].startswith("# ARGS: ") else entry["text"]
        entry["createdByText"] = rendered
        entry["instruction"] = instruction
        if "empty" in entry:
            empty = entry["empty"]
        else:
            empty = instruction not in LAYER_INSTRUCTIONS[entry["builder"]]
        if not empty:
            non_empty += 1
        item = {"created": rfc3339(entry["date"]), "createdBy": text}
        if comment:
            item["comment"] = comment
        item["emptyLayer"] = empty
        history.append(item)
    layers = facts["layers"]
    if non_empty != len(layers):
        raise FactError(f"{where}: {non_empty} history entries add a layer but there are {len(layers)} layers")
    for digest, _ in layers:
        if not DIGEST.match(digest):
            raise FactError(f"{where}: layer digest {digest!r} is malformed")

    observed = facts.get("observedSize")
    sizes = estimate_sizes(layers, observed_bytes(observed))

    library_name = spec.get("library", "library.txt")
    tags = tags_for(facts, read_library(FACTS / repo / library_name), where)
    tags = [t for t in tags if t not in spec.get("dropTags", [])]
    added = [t for t in spec.get("addTags", []) if t not in tags]
    tags += added

    derived = [
        "history created_by rebuilt from repo-info's rendering (see Scripts/catalog/generate.py)",
        "config replayed from the history's metadata instructions",
    ]
    if observed:
        total = observed.get("text") or f"{observed['bytes']} bytes"
        if len(layers) == 1:
            derived.append(f"the layer's size is the image size {total} ({observed['from']})")
        else:
            derived.append(f"layer sizes estimated from compressed sizes, scaled to the image size {total} "
                           f"({observed['from']})")
    else:
        derived.append("layer sizes estimated from compressed sizes (no observed image size found)")
    if added:
        derived.append(f"tags {', '.join(added)} added by repositories.json (addTags), not by the library file")
    derived.extend(facts.get("notes", []))
    derived.extend(spec.get("notes", []))

    image = {
        "tags": tags,
        "repoDigest": facts["index"],
        "id": facts["imageId"],
        "created": rfc3339(facts["created"]),
        "architecture": "amd64",
        "os": "linux",
        "config": replay_config(entries, facts),
        "layers": [{"digest": d, "compressedSize": c, "size": s} for (d, c), s in zip(layers, sizes)],
        "history": history,
        "process": spec.get("process", repo_spec["process"]),
        "rootfs": spec.get("rootfs", repo_spec["rootfs"]),
        "manifestDigest": facts.get("manifest"),
        "provenance": {
            "source": facts["from"] + f"; tags from facts/{repo}/{library_name}",
            "derived": derived,
        },
    }
    if image["manifestDigest"] is None:
        del image["manifestDigest"]
    return image


def build_catalog():
    spec = json.loads((HERE / "repositories.json").read_text())
    repositories = []
    for repo_spec in spec["repositories"]:
        name = repo_spec["name"]
        images = [build_image(name, image_spec, repo_spec) for image_spec in repo_spec["images"]]
        seen = {}
        for image in images:
            for tag in image["tags"]:
                if tag in seen:
                    raise FactError(f"{name}: tag {tag!r} on two images")
                seen[tag] = image["id"]
        repositories.append({
            "name": name,
            "description": repo_spec["description"],
            "official": True,
            "stars": repo_spec["stars"],
            "images": images,
        })
    return {"repositories": repositories}


def main():
    try:
        catalog = build_catalog()
    except FactError as error:
        print(f"generate.py: {error}", file=sys.stderr)
        return 1
    text = json.dumps(catalog, indent=1, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        if not OUTPUT.exists() or OUTPUT.read_text() != text:
            print("generate.py: catalog.json is out of date", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text)
    images = sum(len(r["images"]) for r in catalog["repositories"])
    tags = sum(len(i["tags"]) for r in catalog["repositories"] for i in r["images"])
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(catalog['repositories'])} repositories, {images} images, {tags} tags")
    subprocess.run([sys.executable, str(Path(__file__).with_name("embed.py"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
