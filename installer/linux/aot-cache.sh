#!/usr/bin/env bash
# Makes the ahead-of-time caches of a Linux app image whose Java is 25 or later, one per launcher, as
# lib/app/<launcher's name>.aot: the desktop app's, of a start under a virtual display (by
# installer/smoke-test.sh) up to a few seconds after its first window; the command line's, of its
# stats on the demo dataset. Each run records what it loads, links and runs; the image's Java then makes
# the cache of that record, and the launcher (installer/linux/launcher.sh) starts Java with it. A cache
# stays valid where the image is moved or installed, as long as the jar is the same, size and modification
# time: the jar's time goes to lib/app/movie-recommender.jar.time, from which the .deb's install script gives
# it back to the installed jar (jpackage's package gives every file the time it was packaged).
#
#   installer/linux/aot-cache.sh IMAGE_DIR DEMO_DATA_DIR
#
# Needs what the smoke test needs (Xvfb, xdotool, GTK 3).
set -euo pipefail

image=${1:?usage: aot-cache.sh IMAGE_DIR DEMO_DATA_DIR}
demo=${2:?usage: aot-cache.sh IMAGE_DIR DEMO_DATA_DIR}
here=$(cd "$(dirname "$0")" && pwd)
app=$image/lib/app

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# make_cache LAUNCHER RECORD: the launcher's cache of the record, made by the image's Java started as the
# launcher starts it, with its .cfg's options. Paths in JAVA_TOOL_OPTIONS cannot hold spaces, so records
# and cache are made in $work, and the cache then moves into place.
make_cache() {
    local launcher=$1 record=$2 made=$work/made.aot
    if [[ ! -s $record ]]; then
        echo "AOT cache: $launcher recorded nothing" >&2
        return 1
    fi
    if ! JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$record -XX:AOTCache=$made -Xlog:aot=off -Xlog:cds=off" \
            "$image/bin/$launcher" >"$work/create.log" 2>&1 || [[ ! -s $made ]]; then
        echo "AOT cache: the image's Java could not make $launcher's; its output:" >&2
        cat "$work/create.log" >&2
        rm -f "$made"
        return 1
    fi
    mv -f "$made" "$app/$launcher.aot"
    echo "AOT cache: $(du -h "$app/$launcher.aot" | cut -f1) in $app/$launcher.aot"
}

status=0
if ! AOT_CONFIGURATION="$work/desktop.aotconf" bash "$here/../smoke-test.sh" "$image/bin/Movie Recommender" \
        || ! make_cache "Movie Recommender" "$work/desktop.aotconf"; then
    status=1
fi
record="-XX:AOTMode=record -XX:AOTConfiguration=$work/cli.aotconf -Xlog:aot=off -Xlog:cds=off"
if ! JAVA_TOOL_OPTIONS="$record" "$image/bin/movie-recommender" stats --no-snapshot --data "$demo" \
        >"$work/cli.log" 2>&1; then
    echo "AOT cache: the command line's stats on $demo failed; its output:" >&2
    cat "$work/cli.log" >&2
    status=1
elif ! make_cache movie-recommender "$work/cli.aotconf"; then
    status=1
fi
stat -c %Y "$app/movie-recommender.jar" >"$app/movie-recommender.jar.time"
exit "$status"
