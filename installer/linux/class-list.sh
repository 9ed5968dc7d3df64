#!/usr/bin/env bash
# Writes the classes the Linux app image loads as it starts into one class list: the desktop app up
# to two seconds after its first window (under a virtual display, by installer/smoke-test.sh) and the
# command line's stats on the demo dataset. The .deb's postinst script makes the class data archive
# of the installed app from it (installer/linux/resources/postinst).
#
#   installer/linux/class-list.sh IMAGE_DIR DEMO_DATA_DIR OUTPUT
#
# Needs what the smoke test needs (Xvfb, xdotool, GTK 3).
set -euo pipefail

image=${1:?usage: class-list.sh IMAGE_DIR DEMO_DATA_DIR OUTPUT}
demo=${2:?usage: class-list.sh IMAGE_DIR DEMO_DATA_DIR OUTPUT}
output=${3:?usage: class-list.sh IMAGE_DIR DEMO_DATA_DIR OUTPUT}
here=$(cd "$(dirname "$0")" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

CLASS_LIST="$work/desktop.classlist" bash "$here/../smoke-test.sh" "$image/bin/Movie Recommender"
if ! JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/cli.classlist" \
        "$image/bin/movie-recommender" stats --no-snapshot --data "$demo" >"$work/cli.log" 2>&1; then
    echo "class list: the command line's stats on $demo failed; its output:" >&2
    cat "$work/cli.log" >&2
    exit 1
fi
# Both runs load many classes alike; each is listed once, in the order first loaded.
awk '!seen[$0]++' "$work/desktop.classlist" "$work/cli.classlist" >"$output"
echo "class list: $(grep -cv '^[#@]' "$output") classes the app loads as it starts, in $output"
