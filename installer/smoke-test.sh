#!/usr/bin/env bash
# Starts the app image's launcher under a virtual display (Xvfb), waits for the main window
# "Movie Recommender", prints the milliseconds from launch to that window, and stops the app.
# It runs with a throwaway home, data folder and Java preferences, so it never touches the
# settings or data of the person running it.
#
#   installer/smoke-test.sh "target/installer/image/Movie Recommender/bin/Movie Recommender"
#
# Needs Xvfb, xdotool and GTK 3 (Debian: xvfb xdotool libgtk-3-0 libxtst6); run as root it installs
# whichever are missing with apt-get. `./mvnw verify` runs it on Linux; -Dsmoke.skip=true skips it.
# SMOKE_TIMEOUT (seconds, default 60) bounds the wait for the window.
set -euo pipefail

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
xvfb_pid=
app_pid=
stop() {
    if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$app_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$app_pid" 2>/dev/null || true
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
start_ns=$(date +%s%N)
# user.home moves Java's preferences (~/.java/.userPrefs) and JavaFX's native cache; HOME and
# XDG_* move GTK's files and the app's data folder.
HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" LANG=C.UTF-8 \
    JAVA_TOOL_OPTIONS="-Duser.home=$home -Djava.util.prefs.userRoot=$home/.java/.userPrefs" \
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
