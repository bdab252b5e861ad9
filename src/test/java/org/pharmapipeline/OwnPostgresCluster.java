package org.pharmapipeline;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own: its own data directory (initdb) on a free loopback port,
 * started and stopped with pg_ctl, so a test can take the database away without touching the server
 * other tests share. The binaries are Debian's (pipeline.test.postgresql.bin, default
 * /usr/lib/postgresql/15/bin); initdb refuses to run as root, so as root the cluster runs as the
 * postgres user. Loopback connections are trusted: no one else can reach the port.
 *
 * <p>As a test resource it creates and starts a cluster before the application starts, points the
 * datasource at it, and deletes it at the end; a test finds it again through {@link #current()}.
 */
public final class OwnPostgresCluster implements QuarkusTestResourceLifecycleManager {

    static final String DIRECTORY = "pipeline.test.own-cluster.directory";
    static final String PORT = "pipeline.test.own-cluster.port";

    private Path directory;
    private int port;

    /** The resource the test run creates; see {@link #current()}. */
    public OwnPostgresCluster() {}

    private OwnPostgresCluster(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /**
     * The cluster the running application uses, named by the settings this resource gave it (the
     * resource itself may live in another class loader than the test).
     */
    public static OwnPostgresCluster current() {
        org.eclipse.microprofile.config.Config config =
                org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return new OwnPostgresCluster(
                Path.of(config.getValue(DIRECTORY, String.class)),
                config.getValue(PORT, Integer.class));
    }

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("pipeline-own-cluster-");
            port = freePort();
            if (asRoot()) {
                run(List.of("chown", "postgres:postgres", directory.toString()));
            }
            run(
                    postgres(
                            "initdb",
                            "-D",
                            data(),
                            "-U",
                            "pipeline",
                            "--auth=trust",
                            "--encoding=UTF8",
                            "--no-sync"));
            startServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "quarkus.datasource.username",
                "pipeline",
                "quarkus.datasource.password",
                "unused",
                DIRECTORY,
                directory.toString(),
                PORT,
                String.valueOf(port));
    }

    @Override
    public void stop() {
        if (directory == null) {
            return;
        }
        try {
            stopServer();
        } catch (RuntimeException e) {
            // Already stopped.
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        directory = null;
    }

    /** Starts the server and waits until it accepts connections. */
    public void startServer() {
        run(
                postgres(
                        "pg_ctl",
                        "-D",
                        data(),
                        "-l",
                        directory.resolve("server.log").toString(),
                        "-w",
                        "-t",
                        "30",
                        "-o",
                        "-p "
                                + port
                                + " -c listen_addresses=127.0.0.1 -k "
                                + directory
                                + " -c fsync=off -c max_connections=50",
                        "start"));
    }

    /** Stops the server the way an operator's fast shutdown does: sessions are cut off. */
    public void stopServer() {
        run(postgres("pg_ctl", "-D", data(), "-m", "fast", "-w", "-t", "30", "stop"));
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    private static List<String> postgres(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        String bin =
                System.getProperty("pipeline.test.postgresql.bin", "/usr/lib/postgresql/15/bin");
        command.add(Path.of(bin, program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket =
                new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
