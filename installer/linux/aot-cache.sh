#!/usr/bin/env bash
# Makes the ahead-of-time cache of a Linux app image whose Java is 25 or later: the app is started under
# a virtual display (by installer/smoke-test.sh) and records what it loads, links and runs up to a few
# seconds after its first window; the image's Java then makes of that record the cache OUTPUT, which
# bin/ (installer/linux/launcher.sh) starts Java with. The cache stays valid where the image is moved
# or installed, as long as the jar is the same (size and modification time).
#
#   installer/linux/aot-cache.sh IMAGE_DIR OUTPUT
#
# Needs what the smoke test needs (Xvfb, xdotool, GTK 3).
set -euo pipefail

image=${1:?usage: aot-cache.sh IMAGE_DIR OUTPUT}
output=${2:?usage: aot-cache.sh IMAGE_DIR OUTPUT}
here=$(cd "$(dirname "$0")" && pwd)
app=$image/lib/app

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

AOT_CONFIGURATION="$work/app.aotconf" bash "$here/../smoke-test.sh" "$image/bin/Movie Recommender"
if [[ ! -s $work/app.aotconf ]]; then
    echo "AOT cache: the app recorded nothing" >&2
    exit 1
fi
# The cache is made with the JVM options the launcher gives (lib/app/Movie Recommender.cfg).
options=()
while IFS= read -r line || [[ -n $line ]]; do
    case $line in
        java-options=*) options+=("${line#java-options=}") ;;
    esac
done <"$app/Movie Recommender.cfg"
if ! "$image/lib/runtime/bin/java" "${options[@]//\$APPDIR/$app}" -XX:AOTMode=create \
        -XX:AOTConfiguration="$work/app.aotconf" -XX:AOTCache="$output" -Xlog:aot=off -Xlog:cds=off \
        -cp "$app/movie-recommender.jar" >"$work/create.log" 2>&1; then
    echo "AOT cache: the image's Java could not make it; its output:" >&2
    cat "$work/create.log" >&2
    rm -f "$output"
    exit 1
fi
echo "AOT cache: $(du -h "$output" | cut -f1) in $output"
