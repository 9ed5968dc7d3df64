package io.github.movierecommender.posters;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where TMDB keeps its images ({@code images.secure_base_url} of {@code /3/configuration}) and
 * the widths it offers posters in ({@code images.poster_sizes}, such as {@code w185} or {@code original}).
 */
public record ImageConfiguration(URI baseUrl, List<String> posterSizes) {

    private static final Pattern WIDTH = Pattern.compile("w(\\d{1,5})");
    private static final String ORIGINAL = "original";

    public ImageConfiguration {
        posterSizes = List.copyOf(posterSizes);
        if (posterSizes.isEmpty()) {
            throw new IllegalArgumentException("TMDB offers posters in no size");
        }
    }

    /**
     * The size to ask for a poster shown {@code width} pixels wide: the narrowest at least that
     * wide, else the widest offered, else the first offered.
     */
    public String sizeFor(int width) {
        String best = null;
        int bestWidth = 0;
        String widest = null;
        int widestWidth = 0;
        for (String size : posterSizes) {
            Matcher matcher = WIDTH.matcher(size);
            if (!matcher.matches()) {
                continue;
            }
            int sizeWidth = Integer.parseInt(matcher.group(1));
            if (sizeWidth >= width && (best == null || sizeWidth < bestWidth)) {
                best = size;
                bestWidth = sizeWidth;
            }
            if (sizeWidth > widestWidth) {
                widest = size;
                widestWidth = sizeWidth;
            }
        }
        if (best != null) {
            return best;
        }
        if (widest != null) {
            return widest;
        }
        return posterSizes.contains(ORIGINAL) ? ORIGINAL : posterSizes.get(0);
    }

    /** The address of the poster at {@code path} (as {@code /abc.jpg}) in {@code size}. */
    public URI posterUrl(String size, String path) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + size + path);
    }
}
