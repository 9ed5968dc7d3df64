#!/bin/bash
# The Linux app image's launchers, bin/Movie Recommender and bin/movie-recommender (installer/build.xml
# puts this script in place of both of jpackage's): each starts the image's own Java with what jpackage
# wrote for it in lib/app/<launcher's name>.cfg (the class path, the main class and the JVM options) and
# the arguments it was given, as jpackage's launcher does. jpackage's launcher first asks rpm, then dpkg,
# which package it belongs to, twice, before Java starts: 0.3-1 s on every start of the app or a command.
# Where the image has an ahead-of-time cache for the launcher (lib/app/<launcher's name>.aot,
# installer/linux/aot-cache.sh), Java starts with it, unless the options in the environment choose class
# data sharing themselves, with which Java would refuse to start.
set -euo pipefail

launcher=$(readlink -f -- "$0")
bin=${launcher%/*}
root=${bin%/*}
app=$root/lib/app
classpath=
mainclass=
options=()
while IFS= read -r line || [[ -n $line ]]; do
    line=${line//\$APPDIR/"$app"}
    line=${line//\$BINDIR/"$bin"}
    line=${line//\$ROOTDIR/"$root"}
    case $line in
        app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
        app.mainclass=*) mainclass=${line#app.mainclass=} ;;
        java-options=*) options+=("${line#java-options=}") ;;
    esac
done <"$app/${launcher##*/}.cfg"

cache=$app/${launcher##*/}.aot
user_options=" ${JDK_JAVA_OPTIONS:-} ${JAVA_TOOL_OPTIONS:-} ${_JAVA_OPTIONS:-}"
# Options about class data sharing, or read from a file (which could hold such options).
sharing='[[:space:]](@|-Xshare|-XX:[^[:space:]]*(AOT|SharedArchiveFile|ArchiveClassesAtExit|SharedClassListFile|DumpLoadedClassList|AutoCreateSharedArchive|Flags=|VMOptionsFile))'
if [[ -f $cache && ! $user_options =~ $sharing ]]; then
    options+=("-XX:AOTCache=$cache" -Xlog:aot=off -Xlog:cds=off)
fi

exec "$root/lib/runtime/bin/java" "${options[@]}" "-Djpackage.app-path=$launcher" -cp "$classpath" "$mainclass" "$@"
