package io.github.movierecommender.appdata;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lets the desktop app give back the heap it no longer uses. A JVM left to itself keeps up to 70 %
 * of its heap free after a collection and shrinks it only after a full or concurrent collection,
 * which an idle window never starts: on the 32M set the heap that opening a dataset or a training
 * grew to (2.5 GB, with 0.75 GB in use) stayed resident. With these settings (HotSpot's
 * "manageable" options, changed while it runs) the heap keeps at most 30 % free, and after 15 s
 * without a collection a concurrent one runs, whose end returns the rest to the system. While a
 * dataset opens, {@link #keepWhileOpening()} stops the heap from shrinking at all and lets it grow
 * ahead of the load, until {@link #enable()} again: an idle window's heap, returned down to a few
 * tens of megabytes, grew back under the load with at most a third of it free, and every large
 * array then allocated found it full enough to start another concurrent collection (6 to 8 cycles
 * opening the 32M set from the menu, where the command line's load has 3). An option given on the
 * command line is left as given; a JVM without them is left alone. Call these from one thread, or
 * in the order meant.
 */
public final class HeapReturn {

    /** Each option and its value, in an order whose every step the JVM accepts (the minimum never above the maximum). */
    static final List<Map.Entry<String, String>> SETTINGS = List.of(
            Map.entry("MinHeapFreeRatio", "10"),
            Map.entry("MaxHeapFreeRatio", "30"),
            Map.entry("G1PeriodicGCInterval", "15000"));

    /**
     * While a dataset opens: however much of the heap is free, none of it is given back, and each
     * concurrent collection grows it to keep 70 % free, so that the arrays still to come fit without
     * starting the next; in an order the JVM accepts from the settings above too.
     */
    static final List<Map.Entry<String, String>> KEEPING = List.of(
            Map.entry("MaxHeapFreeRatio", "100"),
            Map.entry("MinHeapFreeRatio", "70"));

    private HeapReturn() {
    }

    /**
     * Keeps the heap from shrinking, and grows it ahead of what is allocated ({@link #KEEPING}),
     * until {@link #enable()}.
     */
    public static synchronized void keepWhileOpening() {
        apply(KEEPING);
    }

    /**
     * Applies {@link #SETTINGS} to this JVM when it has every one of them, changeable and not given on
     * the command line: someone who sized the heap themselves keeps their settings.
     */
    public static synchronized void enable() {
        apply(SETTINGS);
    }

    private static void apply(List<Map.Entry<String, String>> settings) {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (vm == null || !applies(name -> option(vm, name))) {
            return;
        }
        try {
            settings.forEach(setting -> vm.setVMOption(setting.getKey(), setting.getValue()));
        } catch (IllegalArgumentException | SecurityException e) {
            // The JVM refused one: those set before it keep their new values and the rest their old ones,
            // a mix it accepted, which keeps or returns less of the heap.
        }
    }

    /**
     * Whether every option of {@link #SETTINGS} is there ({@code current} finds it), changeable and
     * at its default, or as this class set it while the JVM runs.
     */
    static boolean applies(Function<String, VMOption> current) {
        return SETTINGS.stream().map(setting -> current.apply(setting.getKey())).allMatch(option -> option != null
                && option.isWriteable() && (option.getOrigin() == VMOption.Origin.DEFAULT
                || option.getOrigin() == VMOption.Origin.MANAGEMENT));
    }

    private static VMOption option(HotSpotDiagnosticMXBean vm, String name) {
        try {
            return vm.getVMOption(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
