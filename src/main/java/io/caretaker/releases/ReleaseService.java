package io.caretaker.releases;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.caretaker.db.Constraints;
import io.caretaker.db.Timestamps;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;
import io.caretaker.releases.ReleaseInputs.ReleaseCreateInput;
import io.caretaker.releases.ReleaseInputs.ReleaseCreatePayload;
import io.caretaker.releases.ReleaseInputs.ReleaseShipInput;
import io.caretaker.releases.ReleaseInputs.ReleaseShipPayload;
import io.caretaker.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The write side of releases, and the sort key that orders semantic versions. */
@ApplicationScoped
public class ReleaseService {

    static final int VERSION_MAX = 100;
    static final int VERSION_SORT_MAX = 200;
    static final int NAME_MAX = 200;
    static final int NOTES_MAX = 50_000;

    /** SemVer 2.0.0, the regular expression suggested by semver.org (numbered groups). */
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");
    private static final Pattern NUMERIC = Pattern.compile("\\d+");
    private static final int NUMBER_DIGITS = 10;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReleaseQueries queries;

    @Transactional
    public ReleaseCreatePayload create(ReleaseCreateInput input) {
        UserErrors errors = new UserErrors();
        String version = errors.required(input.version(), VERSION_MAX, "input", "version");
        String versionSort = null;
        if (version != null && version.length() <= VERSION_MAX) {
            try {
                versionSort = sortKey(version);
            } catch (IllegalArgumentException e) {
                errors.add(UserErrorCode.INVALID, e.getMessage(), "input", "version");
            }
        }
        String name = errors.optional(input.name(), NAME_MAX, "input", "name");
        String notes = errors.optional(input.notes(), NOTES_MAX, "input", "notes");
        errors.requirePresent(input.releaseDate(), "input", "releaseDate");
        if (versionSort != null && queries.findByVersion(version).isPresent()) {
            errors.add(UserErrorCode.TAKEN, versionTaken(version), "input", "version");
        }
        if (errors.any()) {
            return new ReleaseCreatePayload(null, errors.list());
        }
        ReleaseEntity release = new ReleaseEntity();
        release.version = version;
        release.versionSort = versionSort;
        release.name = name;
        release.releaseDate = input.releaseDate();
        release.notes = notes;
        release.createdById = currentUser.id();
        release.createdAt = Timestamps.now();
        release.updatedAt = release.createdAt;
        try {
            em.persist(release);
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "release_version_key")) {
                // a concurrent request created the same version between our check and the insert
                QuarkusTransaction.setRollbackOnly();
                return new ReleaseCreatePayload(null, UserErrors.single(UserErrorCode.TAKEN, versionTaken(version), "input", "version"));
            }
            throw e;
        }
        return new ReleaseCreatePayload(Release.of(release), List.of());
    }

    /**
     * A key whose plain byte-wise order (the column is collated "C") is SemVer precedence: major, minor
     * and patch zero-padded to 10 digits, then {@code ~} for a release or {@code -} and the pre-release
     * identifiers, so that a pre-release sorts before its release ({@code -} &lt; {@code ~}). Build
     * metadata does not count, as SemVer says.
     *
     * <p>Pre-release identifiers are joined by a space, which sorts below every identifier character, so
     * that fewer identifiers come first ({@code alpha} &lt; {@code alpha.1}) and a shorter identifier
     * before a longer one it starts ({@code rc.1} &lt; {@code rc1}). Numeric identifiers are zero-padded
     * (compared as numbers). Alphanumeric ones compare in ASCII order; those that start with a digit or
     * a hyphen get a {@code :} in front, which sorts between digits and letters: above every numeric
     * identifier (numeric ones have lower precedence) and, as in ASCII, below those starting with a letter.
     *
     * @throws IllegalArgumentException with a message for the user if the version is not SemVer 2.0.0 or
     *         has a number of more than 10 digits or too long a pre-release part to order
     */
    @Transactional
    public ReleaseShipPayload ship(String id, ReleaseShipInput input) {
        long dbId = GlobalId.decode(id, Release.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        ReleaseEntity release = em.find(ReleaseEntity.class, dbId, LockModeType.PESSIMISTIC_WRITE);
        if (release == null) {
            throw ApiError.nodeNotFound(id);
        }
        UserErrors errors = new UserErrors();
        if (input.lockVersion() != release.lockVersion) {
            errors.add(UserErrorCode.CONFLICT, "This release was changed by someone else since you read it (you sent lockVersion "
                    + input.lockVersion() + ", it is now at " + release.lockVersion + "). Read it again and retry.",
                    "input", "lockVersion");
        } else if (release.shippedAt != null) {
            errors.add(UserErrorCode.INVALID, "Release " + release.version + " shipped already, at " + release.shippedAt + ".");
        }
        if (errors.any()) {
            return new ReleaseShipPayload(null, errors.list());
        }
        release.shippedAt = Timestamps.now();
        release.updatedAt = release.shippedAt;
        em.flush();
        return new ReleaseShipPayload(Release.of(release), List.of());
    }

    public static String sortKey(String version) {
        Matcher m = SEMVER.matcher(version);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + version + "' is not a semantic version: expected MAJOR.MINOR.PATCH"
                    + " with an optional -pre-release and +build metadata, e.g. 1.4.0 or 2.0.0-rc.1.");
        }
        StringBuilder key = new StringBuilder();
        key.append(padded(m.group(1), version)).append('.').append(padded(m.group(2), version)).append('.')
                .append(padded(m.group(3), version));
        String preRelease = m.group(4);
        if (preRelease == null) {
            key.append('~');
        } else {
            List<String> identifiers = new ArrayList<>();
            for (String identifier : preRelease.split("\\.")) {
                if (NUMERIC.matcher(identifier).matches()) {
                    identifiers.add(padded(identifier, version));
                } else if (Character.isLetter(identifier.charAt(0))) {
                    identifiers.add(identifier);
                } else {
                    identifiers.add(":" + identifier);
                }
            }
            key.append('-').append(String.join(" ", identifiers));
        }
        if (key.length() > VERSION_SORT_MAX) {
            throw new IllegalArgumentException("The pre-release part of '" + version + "' is too long to order: use fewer"
                    + " or shorter identifiers.");
        }
        return key.toString();
    }

    private static String padded(String number, String version) {
        if (number.length() > NUMBER_DIGITS) {
            throw new IllegalArgumentException("'" + version + "' has a number of more than " + NUMBER_DIGITS + " digits.");
        }
        return "0".repeat(NUMBER_DIGITS - number.length()) + number;
    }

    private static String versionTaken(String version) {
        return "A release with version '" + version + "' already exists.";
    }
}
