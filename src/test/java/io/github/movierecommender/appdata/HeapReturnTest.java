package io.github.movierecommender.appdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import com.sun.management.VMOption.Origin;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeapReturnTest {

    private static final Map<String, VMOption> DEFAULTS = Map.of(
            "MinHeapFreeRatio", new VMOption("MinHeapFreeRatio", "40", true, Origin.DEFAULT),
            "MaxHeapFreeRatio", new VMOption("MaxHeapFreeRatio", "70", true, Origin.DEFAULT),
            "G1PeriodicGCInterval", new VMOption("G1PeriodicGCInterval", "0", true, Origin.DEFAULT));

    @Test
    void aJvmLeftAtItsDefaultsKeepsItsHeapWhileEachDatasetOpensAndOtherwiseKeepsAtMostThirtyPercentFree() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assumeTrue(HeapReturn.applies(vm::getVMOption), "this test's JVM was given heap options of its own");

        HeapReturn.keepWhileOpening();
        assertThat(List.of(value(vm, "MinHeapFreeRatio"), value(vm, "MaxHeapFreeRatio"))).containsExactly("70", "100");
        HeapReturn.enable();
        assertThat(List.of(value(vm, "MinHeapFreeRatio"), value(vm, "MaxHeapFreeRatio"),
                value(vm, "G1PeriodicGCInterval"))).containsExactly("10", "30", "15000");

        HeapReturn.keepWhileOpening();
        assertThat(List.of(value(vm, "MinHeapFreeRatio"), value(vm, "MaxHeapFreeRatio")))
                .as("the next opening keeps it again").containsExactly("70", "100");
        HeapReturn.enable();
        assertThat(List.of(value(vm, "MinHeapFreeRatio"), value(vm, "MaxHeapFreeRatio"))).containsExactly("10", "30");
    }

    private static String value(HotSpotDiagnosticMXBean vm, String option) {
        return vm.getVMOption(option).getValue();
    }

    @Test
    void anOptionSetWhileTheJvmRunsStillLetsTheHeapBeReturned() {
        assertThat(HeapReturn.applies(name -> name.equals("MaxHeapFreeRatio")
                ? new VMOption(name, "100", true, Origin.MANAGEMENT) : DEFAULTS.get(name))).isTrue();
    }

    @Test
    void anOptionGivenOnTheCommandLineLeavesEveryOneAsTheJvmHasIt() {
        assertThat(HeapReturn.applies(name -> name.equals("MaxHeapFreeRatio")
                ? new VMOption(name, "50", true, Origin.VM_CREATION) : DEFAULTS.get(name))).isFalse();
    }

    @Test
    void aJvmWithoutOneOfTheOptionsIsLeftAlone() {
        assertThat(HeapReturn.applies(name -> name.equals("G1PeriodicGCInterval") ? null : DEFAULTS.get(name)))
                .isFalse();
        assertThat(HeapReturn.applies(name -> name.equals("MinHeapFreeRatio")
                ? new VMOption(name, "40", false, Origin.DEFAULT) : DEFAULTS.get(name))).isFalse();
    }
}
