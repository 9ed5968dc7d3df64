#!/bin/sh
# Renders movie-recommender.svg into the PNG sizes that ui.icon.AppIcons loads (the Linux
# installer uses the 256 one), and packs PNGs into movie-recommender.ico (Windows: 16-256) and
# movie-recommender.icns (macOS: 16-1024, the @2x sizes included) with PackIcons.java.
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin) and a JDK 17+. The outputs are
# committed, so the build needs neither tool.
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --output "movie-recommender-$size.png" movie-recommender.svg
done
# Sizes only the installers' icon files hold stay out of the jar.
extra=$(mktemp -d)
trap 'rm -rf "$extra"' EXIT
for size in 24 1024; do
    rsvg-convert --width "$size" --height "$size" --output "$extra/movie-recommender-$size.png" movie-recommender.svg
done
java PackIcons.java ico movie-recommender.ico movie-recommender-16.png "$extra/movie-recommender-24.png" \
    movie-recommender-32.png movie-recommender-48.png movie-recommender-64.png movie-recommender-128.png \
    movie-recommender-256.png
java PackIcons.java icns movie-recommender.icns movie-recommender-16.png movie-recommender-32.png \
    movie-recommender-64.png movie-recommender-128.png movie-recommender-256.png movie-recommender-512.png \
    "$extra/movie-recommender-1024.png"
