package io.caretaker.releases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.caretaker.bugs.BugQueries.ChangelogEntry;

/**
 * The changelog of a release, in Markdown: the features shipped in it ("New", by title) and the bugs
 * fixed in it ("Fixed", grouped by component, most severe first). Confidential bugs are never listed,
 * because changelogs get copied into public release notes; those who may see them get a count.
 */
final class Changelog {

    static final String OTHER = "Other";

    private Changelog() {
    }

    static String of(Release release, List<String> features, List<ChangelogEntry> bugs, boolean showsConfidentialCount) {
        StringBuilder md = new StringBuilder("## ").append(release.version());
        if (release.name() != null && !release.name().isBlank()) {
            md.append(" — ").append(release.name());
        }
        md.append(" (").append(release.releaseDate()).append(")\n");
        List<ChangelogEntry> listed = bugs.stream().filter(b -> !b.confidential()).toList();
        long confidential = bugs.size() - listed.size();
        if (!features.isEmpty()) {
            md.append("\n### New\n");
            features.forEach(title -> md.append("- ").append(title).append('\n'));
        }
        if (!listed.isEmpty()) {
            md.append("\n### Fixed\n");
            Map<String, List<ChangelogEntry>> byComponent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            List<ChangelogEntry> others = new ArrayList<>();
            for (ChangelogEntry bug : listed) {
                if (bug.component() == null) {
                    others.add(bug);
                } else {
                    byComponent.computeIfAbsent(bug.component(), c -> new ArrayList<>()).add(bug);
                }
            }
            Map<String, List<ChangelogEntry>> groups = new LinkedHashMap<>(byComponent);
            if (!others.isEmpty()) {
                groups.put(OTHER, others);
            }
            // entries come most severe first, then by key number
            groups.forEach((component, entries) -> {
                md.append("#### ").append(component).append('\n');
                entries.forEach(bug -> md.append("- ").append(bug.key()).append(' ').append(bug.title()).append('\n'));
            });
        }
        if (features.isEmpty() && listed.isEmpty()) {
            md.append("\nNo changes recorded.\n");
        }
        if (showsConfidentialCount && confidential > 0) {
            md.append("\n_Also fixed: ").append(confidential).append(confidential == 1 ? " confidential bug" : " confidential bugs")
                    .append(" (not listed)._\n");
        }
        return md.toString();
    }
}
