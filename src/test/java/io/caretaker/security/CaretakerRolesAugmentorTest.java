package io.caretaker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Provider roles become Caretaker roles: mapped first, same-named ones kept, each widened downwards. */
class CaretakerRolesAugmentorTest {

    private static CaretakerRolesAugmentor with(Map<String, List<String>> mapping) {
        return new CaretakerRolesAugmentor(new SecurityConfig() {
            @Override
            public Map<String, List<String>> roleMapping() {
                return mapping;
            }

            @Override
            public int userRefreshMinutes() {
                return 10;
            }
        });
    }

    @Test
    void sameNamedRolesGrantThemselvesAndTheRolesBelow() {
        assertEquals(Set.of("viewer", "reporter", "engineer"), with(Map.of()).caretakerRoles(Set.of("engineer")));
        assertEquals(Set.of("viewer", "reporter", "engineer", "admin"), with(Map.of()).caretakerRoles(Set.of("admin", "offline_access")));
    }

    @Test
    void mappedProviderRolesGrantWhatTheMappingSays() {
        var augmentor = with(Map.of("ops-team", List.of("engineer"), "everyone", List.of("viewer")));
        assertEquals(Set.of("viewer", "reporter", "engineer"), augmentor.caretakerRoles(Set.of("ops-team")));
        assertEquals(Set.of("viewer"), augmentor.caretakerRoles(Set.of("everyone", "uma_authorization")));
    }

    @Test
    void aMappingOverridesASameNamedProviderRole() {
        // the IT department's "admin" group must not administer Caretaker
        var augmentor = with(Map.of("admin", List.of("viewer")));
        assertEquals(Set.of("viewer"), augmentor.caretakerRoles(Set.of("admin")));
    }

    @Test
    void unknownRolesGrantNothing() {
        assertEquals(Set.of(), with(Map.of("x", List.of("superuser"))).caretakerRoles(Set.of("x", "guest")));
    }
}
