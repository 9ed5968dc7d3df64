package io.github.movierecommender.search;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Movie;
import io.github.movierecommender.data.MovieCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds movies of a dataset by title, fast enough for every keystroke. Case, accents, word order,
 * punctuation and where the article stands do not matter: every word of the query must begin a
 * word of the title (the year counts as a word). Best first: a query that is the whole title,
 * then titles with more query words matched whole, then more ratings, then the smaller movie id.
 * Placeholder movies (rated, missing from the catalogue) have no title and are never found.
 *
 * <p>Building reads the whole catalogue (a few hundred milliseconds for ml-32m): do it once, off
 * the UI thread. The index is immutable; {@link #search} may be called from any thread.
 */
public final class MovieSearch {

    private static final int INDEX_BITS = 25;
    private static final int RATING_COUNT_BITS = 31;
    private static final int WHOLE_WORD_BITS = 6;
    private static final int INDEX_MASK = (1 << INDEX_BITS) - 1;
    private static final int[] NONE = {};
    private static final long EXACT = 1L << (INDEX_BITS + RATING_COUNT_BITS + WHOLE_WORD_BITS);

    private final MovieCatalog movies;
    private final int searchable;
    private final int[] ratingCounts;
    /** Every title word, sorted, so that the words a prefix begins are one run. */
    private final String[] words;
    /** For each word of {@link #words}, the ascending indexes of the movies whose title holds it. */
    private final int[][] moviesWithWord;
    /** The sorted words of whole titles ("matrix the", "1999 matrix the", "1999 matrix") to their movies. */
    private final Map<String, int[]> wholeTitles;

    private MovieSearch(MovieCatalog movies, int searchable, int[] ratingCounts, String[] words,
                        int[][] moviesWithWord, Map<String, int[]> wholeTitles) {
        this.movies = movies;
        this.searchable = searchable;
        this.ratingCounts = ratingCounts;
        this.words = words;
        this.moviesWithWord = moviesWithWord;
        this.wholeTitles = wholeTitles;
    }

    public static MovieSearch of(Dataset dataset) {
        MovieCatalog movies = dataset.movies();
        if (movies.size() >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("a catalogue of " + movies.size() + " movies is too large to index");
        }
        int[] ratingCounts = new int[movies.size()];
        Map<String, IntList> postings = new HashMap<>();
        Map<String, IntList> titles = new HashMap<>();
        int searchable = 0;
        for (int m = 0; m < movies.size(); m++) {
            Movie movie = movies.at(m);
            if (movie.placeholder()) {
                continue;
            }
            searchable++;
            ratingCounts[m] = dataset.ratings().movieRatingCount(m);
            List<String> listedWords = TitleText.words(movie.title());
            for (String word : TitleText.indexWords(movie.title(), listedWords)) {
                postings.computeIfAbsent(word, w -> new IntList()).add(m);
            }
            for (String title : wholeTitleForms(movie, listedWords)) {
                titles.computeIfAbsent(title, t -> new IntList()).add(m);
            }
        }
        String[] words = postings.keySet().toArray(String[]::new);
        Arrays.sort(words);
        int[][] moviesWithWord = Arrays.stream(words).map(word -> postings.get(word).toArray()).toArray(int[][]::new);
        Map<String, int[]> wholeTitles = new HashMap<>();
        titles.forEach((title, list) -> wholeTitles.put(title, list.toArray()));
        return new MovieSearch(movies, searchable, ratingCounts, words, moviesWithWord, wholeTitles);
    }

    /**
     * The sorted words of the title as listed, as displayed, and displayed without its alternative
     * titles, each with and without the year; the main title also without the article moved to its front.
     */
    private static Set<String> wholeTitleForms(Movie movie, List<String> listedWords) {
        String display = movie.displayTitle();
        int alternatives = display.indexOf(" (");
        List<String> displayWords = TitleText.words(display);
        List<String> mainWords = alternatives > 0 ? TitleText.words(display.substring(0, alternatives)) : displayWords;
        boolean articleMoved = mainWords.size() > 1 && !listedWords.isEmpty()
                && !listedWords.get(0).equals(mainWords.get(0));
        Set<String> forms = new HashSet<>();
        forms.add(TitleText.sortedWords(listedWords));
        for (List<String> title : List.of(displayWords, mainWords,
                articleMoved ? mainWords.subList(1, mainWords.size()) : mainWords)) {
            forms.add(TitleText.sortedWords(title));
            if (movie.hasYear()) {
                List<String> withYear = new ArrayList<>(title);
                withYear.add(String.valueOf(movie.year()));
                forms.add(TitleText.sortedWords(withYear));
            }
        }
        return forms;
    }

    /** Number of movies that can be found: the catalogue without its placeholders. */
    public int size() {
        return searchable;
    }

    /** The best {@code limit} movies for the query, best first; none for a query without letters or digits. */
    public List<MovieMatch> search(String query, int limit) {
        List<String> queryWords = TitleText.queryWords(query);
        if (queryWords.isEmpty() || limit <= 0) {
            return List.of();
        }
        int[] matchedWords = new int[movies.size()];
        IntList found = new IntList();
        for (int q = 0; q < queryWords.size(); q++) {
            String prefix = queryWords.get(q);
            boolean last = q == queryWords.size() - 1;
            for (int w = firstWordAtOrAfter(prefix); w < words.length && words[w].startsWith(prefix); w++) {
                for (int m : moviesWithWord[w]) {
                    if (matchedWords[m] == q) {
                        matchedWords[m] = q + 1;
                        if (last) {
                            found.add(m);
                        }
                    }
                }
            }
        }
        return found.size() == 0 ? List.of()
                : best(found, queryWords, TitleText.sortedWords(TitleText.words(query)), Math.min(limit, found.size()));
    }

    private List<MovieMatch> best(IntList found, List<String> queryWords, String wholeQuery, int limit) {
        int[] wholeWords = new int[movies.size()];
        for (String word : queryWords) {
            int w = Arrays.binarySearch(words, word);
            if (w >= 0) {
                for (int m : moviesWithWord[w]) {
                    wholeWords[m]++;
                }
            }
        }
        int[] exact = wholeTitles.getOrDefault(wholeQuery, NONE);
        TopKeys top = new TopKeys(limit);
        for (int i = 0; i < found.size(); i++) {
            int m = found.get(i);
            top.offer(rankKey(m, Arrays.binarySearch(exact, m) >= 0, wholeWords[m]));
        }
        List<MovieMatch> best = new ArrayList<>(limit);
        for (long key : top.descending()) {
            int m = INDEX_MASK - (int) (key & INDEX_MASK);
            best.add(new MovieMatch(m, movies.at(m), ratingCounts[m]));
        }
        return best;
    }

    /** A number that is larger for a better match; the smaller index wins ties, as the catalogue is in id order. */
    private long rankKey(int m, boolean exact, int wholeWords) {
        long key = exact ? EXACT : 0;
        key |= (long) Math.min(wholeWords, (1 << WHOLE_WORD_BITS) - 1) << (INDEX_BITS + RATING_COUNT_BITS);
        key |= (long) ratingCounts[m] << INDEX_BITS;
        return key | (INDEX_MASK - m);
    }

    private int firstWordAtOrAfter(String prefix) {
        int found = Arrays.binarySearch(words, prefix);
        return found >= 0 ? found : -found - 1;
    }
}
