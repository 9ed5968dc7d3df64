package io.github.movierecommender.launch;

/** The kernel's transparent huge page mode, from {@code /sys/kernel/mm/transparent_hugepage/enabled}. */
enum HugePageMode {
    /** Every process gets huge pages: the JVM needs no option. */
    ALWAYS,
    /** Huge pages on request: {@code -XX:+UseTransparentHugePages} asks for them. */
    MADVISE,
    /** None: the JVM would warn about the option. */
    NEVER,
    /** No such file, or one this does not understand. */
    UNKNOWN;

    /** The mode the file's text marks with brackets, as in {@code always [madvise] never}. */
    static HugePageMode of(String enabledFile) {
        int open = enabledFile.indexOf('[');
        int close = enabledFile.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
            return UNKNOWN;
        }
        switch (enabledFile.substring(open + 1, close)) {
            case "always":
                return ALWAYS;
            case "madvise":
                return MADVISE;
            case "never":
                return NEVER;
            default:
                return UNKNOWN;
        }
    }
}
