package io.caretaker.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** ReleaseService.sortKey, compared byte by byte as PostgreSQL does under the column's "C" collation. */
class ReleaseSortKeyTest {

    /** Ascending SemVer precedence: the example of semver.org section 11 and the edges of our encoding. */
    static final List<String> ASCENDING = List.of(
            "0.9.9",
            "1.0.0-0.3.7",
            "1.0.0-2",
            "1.0.0-11",          // numeric identifiers compare as numbers, and before every alphanumeric one
            "1.0.0--x",          // alphanumeric identifiers compare in ASCII: '-' before digits and letters
            "1.0.0-00000000001a", // alphanumeric, however many digits it starts with, after every numeric one
            "1.0.0-1a",
            "1.0.0-Beta",        // ASCII: upper case before lower case
            "1.0.0-alpha",
            "1.0.0-alpha.1",     // more identifiers after fewer
            "1.0.0-alpha.beta",  // alphanumeric after numeric
            "1.0.0-alpha-x",     // "alpha" < "alpha-x": the identifier that starts the other comes first
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0-rc1",
            "1.0.0",             // a release after its pre-releases
            "1.0.1",
            "1.2.0",
            "1.10.0",
            "2.0.0-rc.1",
            "2.0.0",
            "10.0.0",
            "9999999999.0.0");

    @Test
    void keysOrderLikeSemanticVersionPrecedence() {
        List<String> shuffled = new ArrayList<>(ASCENDING);
        Collections.shuffle(shuffled, new Random(42));
        shuffled.sort(Comparator.comparing(ReleaseService::sortKey, ReleaseSortKeyTest::compareBytes));
        assertEquals(ASCENDING, shuffled);
        for (int i = 1; i < ASCENDING.size(); i++) {
            String lower = ReleaseService.sortKey(ASCENDING.get(i - 1));
            String higher = ReleaseService.sortKey(ASCENDING.get(i));
            assertTrue(compareBytes(lower, higher) < 0, lower + " should sort before " + higher);
        }
    }

    @Test
    void keyPadsNumbersAndMarksReleasesAfterPreReleases() {
        assertEquals("0000000001.0000000004.0000000000~", ReleaseService.sortKey("1.4.0"));
        assertEquals("0000000002.0000000000.0000000000-rc 0000000001", ReleaseService.sortKey("2.0.0-rc.1"));
    }

    @Test
    void buildMetadataDoesNotCount() {
        assertEquals(ReleaseService.sortKey("1.0.0"), ReleaseService.sortKey("1.0.0+20130313144700"));
        assertEquals(ReleaseService.sortKey("1.0.0-beta"), ReleaseService.sortKey("1.0.0-beta+exp.sha.5114f85"));
    }

    @Test
    void nonSemanticVersionsAreRefused() {
        for (String invalid : List.of("", "1", "1.0", "v1.0.0", "01.0.0", "1.0.0-01", "1.0.0-", "1.0.0-rc..1",
                "1.0.0+", "1.0.0-rc_1", " 1.0.0", "1.0.0.0", "12345678901.0.0", "1.0.0-12345678901")) {
            assertThrows(IllegalArgumentException.class, () -> ReleaseService.sortKey(invalid), invalid);
        }
    }

    @Test
    void tooLongAPreReleaseToOrderIsRefused() {
        String version = "1.0.0-" + String.join(".", Collections.nCopies(40, "1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReleaseService.sortKey(version));
        assertTrue(e.getMessage().contains("too long"), e.getMessage());
    }

    /** Unsigned byte order of the UTF-8 text, which is what collation "C" compares. */
    private static int compareBytes(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
