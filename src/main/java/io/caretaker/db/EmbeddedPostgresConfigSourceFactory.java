package io.caretaker.db;

import java.util.List;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.graalvm.nativeimage.ImageInfo;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Offers a datasource URL of an embedded PostgreSQL when dev mode or a test run has none configured.
 *
 * <p>One mechanism serves both {@code quarkus:dev} and {@code @QuarkusTest}: the factory is consulted
 * while the configuration is built, sees env vars, system properties and profiles, and steps aside
 * as soon as anyone configured {@code quarkus.datasource.jdbc.url}. It checks the launch mode rather
 * than the profile name because a {@code @TestProfile} may rename the profile. Production never
 * reaches the embedded server: its binaries are not even packaged.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    static final String DATA_DIR_KEY = "caretaker.embedded-postgres.data-dir";
    static final String DATABASE_KEY = "caretaker.embedded-postgres.database";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        LaunchMode mode = LaunchMode.current();
        if (mode != LaunchMode.DEVELOPMENT && mode != LaunchMode.TEST) {
            return List.of();
        }
        // Folded to true while the native image is built: the embedded server (whose library is not packaged)
        // becomes unreachable code and is left out. Checked after the launch mode because the class
        // ImageInfo is not packaged either: production on the JVM returns above without loading it.
        if (ImageInfo.inImageCode()) {
            return List.of();
        }
        if (isSet(context.getValue(URL_KEY))) {
            return List.of();
        }
        ConfigValue dataDir = context.getValue(DATA_DIR_KEY);
        ConfigValue database = context.getValue(DATABASE_KEY);
        boolean persistent = mode == LaunchMode.DEVELOPMENT;
        return List.of(new EmbeddedPostgresConfigSource(persistent, isSet(dataDir) ? dataDir.getValue() : null,
                isSet(database) ? database.getValue() : null));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(EmbeddedPostgresConfigSource.ORDINAL);
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
