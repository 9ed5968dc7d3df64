#!/usr/bin/env bash
# Prints the home of the newest JDK 25 or later in /usr/lib/jvm (or the folder given) that has jlink and
# jpackage, or nothing: installer/build.xml makes the Linux app image with it, for its ahead-of-time cache
# (installer/linux/aot-cache.sh).
#
#   installer/linux/newest-jdk.sh [FOLDER]
set -uo pipefail

folder=${1:-/usr/lib/jvm}

best_feature=0
best_home=
for home in "$folder"/*/; do
    home=${home%/}
    [[ -x $home/bin/jlink && -x $home/bin/jpackage && -f $home/release ]] || continue
    feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
    if [[ $feature =~ ^[0-9]+$ ]] && ((feature >= 25 && feature > best_feature)); then
        best_feature=$feature
        best_home=$home
    fi
done
printf '%s' "$best_home"
