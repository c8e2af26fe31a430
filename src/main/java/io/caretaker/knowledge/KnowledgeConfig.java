package io.caretaker.knowledge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the knowledge base. */
@ConfigMapping(prefix = "caretaker.knowledge")
public interface KnowledgeConfig {

    /**
     * How often the review check reminds owners of stale articles and refreshes the caretaker_articles_stale
     * gauge, e.g. 1h; "off" disables it.
     */
    @WithDefault("1h")
    String reviewCheckEvery();
}
