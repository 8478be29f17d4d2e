#!/usr/bin/env bash
# Extracts the tag lists of official images from a local git copy of
# docker-library/official-images into Scripts/catalog/facts/<repo>/library.txt.
#
# usage: extract-library.sh OFFICIAL_IMAGES_GIT_DIR COMMIT REPO [OUTPUT_NAME]
#   OFFICIAL_IMAGES_GIT_DIR  a clone (bare or not) of github.com/docker-library/official-images
#   COMMIT                   the commit whose library/REPO file describes the tags (for
#                            docker-tutor's catalog: the last commit before 2025-06-20)
#   REPO                     the repository name (redis, nginx...)
#   OUTPUT_NAME              file name under facts/REPO (default library.txt)
#
# Only the lines that matter for tags are kept (Tags, SharedTags, Architectures,
# Directory), one blank line between entries, under a header naming the source.
set -euo pipefail

git_dir=$1 commit=$2 repo=$3 out_name=${4:-library.txt}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/facts/$repo/$out_name"
mkdir -p "$(dirname "$out")"

date=$(git --git-dir="$git_dir" show -s --format=%cI "$commit")
commit=$(git --git-dir="$git_dir" rev-parse "$commit")
{
    echo "# docker-library/official-images library/$repo at $commit ($date)"
    git --git-dir="$git_dir" show "$commit:library/$repo" | awk '
        /^[[:space:]]*$/ { if (n) { print ""; n = 0 } next }
        /^(Tags|SharedTags|Architectures|Directory):/ { print; n++ }
    '
} > "$out"
echo "wrote $out"
