package org.baogao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went during a phase, from Linux's {@code /proc}: the CPU time of each pipeline process
 * (with its child processes: Elasticsearch's launcher starts the server as a child), of the benchmark itself, and
 * of the whole machine, so a figure comes with how much of the two cores the pipeline had and how much others
 * (other engineers' builds, here) took. On a machine without {@code /proc} every figure is empty.
 */
public final class CpuAccounting {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux
    private final Map<String, Long> roots;

    /** @param roots process name → pid */
    public CpuAccounting(Map<String, Long> roots) {
        this.roots = new LinkedHashMap<>(roots);
        this.roots.put("benchmark", ProcessHandle.current().pid());
    }

    /** CPU seconds per process tree and for the machine, at one moment. */
    public record Snapshot(long nanoTime, Map<String, Double> processSeconds, double machineBusySeconds, int cores) {
    }

    /** CPU used between two snapshots. */
    public record Usage(double wallSeconds, int cores, Map<String, Double> processSeconds, double machineBusySeconds) {
        /** Busy CPU not accounted to the named processes (other users of the machine). */
        public double othersSeconds() {
            return Math.max(0, machineBusySeconds - processSeconds.values().stream().mapToDouble(Double::doubleValue).sum());
        }

        public String describe() {
            StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT,
                    "%.0f s × %d cores = %.0f core-s; busy %.0f core-s:", wallSeconds, cores, wallSeconds * cores, machineBusySeconds));
            processSeconds.forEach((name, seconds) -> s.append(String.format(java.util.Locale.ROOT, " %s %.0f,", name, seconds)));
            s.append(String.format(java.util.Locale.ROOT, " others %.0f", othersSeconds()));
            return s.toString();
        }
    }

    public Snapshot snapshot() {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                String stat;
                try {
                    stat = Files.readString(p.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                // pid (comm) state ppid ... utime(14) stime(15) cutime(16) cstime(17): comm may hold spaces, so
                // split after the last ')'; cutime/cstime hold the time of children that ended (offline extraction)
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long pid = Long.parseLong(p.getFileName().toString());
                parents.put(pid, Long.parseLong(f[1]));
                ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]));
            }
        } catch (IOException | RuntimeException noProc) {
            return new Snapshot(System.nanoTime(), Map.of(), 0, Runtime.getRuntime().availableProcessors());
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        roots.forEach((name, root) -> {
            long sum = 0;
            for (var e : ticks.entrySet()) {
                if (descends(e.getKey(), root, parents)) {
                    sum += e.getValue();
                }
            }
            seconds.put(name, sum / TICKS_PER_SECOND);
        });
        return new Snapshot(System.nanoTime(), seconds, machineBusy(), Runtime.getRuntime().availableProcessors());
    }

    public static Usage between(Snapshot from, Snapshot to) {
        Map<String, Double> used = new LinkedHashMap<>();
        to.processSeconds().forEach((name, s) -> used.put(name, s - from.processSeconds().getOrDefault(name, s)));
        return new Usage((to.nanoTime() - from.nanoTime()) / 1e9, to.cores(), used, to.machineBusySeconds() - from.machineBusySeconds());
    }

    private static boolean descends(long pid, long root, Map<Long, Long> parents) {
        for (int depth = 0; depth < 20 && pid > 1; depth++) {
            if (pid == root) {
                return true;
            }
            Long parent = parents.get(pid);
            if (parent == null) {
                return false;
            }
            pid = parent;
        }
        return pid == root;
    }

    /** user + nice + system + irq + softirq + steal of the machine, in seconds. */
    private static double machineBusy() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = cpu.trim().split("\\s+");
            long busy = 0;
            List<Integer> busyColumns = new ArrayList<>(List.of(1, 2, 3, 6, 7, 8));
            for (int column : busyColumns) {
                busy += Long.parseLong(f[column]);
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
