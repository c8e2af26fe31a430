package io.caretaker.maintenance.plans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown format of a maintenance plan (the seeds' "Step by Step Guide"): a {@code #} title and
 * preamble, {@code ##} groups, numbered {@code ###} sections holding {@code { }} / {@code {IP}} / {@code {X}}
 * items, a progress table, and any other sections. Reading keeps the document as a template — every line
 * byte for byte, but item lines and progress rows replaced by placeholder lines — so that writing an
 * unchanged plan gives back the very same bytes, and a changed one differs only in its markers and counts.
 */
public final class MaintenancePlanDocument {

    public static final int MAX_CHARS = 1_000_000;
    static final String PROGRESS_HEADING = "Progress Tracking";
    static final String ONGOING_HEADING = "Ongoing Activities";

    /** Placeholder lines start with a control character no Markdown line holds (the reader refuses it). */
    private static final char MARK = '\u001F';
    private static final String ITEM = MARK + "item:";
    private static final String ROW = MARK + "progress:";
    private static final String TOTAL = MARK + "progress:total";

    private static final Pattern TITLE = Pattern.compile("# (\\S.*?)\\s*");
    private static final Pattern GROUP = Pattern.compile("## (\\S.*?)\\s*");
    private static final Pattern SECTION = Pattern.compile("### (\\d{1,4})\\. (\\S.*?)\\s*");
    private static final Pattern ANY_SECTION = Pattern.compile("###\\s.*");
    /** An item: bullet, optional backtick, the marker, then the text; group 2 is the marker's inside. */
    private static final Pattern ITEM_LINE = Pattern.compile("(\\s*[-*]\\s+`?)\\{([^}]*)\\}(.*)");
    private static final Pattern TABLE_ROW = Pattern.compile("\\|(.*)\\|\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("\\|[\\s:|-]+\\|\\s*");
    private static final Pattern BULLET = Pattern.compile("\\s*[-*]\\s+(.*?)\\s*");

    public enum Status {
        NOT_STARTED(" "), IN_PROGRESS("IP"), COMPLETE("X");

        final String marker;

        Status(String marker) {
            this.marker = marker;
        }

        static Status ofMarker(String marker) {
            for (Status status : values()) {
                if (status.marker.equals(marker)) {
                    return status;
                }
            }
            return null;
        }
    }

    public record Section(int number, String title, String group, String notes) {
    }

    public record Item(int position, int sectionNumber, String text, String before, String after, Status status) {
    }

    /** A fault of the document, with its line (from 1). */
    public record LineError(int line, String message) {

        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    public record Parsed(String title, String template, List<Section> sections, List<Item> items, String totalNotes,
            List<String> ongoingActivities) {
    }

    public static final class Malformed extends Exception {
        private final transient List<LineError> errors;

        Malformed(List<LineError> errors) {
            super(errors.toString(), null, false, false);
            this.errors = List.copyOf(errors);
        }

        public List<LineError> errors() {
            return errors;
        }
    }

    private MaintenancePlanDocument() {
    }

    public static Parsed read(String markdown) throws Malformed {
        List<LineError> errors = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            throw new Malformed(List.of(new LineError(1, "the plan is empty")));
        }
        if (markdown.length() > MAX_CHARS) {
            throw new Malformed(List.of(new LineError(1, "the plan has " + markdown.length() + " characters; at most "
                    + MAX_CHARS + " are allowed")));
        }
        String[] lines = markdown.split("\n", -1);
        List<String> template = new ArrayList<>(lines.length);
        List<Section> sections = new ArrayList<>();
        Map<String, Integer> sectionByTitle = new HashMap<>();
        Map<Integer, String> notes = new LinkedHashMap<>();
        List<Item> items = new ArrayList<>();
        List<String> ongoing = new ArrayList<>();
        String title = null;
        String group = null;
        Integer section = null;
        boolean inProgressTable = false;
        boolean inOngoing = false;
        String totalNotes = "";
        int tableRows = 0;

        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            // a CRLF file keeps its CR in the template; the patterns look at the line without it
            String raw = lines[i];
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.indexOf(MARK) >= 0) {
                errors.add(new LineError(number, "holds a control character (U+001F) that a plan may not contain"));
                template.add(raw);
                continue;
            }
            if (i == 0) {
                Matcher t = TITLE.matcher(line);
                if (!t.matches()) {
                    errors.add(new LineError(1, "a plan starts with its title: \"# Maintenance - Step by Step Guide\""));
                } else {
                    title = t.group(1);
                }
                template.add(raw);
                continue;
            }
            Matcher g = GROUP.matcher(line);
            if (g.matches()) {
                group = g.group(1);
                section = null;
                inProgressTable = group.equalsIgnoreCase(PROGRESS_HEADING);
                inOngoing = group.equalsIgnoreCase(ONGOING_HEADING);
                template.add(raw);
                continue;
            }
            if (ANY_SECTION.matcher(line).matches()) {
                Matcher s = SECTION.matcher(line);
                if (!s.matches()) {
                    errors.add(new LineError(number, "sections are numbered: \"### 4. Database Maintenance\""));
                } else {
                    int n = Integer.parseInt(s.group(1));
                    String sectionTitle = s.group(2);
                    if (!sections.isEmpty() && n <= sections.get(sections.size() - 1).number()) {
                        errors.add(new LineError(number, "section " + n + " comes after section "
                                + sections.get(sections.size() - 1).number() + ": numbers must go up"));
                    } else if (sectionByTitle.containsKey(sectionTitle.toLowerCase(Locale.ROOT))) {
                        errors.add(new LineError(number, "a second section titled \"" + sectionTitle + "\""));
                    } else if (sectionTitle.length() > 200) {
                        errors.add(new LineError(number, "a section title may have at most 200 characters"));
                    } else {
                        sections.add(new Section(n, sectionTitle, inProgressTable || inOngoing ? null : group, ""));
                        sectionByTitle.put(sectionTitle.toLowerCase(Locale.ROOT), n);
                        section = n;
                    }
                }
                template.add(raw);
                continue;
            }
            Matcher item = ITEM_LINE.matcher(line);
            // before the first group is the preamble, whose legend of markers looks like items
            if (item.matches() && group != null) {
                Status status = Status.ofMarker(item.group(2));
                String text = item.group(3).replaceFirst("^`", "").strip();
                if (status == null) {
                    errors.add(new LineError(number, "unknown status {" + item.group(2) + "}: use { } (not started), {IP} (in"
                            + " progress) or {X} (complete)"));
                } else if (section == null) {
                    errors.add(new LineError(number, "an item outside a numbered section"));
                } else if (text.isEmpty()) {
                    errors.add(new LineError(number, "an item without text"));
                } else if (text.length() > 1000) {
                    errors.add(new LineError(number, "an item may have at most 1000 characters"));
                } else {
                    String after = item.group(3) + raw.substring(line.length());
                    items.add(new Item(items.size() + 1, section, text, item.group(1), after, status));
                    template.add(ITEM + items.size());
                    continue;
                }
                template.add(raw);
                continue;
            }
            if (inProgressTable && TABLE_ROW.matcher(line).matches() && !SEPARATOR.matcher(line).matches()) {
                tableRows++;
                if (tableRows == 1) {
                    template.add(raw); // the header
                    continue;
                }
                String[] cells = line.strip().substring(1, line.strip().length() - 1).split("\\|", -1);
                if (cells.length != 3) {
                    errors.add(new LineError(number, "a progress row has three cells: | Section | Progress | Notes |"));
                    template.add(raw);
                    continue;
                }
                String name = cells[0].strip();
                String rowNotes = cells[2].strip();
                String cr = raw.endsWith("\r") ? "\r" : "";
                if (name.equals("**TOTAL**")) {
                    totalNotes = rowNotes;
                    template.add(TOTAL + cr);
                    continue;
                }
                Integer n = sectionByTitle.get(name.toLowerCase(Locale.ROOT));
                if (n == null) {
                    errors.add(new LineError(number, "the progress table names \"" + name + "\", which is not a section"));
                    template.add(raw);
                } else if (notes.containsKey(n)) {
                    errors.add(new LineError(number, "a second progress row for \"" + name + "\""));
                    template.add(raw);
                } else if (rowNotes.length() > 500) {
                    errors.add(new LineError(number, "notes may have at most 500 characters"));
                    template.add(raw);
                } else {
                    notes.put(n, rowNotes);
                    template.add(ROW + n + cr);
                }
                continue;
            }
            if (inOngoing) {
                Matcher b = BULLET.matcher(line);
                if (b.matches() && !b.group(1).isEmpty()) {
                    ongoing.add(b.group(1));
                }
            }
            template.add(raw);
        }
        if (title != null && sections.isEmpty()) {
            errors.add(new LineError(lines.length, "the plan has no numbered section (\"### 1. ...\")"));
        }
        if (!notes.isEmpty()) {
            for (Section s : sections) {
                if (!notes.containsKey(s.number())) {
                    errors.add(new LineError(lines.length, "the progress table has no row for section " + s.number() + " \""
                            + s.title() + "\""));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new Malformed(errors);
        }
        List<Section> withNotes = sections.stream()
                .map(s -> new Section(s.number(), s.title(), s.group(), notes.getOrDefault(s.number(), ""))).toList();
        return new Parsed(title, String.join("\n", template), withNotes, List.copyOf(items), totalNotes, List.copyOf(ongoing));
    }

    /** The plan as Markdown: the template with each item's marker and the progress computed from the items. */
    public static String write(String template, List<Section> sections, List<Item> items, String totalNotes) {
        Map<Integer, Item> byPosition = new HashMap<>();
        items.forEach(i -> byPosition.put(i.position(), i));
        Map<Integer, int[]> counts = new HashMap<>();
        for (Item item : items) {
            int[] c = counts.computeIfAbsent(item.sectionNumber(), n -> new int[2]);
            c[1]++;
            if (item.status() == Status.COMPLETE) {
                c[0]++;
            }
        }
        Map<Integer, Section> sectionByNumber = new HashMap<>();
        sections.forEach(s -> sectionByNumber.put(s.number(), s));
        StringBuilder out = new StringBuilder(template.length() + items.size() * 64);
        String[] lines = template.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String cr = lines[i].startsWith(String.valueOf(MARK)) && lines[i].endsWith("\r") ? "\r" : "";
            String line = lines[i].substring(0, lines[i].length() - cr.length());
            if (line.startsWith(ITEM)) {
                Item item = byPosition.get(Integer.parseInt(line.substring(ITEM.length())));
                out.append(item.before()).append('{').append(item.status().marker).append('}').append(item.after());
            } else if (line.equals(TOTAL)) {
                int done = counts.values().stream().mapToInt(c -> c[0]).sum();
                int total = counts.values().stream().mapToInt(c -> c[1]).sum();
                out.append(row("**TOTAL**", "**" + done + "/" + total + "**", totalNotes)).append(cr);
            } else if (line.startsWith(ROW)) {
                Section section = sectionByNumber.get(Integer.parseInt(line.substring(ROW.length())));
                int[] c = counts.getOrDefault(section.number(), new int[2]);
                out.append(row(section.title(), c[0] + "/" + c[1], section.notes())).append(cr);
            } else {
                out.append(line);
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String row(String name, String progress, String notes) {
        return "| " + name + " | " + progress + " | " + (notes.isEmpty() ? "" : notes + " ") + "|";
    }
}
