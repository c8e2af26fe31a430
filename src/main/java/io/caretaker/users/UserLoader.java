package io.caretaker.users;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The users of one request, loaded in batches and kept: a page of bugs resolves its reporters and
 * assignees with one statement between them, whichever field the engine resolves first.
 */
@RequestScoped
public class UserLoader {

    @Inject
    UserService users;

    private final Map<Long, User> loaded = new HashMap<>();

    /**
     * The users with these ids (and any loaded before in this request). Synchronized: the engine may run
     * the batches of one request on several worker threads at once.
     */
    public synchronized Map<Long, User> load(Collection<Long> ids) {
        Set<Long> missing = new HashSet<>();
        for (Long id : ids) {
            if (id != null && !loaded.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            loaded.putAll(users.byIds(missing));
        }
        return Map.copyOf(loaded);
    }
}
