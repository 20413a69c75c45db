package org.consulta.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The README's local cluster ({@code docker/cluster-local.sh}) started by a test: two instances of the
 * packaged WAR over a PostgreSQL database of its own, Payara's data grid on loopback, nginx in front,
 * on ports no other test uses, mail to the tests' SMTP server.
 */
public final class LocalCluster {

    public static final String PG = "jdbc:postgresql://127.0.0.1:5432/";

    public final int front;
    public final Path state = Path.of("target", "cluster-it");
    public final String database = "consulta_cluster_it_" + UUID.randomUUID().toString().substring(0, 8);

    /** Settings of the instances beyond the cluster's own (say, {@code CONSULTA_MT_URL}). */
    private final Map<String, String> settings;

    private LocalCluster(int front, Map<String, String> settings) {
        this.front = front;
        this.settings = settings;
    }

    /** Starts it and returns once every instance is ready (the script waits for each one's readiness). */
    public static LocalCluster up(int size) throws Exception {
        return up(size, Map.of());
    }

    /** The same, the instances given {@code settings} (environment variables) too. */
    public static LocalCluster up(int size, Map<String, String> settings) throws Exception {
        LocalCluster cluster = new LocalCluster(freeRun(size + 1), settings);
        try (Connection c = DriverManager.getConnection(PG + "test", "postgres", "unused");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + cluster.database);
        }
        cluster.deleteState();
        int exit = cluster.script("up", String.valueOf(size));
        if (exit != 0) {
            throw new AssertionError("the cluster did not start (" + exit + "):\n" + cluster.tail("instance-1.log")
                    + "\n" + cluster.tail("instance-2.log"));
        }
        TestDatabase.elsewhere = new String[]{PG + cluster.database, "postgres", "unused"};
        return cluster;
    }

    public String balancer() {
        return "http://127.0.0.1:" + front + "/";
    }

    public String instance(int i) {
        return "http://127.0.0.1:" + (front + i) + "/";
    }

    /** kill -9 of one instance's JVM. */
    public void kill(int i) throws Exception {
        long pid = Long.parseLong(Files.readString(state.resolve("instance-" + i + ".pid")).trim());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    }

    /** Starts instance i again, as an operator would after a crash; returns once it is ready. */
    public void start(int i) throws Exception {
        int exit = script("start", String.valueOf(i));
        if (exit != 0) {
            throw new AssertionError("instance " + i + " did not come back:\n" + tail("instance-" + i + ".log"));
        }
    }

    public String log(int i) throws IOException {
        return Files.readString(state.resolve("instance-" + i + ".log"));
    }

    public void down() throws Exception {
        TestDatabase.elsewhere = null;
        script("down");
        try (Connection c = DriverManager.getConnection(PG + "test", "postgres", "unused");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    private int script(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "docker/cluster-local.sh"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Files.createDirectories(state).resolve("script.log").toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("CONSULTA_"));
        env.put("CONSULTA_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource");
        env.put("CONSULTA_DB_URL", PG + database);
        env.put("CONSULTA_DB_USER", "postgres");
        env.put("CONSULTA_DB_PASSWORD", "unused");
        env.put("CONSULTA_DATA_DIR", state.resolve("data").toAbsolutePath().toString());
        env.put("CONSULTA_CLUSTER_STATE", state.toString());
        env.put("CONSULTA_CLUSTER_PORT", String.valueOf(front));
        env.put("CONSULTA_CLUSTER_GRID_BASE", String.valueOf(front - 1000));
        env.put("CONSULTA_PUBLIC_URL", "http://127.0.0.1:" + front);
        env.put("CONSULTA_SMTP_HOST", "127.0.0.1");
        env.put("CONSULTA_SMTP_PORT", "3025");
        env.putAll(settings);
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private void deleteState() throws IOException {
        if (Files.exists(state)) {
            try (var walk = Files.walk(state)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private String tail(String file) {
        try {
            List<String> lines = Files.readAllLines(state.resolve(file));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }

    /** A first port such that it and the next {@code count - 1} are free, and their grid ports 1000 lower. */
    private static int freeRun(int count) throws IOException {
        for (int first = 18380; first < 19000; first += 10) {
            if (allFree(first, count) && allFree(first - 1000, count)) {
                return first;
            }
        }
        throw new IOException("no free run of " + count + " ports");
    }

    private static boolean allFree(int first, int count) {
        for (int port = first; port < first + count; port++) {
            try (ServerSocket probe = new ServerSocket(port)) {
                probe.setReuseAddress(true);
            } catch (IOException busy) {
                return false;
            }
        }
        return true;
    }
}
