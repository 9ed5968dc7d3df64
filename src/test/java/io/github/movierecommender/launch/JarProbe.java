package io.github.movierecommender.launch;

import java.lang.management.ManagementFactory;
import java.util.OptionalInt;

/** The main of {@link RelaunchJarTest}'s jar: starts as the app's Launcher does, then says how it runs. */
public final class JarProbe {

    private JarProbe() {
    }

    public static void main(String[] args) {
        OptionalInt child = Relaunch.inChildJvm(args);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }
        System.out.println("relaunched=" + System.getProperty(RestartDecision.RELAUNCHED));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            System.out.println("option " + option);
        }
        System.out.println("pid " + ProcessHandle.current().pid());
        System.out.flush();
        try {
            Thread.sleep(Long.getLong("probe.sleepMillis", 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(args.length == 0 ? 0 : 7);
    }
}
