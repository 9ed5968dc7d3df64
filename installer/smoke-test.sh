#!/usr/bin/env bash
# Starts the app image's launcher under a virtual display (Xvfb), waits for the main window
# "Movie Recommender", prints the milliseconds from launch to that window, and stops the app.
# When openbox is installed it runs as the window manager, and the window must then open at a
# usable size (at least MIN_WIDTH × MIN_HEIGHT): JavaFX 21 under a window manager maps a new
# window at 200 × 200 (JDK-8316423), which the app works around; without openbox that check is skipped.
# It runs with a throwaway home, data folder and Java preferences, so it never touches the
# settings or data of the person running it.
#
#   installer/smoke-test.sh "target/installer/image/Movie Recommender/bin/Movie Recommender"
#
# Needs Xvfb, xdotool and GTK 3 (Debian: xvfb xdotool libgtk-3-0 libxtst6); run as root it installs
# whichever are missing with apt-get. `./mvnw verify` runs it on Linux; -Dsmoke.skip=true skips it.
# SMOKE_TIMEOUT (seconds, default 60) bounds the wait for the window. With CLASS_LIST set to a
# file, the app writes there the classes it loads up to two seconds after its window showed
# (-XX:DumpLoadedClassList), for the class data archive installer/linux/class-list.sh prepares. With
# AOT_CONFIGURATION set to a file, a Java 25 or later app records there what it did up to
# TRAINING_SECONDS (default 8) after its window showed, for installer/linux/aot-cache.sh.
set -euo pipefail

min_width=1000
min_height=650

launcher=${1:?usage: smoke-test.sh LAUNCHER}
timeout_s=${SMOKE_TIMEOUT:-60}
title='Movie Recommender'

if [[ ! -x $launcher ]]; then
    echo "smoke test: no launcher at $launcher" >&2
    exit 1
fi

missing_packages() {
    local libraries
    libraries=$(PATH="$PATH:/sbin:/usr/sbin" ldconfig -p)
    command -v Xvfb >/dev/null || echo xvfb
    command -v xdotool >/dev/null || echo xdotool
    grep -q 'libgtk-3\.so\.0 ' <<<"$libraries" || echo libgtk-3-0
    grep -q 'libXtst\.so\.6 ' <<<"$libraries" || echo libxtst6
}

read -r -a missing <<<"$(missing_packages | tr '\n' ' ')"
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "smoke test: installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "smoke test: missing ${missing[*]}; install them (Debian/Ubuntu: sudo apt-get install ${missing[*]})" >&2
        echo "or skip the smoke test with ./mvnw verify -Dsmoke.skip=true" >&2
        exit 1
    fi
fi

work=$(mktemp -d)
# Tenths of a second the app has to end once told to; a recording JVM writes its record (40 MB) as it exits.
stop_tries=50
if [[ -n ${AOT_CONFIGURATION:-} ]]; then
    stop_tries=600
fi
xvfb_pid=
wm_pid=
app_pid=
stop() {
    if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        for _ in $(seq "$stop_tries"); do
            kill -0 "$app_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$app_pid" 2>/dev/null || true
    fi
    if [[ -n $wm_pid ]]; then
        kill "$wm_pid" 2>/dev/null || true
        wait "$wm_pid" 2>/dev/null || true
    fi
    if [[ -n $xvfb_pid ]]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM

# Xvfb picks a free display itself and writes its number to the file descriptor.
mkfifo "$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
if ! read -r -t 20 display <"$work/display"; then
    echo "smoke test: Xvfb did not start:" >&2
    cat "$work/xvfb.log" >&2
    exit 1
fi
export DISPLAY=":$display"

home="$work/home"
mkdir -p "$home"
if command -v openbox >/dev/null; then
    HOME="$home" XDG_CONFIG_HOME="$home/.config" openbox --sm-disable >"$work/openbox.log" 2>&1 &
    wm_pid=$!
fi
java_options="-Duser.home=$home -Djava.util.prefs.userRoot=$home/.java/.userPrefs"
if [[ -n ${CLASS_LIST:-} ]]; then
    java_options+=" -XX:DumpLoadedClassList=$CLASS_LIST"
fi
if [[ -n ${AOT_CONFIGURATION:-} ]]; then
    java_options+=" -XX:AOTMode=record -XX:AOTConfiguration=$AOT_CONFIGURATION -Xlog:aot=off -Xlog:cds=off"
fi
start_ns=$(date +%s%N)
# user.home moves Java's preferences (~/.java/.userPrefs) and JavaFX's native cache; HOME and
# XDG_* move GTK's files and the app's data folder.
HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" LANG=C.UTF-8 \
    JAVA_TOOL_OPTIONS="$java_options" \
    "$launcher" >"$work/app.log" 2>&1 &
app_pid=$!

deadline_ns=$((start_ns + timeout_s * 1000000000))
while ! xdotool search --onlyvisible --name "^$title\$" >/dev/null 2>&1; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
        wait "$app_pid" && status=0 || status=$?
        echo "smoke test: the app stopped (exit code $status) before its window appeared; its output:" >&2
        cat "$work/app.log" >&2
        exit 1
    fi
    if (($(date +%s%N) > deadline_ns)); then
        echo "smoke test: no window titled \"$title\" within ${timeout_s}s; the app's output:" >&2
        cat "$work/app.log" >&2
        exit 1
    fi
    sleep 0.05
done
elapsed_ms=$((($(date +%s%N) - start_ns) / 1000000))
echo "smoke test: window \"$title\" appeared ${elapsed_ms} ms after launch"
if [[ -n ${CLASS_LIST:-} ]]; then
    # What the app loads right after its window showed (the results view) belongs to its start too.
    sleep 2
fi
if [[ -n ${AOT_CONFIGURATION:-} ]]; then
    # The results view and the loader's warm-up, which run once the window showed, are recorded too.
    sleep "${TRAINING_SECONDS:-8}"
fi

if [[ -z $wm_pid ]]; then
    echo "smoke test: openbox is not installed, so the window size under a window manager was not checked"
    exit 0
fi
# The app asks again for its size once the window manager has mapped the window; give it a moment.
window=$(xdotool search --onlyvisible --name "^$title\$" | head -n 1)
size_deadline_ns=$(($(date +%s%N) + 15 * 1000000000))
while :; do
    eval "$(xdotool getwindowgeometry --shell "$window")"
    if ((WIDTH >= min_width && HEIGHT >= min_height)); then
        echo "smoke test: under openbox the window opened at ${WIDTH} × ${HEIGHT}"
        break
    fi
    if (($(date +%s%N) > size_deadline_ns)); then
        echo "smoke test: under openbox the window is ${WIDTH} × ${HEIGHT}, smaller than ${min_width} × ${min_height}" >&2
        exit 1
    fi
    sleep 0.2
done
