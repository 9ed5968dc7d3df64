#!/bin/sh
# Renders movie-recommender.svg into the PNG sizes that ui.icon.AppIcons loads.
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin). The PNGs are committed, so the build needs no tool.
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --output "movie-recommender-$size.png" movie-recommender.svg
done
