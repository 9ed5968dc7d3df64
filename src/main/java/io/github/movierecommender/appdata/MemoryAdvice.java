package io.github.movierecommender.appdata;

/**
 * What to tell someone whose work ran out of Java heap: the limit this JVM had, a larger one to
 * ask for, and whether the JVM was started by the installed app's launcher (which takes JVM
 * options from the {@code JAVA_TOOL_OPTIONS} environment variable) rather than by {@code java -jar}.
 */
public record MemoryAdvice(long heapLimitMegabytes, boolean installedLauncher) {

    private static final int MIN_SUGGESTED_GIGABYTES = 2;
    private static final int MAX_CAUSES = 20;

    public static MemoryAdvice ofThisJvm() {
        return new MemoryAdvice(Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("jpackage.app-path") != null);
    }

    /** Whether {@code error} is, or was caused by, running out of memory. */
    public static boolean isOutOfMemory(Throwable error) {
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The heap option to try next: twice the current limit in whole gigabytes, at least 2 GB, such as "-Xmx2g". */
    public String largerHeapOption() {
        long gigabytes = Math.max(MIN_SUGGESTED_GIGABYTES, (heapLimitMegabytes * 2 + 1023) / 1024);
        return "-Xmx" + gigabytes + "g";
    }
}
