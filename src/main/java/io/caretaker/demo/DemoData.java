package io.caretaker.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.caretaker.bugs.BugActivityEntity;
import io.caretaker.bugs.BugEntity;
import io.caretaker.bugs.BugStatus;
import io.caretaker.bugs.CommentEntity;
import io.caretaker.bugs.Priority;
import io.caretaker.bugs.Resolution;
import io.caretaker.bugs.Severity;
import io.caretaker.components.ComponentEntity;
import io.caretaker.db.Timestamps;
import io.caretaker.graphql.GlobalId;
import io.caretaker.features.FeatureRequestEntity;
import io.caretaker.features.FeatureStatus;
import io.caretaker.features.FeatureVoteEntity;
import io.caretaker.knowledge.ArticleCategory;
import io.caretaker.knowledge.ArticleEntity;
import io.caretaker.knowledge.ArticleRevisionEntity;
import io.caretaker.knowledge.ArticleStatus;
import io.caretaker.releases.ReleaseEntity;
import io.caretaker.releases.ReleaseService;
import io.caretaker.maintenance.Cadence;
import io.caretaker.maintenance.OccurrenceEntity;
import io.caretaker.maintenance.OccurrenceStatus;
import io.caretaker.maintenance.RecurringTaskEntity;
import io.caretaker.maintenance.plans.MaintenancePlanDocument;
import io.caretaker.maintenance.plans.MaintenancePlanEntity;
import io.caretaker.maintenance.plans.PlanService;
import io.caretaker.runbooks.RunbookCategory;
import io.caretaker.runbooks.executions.ExecutionKind;
import io.caretaker.runbooks.executions.ExecutionOutcome;
import io.caretaker.runbooks.executions.ExecutionStatus;
import io.caretaker.runbooks.executions.ExecutionStepRecordEntity;
import io.caretaker.runbooks.executions.RecordedStepStatus;
import io.caretaker.runbooks.executions.RunbookExecutionEntity;
import io.caretaker.runbooks.RunbookEntity;
import io.caretaker.runbooks.RunbookRevisionEntity;
import io.caretaker.runbooks.RunbookStepEntity;
import io.caretaker.users.User;
import io.caretaker.users.UserEntity;
import io.quarkus.runtime.StartupEvent;

/**
 * The demo data of dev mode: the team behind a crypto trading simulation (paper trading against real
 * exchange prices) and its bugs, feature requests, releases, runbooks and knowledge base.
 *
 * <p>Seeded once, in one transaction, when {@code caretaker.demo-data.enabled} is true (dev mode only
 * by default) and the demo team is not there yet. Rows are written through the entities, keeping the
 * invariants the services keep (vote counts, current revisions, activity rows, status timestamps).
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    /** Present once the demo data is seeded. */
    static final String MARKER_SUBJECT = "demo:priya";

    @Inject
    EntityManager em;

    @Inject
    PlanService plans;

    @ConfigProperty(name = "caretaker.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    private final OffsetDateTime now = Timestamps.now();
    private final Map<String, UserEntity> users = new LinkedHashMap<>();
    private final Map<String, ComponentEntity> components = new LinkedHashMap<>();
    private final Map<String, ReleaseEntity> releases = new LinkedHashMap<>();
    private int bugs;
    private int comments;
    private int features;
    private int runbooks;
    private int articles;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            seed();
        }
    }

    /** Seeds the demo data unless it is there already; true if it seeded. */
    @Transactional
    public boolean seed() {
        Long present = em.createQuery("select count(u) from UserEntity u where u.subject = :s", Long.class)
                .setParameter("s", MARKER_SUBJECT).getSingleResult();
        if (present > 0) {
            LOG.info("Demo data is already there");
            return false;
        }
        users.clear();
        components.clear();
        releases.clear();
        bugs = 0;
        comments = 0;
        features = 0;
        runbooks = 0;
        articles = 0;
        seedUsers();
        seedComponents();
        seedReleases();
        seedBugs();
        seedViews();
        seedFeatureRequests();
        seedRunbooks();
        seedExecutions();
        seedRecurringTasks();
        seedMaintenancePlan();
        seedArticles();
        LOG.infof("Demo data seeded: %d users, %d components, %d releases, %d bugs with %d comments, %d feature requests,"
                + " %d runbooks, %d articles", users.size(), components.size(), releases.size(), bugs, comments, features,
                runbooks, articles);
        return true;
    }

    // --- people and parts -------------------------------------------------------------------------

    private void seedUsers() {
        // the dev service's demo users, exactly as their tokens describe them: signing in updates these rows
        user("alice", "Alice", "alice@example.com", "viewer", "reporter", "engineer", "admin");
        user("bob", "Bob", "bob@example.com", "viewer", "reporter", "engineer");
        user("carol", "Carol", "carol@example.com", "viewer", "reporter");
        user("dave", "Dave", "dave@example.com", "viewer");
        // team members who never sign in in dev mode
        user("demo:priya", "Priya Raman", "priya@example.com", "viewer", "reporter", "engineer");
        user("demo:tomasz", "Tomasz Nowak", "tomasz@example.com", "viewer", "reporter", "engineer");
        user("demo:jun", "Jun Watanabe", "jun@example.com", "viewer", "reporter");
        user("demo:sam", "Sam Ortiz", "sam@example.com", "viewer", "reporter");
    }

    private void user(String subject, String name, String email, String... roles) {
        UserEntity user = new UserEntity();
        user.subject = subject;
        user.name = name;
        user.email = email;
        user.roles = roles;
        user.firstSeenAt = daysAgo(90);
        user.lastSeenAt = daysAgo(subject.startsWith("demo:") ? 1 : 3);
        em.persist(user);
        users.put(subject.replace("demo:", ""), user);
    }

    /** A user by subject, "demo:" prefix optional. */
    private long u(String subject) {
        return users.get(subject.replace("demo:", "")).id;
    }

    private void seedComponents() {
        component("Order Matching", "The matching engine: order book, fills, partial fills, stop and limit orders.", "priya");
        component("Price Feed", "Live prices from Binance, Coinbase and Kraken over websockets, with failover.", "tomasz");
        component("Wallet", "Simulated balances, deposits, withdrawals and fees.", "bob");
        component("Auth", "Sign-in, sessions, API keys of users.", "alice");
        component("Portfolio", "Positions, P&L, performance charts.", "priya");
        component("Notifications", "Email and push notifications: fills, price alerts, weekly digest.", "bob");
        component("Trading UI", "The web app: charts, order entry, order history.", "tomasz");
        component("Market Data API", "The public REST and websocket API for bots.", "bob");
    }

    private void component(String name, String description, String owner) {
        ComponentEntity component = new ComponentEntity();
        component.name = name;
        component.description = description;
        component.ownerId = u(owner);
        component.createdAt = daysAgo(90);
        component.updatedAt = component.createdAt;
        em.persist(component);
        components.put(name, component);
    }

    private long c(String name) {
        return components.get(name).id;
    }

    private void seedReleases() {
        release("1.3.0", "Stop orders", -40, true, """
                - Stop-loss and take-profit orders
                - Kraken price feed
                - Faster order history""");
        release("1.4.0", "Portfolio insights", -10, true, """
                - Portfolio performance charts
                - Price alerts by email
                - Many fixes to partial fills""");
        release("1.5.0", "Reliability", 14, false, """
                Planned: price-feed failover without gaps, websocket reconnect backoff, faster order book.""");
        release("2.0.0-rc.1", "Public API", 45, false, """
                Planned: the public Market Data API for trading bots, API keys per user.""");
    }

    private void release(String version, String name, int inDays, boolean shipped, String notes) {
        ReleaseEntity release = new ReleaseEntity();
        release.version = version;
        release.versionSort = ReleaseService.sortKey(version);
        release.name = name;
        release.releaseDate = LocalDate.now(ZoneOffset.UTC).plusDays(inDays);
        release.notes = notes;
        release.shippedAt = shipped ? now.plusDays(inDays) : null;
        release.createdById = u("alice");
        release.createdAt = daysAgo(inDays < 0 ? 60 : 20);
        release.updatedAt = shipped ? release.shippedAt : release.createdAt;
        em.persist(release);
        releases.put(version, release);
    }

    // --- bugs ---------------------------------------------------------------------------------------

    /** A bug under construction; {@link #save()} writes it with its labels and activity. */
    private final class Bug {
        final BugEntity e = new BugEntity();
        final List<String> labels = new ArrayList<>();
        String assignee;
        final List<String[]> comments = new ArrayList<>();

        Bug(String reporter, String title, Severity severity, int ageDays) {
            e.title = title;
            e.reporterId = u(reporter);
            e.severity = severity;
            e.status = BugStatus.NEW;
            e.createdAt = daysAgo(ageDays);
            e.updatedAt = e.createdAt;
        }

        Bug text(String description, String steps, String environment) {
            e.description = description;
            e.stepsToReproduce = steps;
            e.environment = environment;
            return this;
        }

        Bug in(String component) {
            e.componentId = c(component);
            return this;
        }

        Bug labels(String... names) {
            labels.addAll(List.of(names));
            return this;
        }

        Bug confidential() {
            e.confidential = true;
            return this;
        }

        /** Triaged some hours after it was reported. */
        Bug triaged(Priority priority, String assignee) {
            e.priority = priority;
            this.assignee = assignee;
            e.assigneeId = assignee == null ? null : u(assignee);
            e.status = BugStatus.TRIAGED;
            e.triagedAt = e.createdAt.plusHours(5);
            return this;
        }

        Bug started() {
            e.status = BugStatus.IN_PROGRESS;
            e.startedAt = e.triagedAt.plusHours(20);
            return this;
        }

        Bug resolved(Resolution resolution, String fixedIn) {
            e.status = BugStatus.RESOLVED;
            e.resolution = resolution;
            e.resolvedAt = (e.startedAt != null ? e.startedAt : e.triagedAt).plusDays(2);
            e.fixedInReleaseId = fixedIn == null ? null : releases.get(fixedIn).id;
            return this;
        }

        Bug closed() {
            e.status = BugStatus.CLOSED;
            e.closedAt = e.resolvedAt.plusDays(1);
            return this;
        }

        Bug reopened() {
            e.status = BugStatus.REOPENED;
            e.reopenedAt = e.resolvedAt.plusDays(3);
            return this;
        }

        Bug comment(String author, String body) {
            comments.add(new String[] { author, body });
            return this;
        }

        BugEntity save() {
            OffsetDateTime last = latest(e.createdAt, e.triagedAt, e.startedAt, e.resolvedAt, e.closedAt, e.reopenedAt);
            e.updatedAt = last.isAfter(now) ? now : last;
            em.persist(e);
            em.flush();
            activity(e.reporterId, BugActivityEntity.Kind.CREATED, null, null, null, e.createdAt);
            String lead = "bob";
            if (e.triagedAt != null) {
                activity(u(lead), BugActivityEntity.Kind.FIELD_CHANGED, "status", "NEW", "TRIAGED", e.triagedAt);
                activity(u(lead), BugActivityEntity.Kind.FIELD_CHANGED, "priority", null, e.priority.name(), e.triagedAt);
                if (e.assigneeId != null) {
                    activity(u(lead), BugActivityEntity.Kind.FIELD_CHANGED, "assignee", null,
                            GlobalId.encode(User.TYPE, e.assigneeId), e.triagedAt);
                }
            }
            if (e.startedAt != null) {
                activity(e.assigneeId != null ? e.assigneeId : u(lead), BugActivityEntity.Kind.FIELD_CHANGED, "status",
                        "TRIAGED", "IN_PROGRESS", e.startedAt);
            }
            if (e.resolvedAt != null) {
                activity(e.assigneeId != null ? e.assigneeId : u(lead), BugActivityEntity.Kind.FIELD_CHANGED, "status",
                        e.startedAt != null ? "IN_PROGRESS" : "TRIAGED", "RESOLVED", e.resolvedAt);
            }
            if (e.closedAt != null) {
                activity(u(lead), BugActivityEntity.Kind.FIELD_CHANGED, "status", "RESOLVED", "CLOSED", e.closedAt);
            }
            if (e.reopenedAt != null) {
                activity(e.reporterId, BugActivityEntity.Kind.FIELD_CHANGED, "status", "RESOLVED", "REOPENED", e.reopenedAt);
            }
            for (String label : labels) {
                em.createNativeQuery("insert into label (name) values (:name) on conflict (name) do nothing")
                        .setParameter("name", label).executeUpdate();
                em.createNativeQuery("insert into bug_label (bug_id, label_id) select :bug, id from label where name = :name")
                        .setParameter("bug", e.id).setParameter("name", label).executeUpdate();
            }
            OffsetDateTime at = e.createdAt.plusHours(2);
            for (String[] comment : comments) {
                CommentEntity entity = new CommentEntity();
                entity.bugId = e.id;
                entity.authorId = u(comment[0]);
                entity.body = comment[1];
                entity.createdAt = at.isAfter(now) ? now : at;
                entity.updatedAt = entity.createdAt;
                em.persist(entity);
                em.flush();
                activity(entity.authorId, BugActivityEntity.Kind.COMMENTED, "comment", null,
                        GlobalId.encode("Comment", entity.id), entity.createdAt);
                at = at.plusHours(9);
                DemoData.this.comments++;
            }
            // reporters, assignees and commenters watch their bugs, as the services arrange
            Set<Long> watchers = new LinkedHashSet<>();
            watchers.add(e.reporterId);
            if (e.assigneeId != null) {
                watchers.add(e.assigneeId);
            }
            comments.forEach(c -> watchers.add(u(c[0])));
            for (Long watcher : watchers) {
                em.createNativeQuery("insert into bug_watcher (bug_id, user_id, created_at) values (:bug, :user, :at)")
                        .setParameter("bug", e.id).setParameter("user", watcher).setParameter("at", e.createdAt).executeUpdate();
            }
            bugs++;
            return e;
        }

        private void activity(long actor, BugActivityEntity.Kind kind, String field, String from, String to, OffsetDateTime at) {
            BugActivityEntity activity = new BugActivityEntity();
            activity.bugId = e.id;
            activity.actorId = actor;
            activity.kind = kind;
            activity.field = field;
            activity.fromValue = from;
            activity.toValue = to;
            activity.createdAt = at.isAfter(now) ? now : at;
            em.persist(activity);
        }
    }

    private Bug bug(String reporter, String title, Severity severity, int ageDays) {
        return new Bug(reporter, title, severity, ageDays);
    }

    private void seedBugs() {
        // NEW: waiting for triage
        bug("carol", "Order book freezes when the Binance feed reconnects", Severity.S2, 1).in("Order Matching")
                .labels("order-book", "websocket")
                .text("After a websocket reconnect the order book stops updating until the page is reloaded.",
                        "1. Open BTC/USDT\n2. Drop the network for 10 s (DevTools → offline)\n3. Go back online: prices move, the book does not",
                        "web 1.4.0, Chrome 131, Binance feed")
                .comment("demo:jun", "Same on Firefox. Reloading fixes it.")
                .comment("tomasz", "The book subscription is not renewed after the reconnect; the ticker one is.").save();
        bug("demo:jun", "Fee shown as 0.00 for orders under 1 USDT", Severity.S4, 2).in("Wallet").labels("fees", "ui")
                .text("Tiny orders show a fee of 0.00 although 0.1 % is charged: rounding to two decimals.", null,
                        "web 1.4.0").save();
        bug("demo:sam", "Price alert email arrives twice", Severity.S3, 2).in("Notifications").labels("email")
                .text("Every price alert email comes twice, a few seconds apart.", "Set an alert on ETH above the current price; wait.",
                        "production, Gmail").save();
        bug("carol", "Wallet private keys visible in the server log", Severity.S1, 0).in("Wallet").confidential()
                .labels("security").text("The withdrawal service logs the signing request **including the key material** at DEBUG.",
                        "Set the log level of `wallet.withdrawal` to DEBUG and withdraw.", "staging").save();
        bug("demo:jun", "Chart tooltip hides the last candle", Severity.S4, 3).in("Trading UI").labels("charts", "ui")
                .text("On narrow screens the tooltip covers the newest candle.", null, "Safari 18, iPhone 15").save();
        bug("carol", "Market order fills at a stale price after a feed gap", Severity.S1, 1).in("Order Matching")
                .labels("order-book", "price-feed", "regression")
                .text("During the Kraken outage market orders filled at the last price before the gap (2 minutes old).",
                        "Simulate a feed gap with `feedctl pause kraken 120`; place a market order.", "staging")
                .comment("bob", "This needs triage today: users get fills far from the market.")
                .comment("priya", "Market orders should wait for a fresh price, with a timeout. Drafting a fix.").save();
        bug("demo:sam", "Export of order history ignores the date filter", Severity.S3, 4).in("Portfolio").labels("export")
                .text("CSV export always contains the full history.", null, "web 1.4.0").save();
        // TRIAGED
        bug("demo:jun", "Take-profit order not triggered at exact target price", Severity.S2, 6).in("Order Matching")
                .labels("orders").triaged(Priority.P1, "priya")
                .text("A take-profit at 64 000 did not fire when the price touched exactly 64 000.", null, "paper trading")
                .comment("priya", "Comparison uses `>` instead of `>=`. Will fix together with the stop-loss path.").save();
        bug("carol", "Session does not expire after password change", Severity.S2, 8).in("Auth").confidential()
                .labels("security", "sessions").triaged(Priority.P0, "alice")
                .text("Other sessions stay valid after a password change (session fixation risk).", null, "production")
                .comment("alice", "Confirmed. Sessions must be revoked on password change; fix in progress on a private branch.").save();
        bug("demo:sam", "Weekly digest sent in UTC instead of the user's time zone", Severity.S4, 9).in("Notifications")
                .labels("email").triaged(Priority.P3, "bob").text("The digest arrives at 3 am for users in the US.", null, "production").save();
        bug("demo:jun", "Portfolio P&L off by the fee of the last trade", Severity.S3, 7).in("Portfolio").labels("pnl")
                .triaged(Priority.P2, "tomasz").text("P&L excludes the fee of the most recent fill until the next refresh.", null,
                        "web 1.4.0").save();
        bug("carol", "API returns 500 for an unknown trading pair", Severity.S3, 5).in("Market Data API").labels("api")
                .triaged(Priority.P2, null).text("`GET /api/v1/ticker/FOO-BAR` answers 500 instead of 404.", null, "staging")
                .comment("demo:sam", "Our bot retries 500s, so this multiplies the load.")
                .comment("bob", "Needs an owner; the API is new. Up for grabs.").save();
        bug("demo:sam", "Dark mode: order entry labels unreadable", Severity.S4, 10).in("Trading UI").labels("ui", "dark-mode")
                .triaged(Priority.P3, "tomasz").text("Grey on dark grey: contrast ratio 1.9.", null, "web 1.4.0").save();
        // IN_PROGRESS
        bug("carol", "Partial fills double-count the filled quantity", Severity.S1, 12).in("Order Matching")
                .labels("order-book", "partial-fills").triaged(Priority.P0, "priya").started()
                .text("With two partial fills in the same tick the filled quantity is added twice.",
                        "Place a 1 BTC limit order that fills in two parts within 100 ms.", "paper trading")
                .comment("priya", "Race between the fill handler and the snapshot writer. Reproduced in a test.")
                .comment("bob", "Let's add a property test for fills while we are at it.")
                .comment("priya", "PR up: serialise fills per order.").save();
        bug("demo:jun", "Websocket reconnect storm after a deploy", Severity.S2, 15).in("Price Feed")
                .labels("websocket", "deployment").triaged(Priority.P1, "tomasz").started()
                .text("All clients reconnect in the same second after a deploy and overload the feed gateway.", null, "production")
                .comment("tomasz", "Adding jittered exponential backoff on the client, and connection draining on the server.").save();
        bug("demo:sam", "Withdrawal stuck in PENDING after a restart", Severity.S2, 11).in("Wallet").labels("withdrawals")
                .triaged(Priority.P1, "bob").started()
                .text("Withdrawals requested right before a restart never leave PENDING.", null, "staging")
                .comment("bob", "The outbox is not replayed at start-up. Fixing.").save();
        bug("carol", "Slow order history for accounts with 10 000+ orders", Severity.S3, 18).in("Portfolio")
                .labels("performance").triaged(Priority.P2, "priya").started()
                .text("Order history takes 8 s to load for heavy users: OFFSET pagination.", null, "production")
                .comment("priya", "Switching to keyset pagination on (created_at, id); the index is already there.")
                .comment("tomasz", "The UI needs cursors then; I'll adapt the infinite scroll.")
                .comment("priya", "Down to 40 ms on a copy of production.").save();
        bug("demo:jun", "Rate limit errors from Coinbase during volatility", Severity.S2, 9).in("Price Feed")
                .labels("rate-limit", "coinbase").triaged(Priority.P1, "tomasz").started()
                .text("HTTP 429 from Coinbase when volatility spikes; we poll the REST API as a fallback too often.", null, "production")
                .comment("tomasz", "See the knowledge-base article on exchange rate limits; moving the fallback to a token bucket.").save();
        // RESOLVED
        bug("carol", "Stop-loss order triggers one tick late", Severity.S2, 30).in("Order Matching").labels("orders")
                .triaged(Priority.P1, "priya").started().resolved(Resolution.FIXED, "1.4.0")
                .text("Stop-loss fires on the tick after the trigger price.", null, "paper trading")
                .comment("priya", "Fixed in 1.4.0: triggers are evaluated before the book update.").save();
        BugEntity original = bug("demo:sam", "Login with an expired session shows a blank page", Severity.S3, 25).in("Auth")
                .labels("sessions", "ui").triaged(Priority.P2, "alice").started().resolved(Resolution.FIXED, "1.4.0")
                .text("Instead of the sign-in page a blank page appears.", null, "web 1.3.0").save();
        BugEntity duplicate = bug("demo:jun", "Blank screen after coming back to the app the next day", Severity.S3, 22).in("Auth")
                .labels("sessions").triaged(Priority.P2, "alice").resolved(Resolution.DUPLICATE, null)
                .text("Opening the app in the morning shows an empty page.", null, "web 1.3.0")
                .comment("alice", "Same cause as the expired-session bug.").save();
        duplicate.duplicateOfId = original.id;
        bug("carol", "Kraken prices off by a factor of 10 for XBT pairs", Severity.S2, 35).in("Price Feed").labels("kraken")
                .triaged(Priority.P1, "tomasz").started().resolved(Resolution.FIXED, "1.3.0")
                .text("Kraken reports XBT; our symbol mapping scaled the price.", null, "staging").save();
        bug("demo:sam", "Cannot reproduce: balance jumps to zero", Severity.S2, 20).in("Wallet").labels("balance")
                .triaged(Priority.P1, "bob").resolved(Resolution.CANNOT_REPRODUCE, null)
                .text("My balance showed 0 for a second.", null, "mobile web")
                .comment("bob", "No trace in the ledger or the logs; the UI briefly shows 0 while loading. Closing unless it happens again.")
                .save();
        bug("demo:jun", "Order history shows times in UTC", Severity.S4, 28).in("Trading UI").labels("ui")
                .triaged(Priority.P3, "tomasz").resolved(Resolution.BY_DESIGN, null)
                .text("Times are UTC, not local.", null, "web 1.3.0")
                .comment("tomasz", "By design for now: exchanges report UTC. A time-zone setting is requested as a feature.").save();
        // CLOSED
        bug("carol", "Deposit confirmation email has a broken link", Severity.S3, 50).in("Notifications").labels("email")
                .triaged(Priority.P2, "bob").started().resolved(Resolution.FIXED, "1.3.0").closed()
                .text("The link in the deposit email points to localhost.", null, "production").save();
        bug("demo:sam", "Leaderboard shows deleted accounts", Severity.S4, 45).in("Portfolio").labels("leaderboard")
                .triaged(Priority.P3, "priya").resolved(Resolution.WONT_FIX, null).closed()
                .text("Deleted accounts still appear on the leaderboard.", null, "production")
                .comment("priya", "The leaderboard is being removed in 2.0.").save();
        bug("demo:jun", "Typo on the sign-up page", Severity.S4, 55).in("Trading UI").labels("ui", "copy")
                .triaged(Priority.P3, "tomasz").started().resolved(Resolution.FIXED, "1.3.0").closed()
                .text("\"Recieve\" instead of \"Receive\".", null, "web 1.2.0").save();
        bug("carol", "API key secrets returned in the key list", Severity.S1, 42).in("Market Data API").confidential()
                .labels("security", "api-keys").triaged(Priority.P0, "alice").started().resolved(Resolution.FIXED, "1.3.0").closed()
                .text("`GET /api/v1/keys` returned the secret of every key, not only on creation.", null, "production")
                .comment("alice", "Fixed and all keys rotated; users were notified.").save();
        bug("demo:sam", "Candles missing during the daily Binance maintenance", Severity.S3, 38).in("Price Feed")
                .labels("binance", "charts").triaged(Priority.P2, "tomasz").started().resolved(Resolution.FIXED, "1.4.0").closed()
                .text("Gaps in the 1 m candles every day at 02:00 UTC.", null, "production").save();
        // REOPENED
        bug("carol", "Limit order rejected for the minimum quantity", Severity.S3, 33).in("Order Matching").labels("orders")
                .triaged(Priority.P2, "priya").started().resolved(Resolution.FIXED, "1.4.0").reopened()
                .text("Orders of exactly the minimum quantity (0.0001 BTC) are rejected.", null, "paper trading")
                .comment("carol", "Still happens in 1.4.0 for ETH (0.001).").save();
        bug("demo:jun", "Push notification opens the wrong pair", Severity.S3, 27).in("Notifications").labels("push")
                .triaged(Priority.P2, "bob").resolved(Resolution.FIXED, "1.4.0").reopened()
                .text("Tapping an ETH alert opens BTC.", null, "iOS app")
                .comment("demo:jun", "Still there in 1.4.0 when the app was closed before the tap.").save();
        bug("demo:sam", "Price alerts ignore the alert threshold after edit", Severity.S2, 31).in("Notifications").labels("alerts")
                .triaged(Priority.P1, "bob").started().resolved(Resolution.FIXED, "1.4.0").reopened()
                .text("After editing an alert the old threshold is still used.", null, "production")
                .comment("bob", "The cache key did not include the threshold. Reopened by Sam: still stale after a second edit.").save();
    }

    // --- saved views ------------------------------------------------------------------------------------

    private void seedViews() {
        view("bob", "Critical and high, open", true, """
                {"v":1,"status":["NEW","TRIAGED","IN_PROGRESS","REOPENED"],"severity":["S1","S2"]}""",
                """
                {"v":1,"field":"SEVERITY","direction":"ASC"}""");
        view("bob", "Unassigned", true, """
                {"v":1,"status":["TRIAGED","REOPENED"],"assigned":false}""", null);
        view("carol", "Reported by me", false, "{\"v\":1,\"reporterId\":\"" + GlobalId.encode(User.TYPE, u("carol")) + "\"}",
                """
                {"v":1,"field":"UPDATED_AT","direction":"DESC"}""");
    }

    private void view(String owner, String name, boolean shared, String filter, String order) {
        em.createNativeQuery("""
                insert into bug_view (owner_id, name, filter, order_by, shared, created_at, updated_at)
                values (:owner, :name, cast(:filter as jsonb), cast(:order as jsonb), :shared, :at, :at)""")
                .setParameter("owner", u(owner)).setParameter("name", name).setParameter("filter", filter.strip())
                .setParameter("order", order == null ? null : order.strip()).setParameter("shared", shared)
                .setParameter("at", daysAgo(20)).executeUpdate();
    }

    // --- feature requests ---------------------------------------------------------------------------

    private FeatureRequestEntity feature(String requester, String title, String description, FeatureStatus status,
            int ageDays, String target, String... voters) {
        FeatureRequestEntity feature = new FeatureRequestEntity();
        feature.title = title;
        feature.description = description;
        feature.status = status;
        feature.requesterId = u(requester);
        feature.targetReleaseId = target == null ? null : releases.get(target).id;
        feature.createdAt = daysAgo(ageDays);
        feature.updatedAt = daysAgo(Math.max(0, ageDays - 3));
        feature.voteCount = voters.length;
        em.persist(feature);
        features++;
        em.flush();
        int hours = 1;
        for (String voter : voters) {
            FeatureVoteEntity vote = new FeatureVoteEntity();
            vote.featureRequestId = feature.id;
            vote.userId = u(voter);
            vote.createdAt = feature.createdAt.plusHours(hours++ * 7L);
            if (vote.createdAt.isAfter(now)) {
                vote.createdAt = now;
            }
            em.persist(vote);
        }
        return feature;
    }

    private static void rice(FeatureRequestEntity feature, int reach, String impact, String confidence, String effort) {
        feature.reach = reach;
        feature.impact = new BigDecimal(impact);
        feature.confidence = new BigDecimal(confidence);
        feature.effort = new BigDecimal(effort);
    }

    private void seedFeatureRequests() {
        rice(feature("carol", "Trailing stop orders", "A stop that follows the price by a fixed distance or percentage.",
                FeatureStatus.PLANNED, 40, "1.5.0", "carol", "jun", "sam", "dave", "bob"), 800, "2", "0.8", "3");
        rice(feature("demo:jun", "Time-zone setting for order history", "Show times in my time zone instead of UTC.",
                FeatureStatus.UNDER_REVIEW, 26, null, "jun", "sam", "carol"), 1500, "0.5", "1", "0.5");
        rice(feature("demo:sam", "Public API for trading bots", "REST and websocket API with per-user API keys.",
                FeatureStatus.IN_PROGRESS, 60, "2.0.0-rc.1", "sam", "jun", "carol", "dave", "priya", "tomasz"), 400, "3", "0.8", "8");
        rice(feature("carol", "Price alerts by push notification", "Besides email, send alerts to the phone.",
                FeatureStatus.SHIPPED, 70, "1.4.0", "carol", "sam", "dave"), 1200, "1", "1", "2");
        feature("dave", "Dark mode", "A dark theme for night trading.", FeatureStatus.SHIPPED, 80, "1.3.0", "dave", "jun", "carol", "sam");
        feature("demo:jun", "Paper-trading competitions", "Monthly competitions with a leaderboard.", FeatureStatus.DECLINED, 50, null,
                "jun");
        feature("demo:sam", "Export trades for tax reports", "CSV export in the format tax tools import.", FeatureStatus.PROPOSED, 5, null,
                "sam", "carol");
        FeatureRequestEntity margin = feature("carol", "Margin trading simulation", "Simulate leverage and liquidations.",
                FeatureStatus.PROPOSED, 3, null, "carol");
        FeatureRequestEntity leverage = feature("demo:jun", "Leverage up to 10x", "Let me trade with leverage in the simulation.",
                FeatureStatus.DECLINED, 12, null, "jun", "sam");
        // merged into the margin request: its voters count there too (jun and sam), the merged one is closed
        leverage.mergedIntoId = margin.id;
        leverage.description = leverage.description + "\n\nMerged into \"Margin trading simulation\".";
        for (String voter : List.of("jun", "sam")) {
            FeatureVoteEntity vote = new FeatureVoteEntity();
            vote.featureRequestId = margin.id;
            vote.userId = u(voter);
            vote.createdAt = daysAgo(2);
            em.persist(vote);
            margin.voteCount++;
        }
        feature("demo:sam", "Keyboard shortcuts for order entry", "b to buy, s to sell, Esc to cancel.", FeatureStatus.UNDER_REVIEW, 14,
                null, "sam", "tomasz");
    }

    // --- runbooks -----------------------------------------------------------------------------------

    private record Step(String title, String instructions, String command, String expected) {
    }

    /** Caretaker's own procedures (docs/operations.md), so that a team can drill them like any other. */
    private void seedOwnRunbooks() {
        RunbookEntity backup = runbook("caretaker-backup-restore", "Back up and restore Caretaker's database", RunbookCategory.RESTORE,
                "alice", 30, 90, "Prove that Caretaker's own data comes back: a logical backup restored into an empty database.");
        revision(backup, "alice", 20, "Initial revision",
                step("Take a backup", "Consistent while Caretaker runs.",
                        "pg_dump --format=custom --no-owner --file=caretaker-$(date +%F).dump \"$CARETAKER_DB_URL\"", "a .dump file"),
                step("Check that it reads", null, "pg_restore --list caretaker-$(date +%F).dump | grep -c 'TABLE DATA'",
                        "a few dozen tables"),
                step("Restore into an empty database", "Owned by Caretaker's role; pg_trgm first, as a superuser.",
                        "createdb --owner=caretaker caretaker_restored && psql -d caretaker_restored -c 'create extension if not exists pg_trgm'"
                                + " && pg_restore --no-owner --no-comments --role=caretaker --dbname=caretaker_restored caretaker-$(date +%F).dump",
                        "no errors"),
                step("Start Caretaker on the copy", "Point QUARKUS_DATASOURCE_JDBC_URL at caretaker_restored.",
                        "curl -s localhost:8080/q/health/ready", "status UP"),
                step("Compare", "Search for a known article and count bugs in both instances.", null, "the same answers"));
        RunbookEntity upgrade = runbook("caretaker-upgrade", "Upgrade Caretaker", RunbookCategory.DEPLOYMENT, "alice", 20, null,
                "A new release of Caretaker itself, with its schema migration, without downtime.");
        revision(upgrade, "alice", 18, "Initial revision",
                step("Read the changelog", "Note migrations and new settings.", null, null),
                step("Back up", "Run caretaker-backup-restore's first two steps.", null, "a readable .dump"),
                step("Deploy the new image", "The first new pod migrates the schema while the old ones serve.",
                        "kubectl -n caretaker set image deployment/caretaker caretaker=ghcr.io/caretaker/caretaker:NEW",
                        "deployment.apps/caretaker image updated"),
                step("Watch the rollout", "If it misbehaves: kubectl -n caretaker rollout undo deployment/caretaker.",
                        "kubectl -n caretaker rollout status deployment/caretaker", "successfully rolled out"));
        RunbookEntity backupAlert = runbook("caretaker-backup-too-old", "CaretakerBackupTooOld: the nightly backup failed",
                RunbookCategory.INCIDENT, "bob", 60, null, "The newest base backup of caretaker-db is more than 26 hours old.");
        revision(backupAlert, "bob", 10, "Initial revision",
                step("Find the failed backup", null, "kubectl -n caretaker get backups", "a backup in phase failed, with its error"),
                step("Check WAL archiving", null, "kubectl cnpg -n caretaker status caretaker-db", "continuous archiving OK"),
                step("Fix the cause", "Usually expired object-store credentials (secret caretaker-backup-s3) or a full bucket.",
                        null, null),
                step("Take a backup now", null, "kubectl cnpg -n caretaker backup caretaker-db", "a backup in phase completed"));
        RunbookEntity verifyAlert = runbook("caretaker-backup-verify-failed", "CaretakerBackupVerifyFailed: backups do not restore",
                RunbookCategory.INCIDENT, "bob", 120, null, "The nightly restore of the newest backup has not succeeded for two days.");
        revision(verifyAlert, "bob", 5, "Initial revision",
                step("Read the failed run", "Its log ends with the step that failed.",
                        "kubectl -n caretaker logs job/$(kubectl -n caretaker get jobs -l app.kubernetes.io/name=caretaker-backup-verify"
                                + " -o name | tail -n 1 | cut -d/ -f2)", "the failing step"),
                step("Check WAL archiving", "A missing WAL segment breaks the replay.", "kubectl cnpg -n caretaker status caretaker-db",
                        "continuous archiving OK"),
                step("Take a new base backup", null, "kubectl cnpg -n caretaker backup caretaker-db", "a backup in phase completed"),
                step("Verify again", null, "kubectl -n caretaker create job --from=cronjob/caretaker-backup-verify backup-verify-now",
                        "the job's log ends with \"backup verified\""));
        RunbookEntity move = runbook("caretaker-export-import", "Move Caretaker's data to a new instance", RunbookCategory.DATABASE,
                "alice", 60, 180, "Export everything from one Caretaker and import it into a new, empty one (another database or provider).");
        revision(move, "alice", 5, "Initial revision",
                step("Export", "As an admin; the archive is consistent while people keep working.",
                        "curl -fsS -H \"Authorization: Bearer $TOKEN\" -OJ https://caretaker.example.com/admin/export",
                        "caretaker-export-<time>.zip"),
                step("Start the new instance empty", "Same release; one replica; QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE above the archive's size.",
                        "curl -s https://new-caretaker.example.com/q/health/ready", "status UP"),
                step("Import", null, "curl -fsS -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/zip'"
                        + " --data-binary @caretaker-export-<time>.zip https://new-caretaker.example.com/admin/import",
                        "{\"imported\": {...}}"),
                step("Compare", "Export the new instance: the same bytes as the first archive.", "cmp first.zip second.zip", "no output"));
    }

    private static Step step(String title, String instructions, String command, String expected) {
        return new Step(title, instructions, command, expected);
    }

    private RunbookEntity runbook(String slug, String title, RunbookCategory category, String owner, Integer rto,
            Integer drillDays, String purpose) {
        RunbookEntity runbook = new RunbookEntity();
        runbook.slug = slug;
        runbook.title = title;
        runbook.category = category;
        runbook.ownerId = u(owner);
        runbook.rtoMinutes = rto;
        runbook.drillIntervalDays = drillDays;
        runbook.purpose = purpose;
        runbook.createdAt = daysAgo(80);
        runbook.updatedAt = runbook.createdAt;
        runbook.currentRevision = 0;
        em.persist(runbook);
        runbooks++;
        em.flush();
        return runbook;
    }

    private void revision(RunbookEntity runbook, String author, int ageDays, String message, Step... steps) {
        RunbookRevisionEntity revision = new RunbookRevisionEntity();
        revision.runbookId = runbook.id;
        revision.number = runbook.currentRevision + 1;
        revision.message = message;
        revision.authorId = u(author);
        revision.createdAt = daysAgo(ageDays);
        em.persist(revision);
        em.flush();
        int position = 1;
        for (Step step : steps) {
            RunbookStepEntity entity = new RunbookStepEntity();
            entity.revisionId = revision.id;
            entity.position = position++;
            entity.title = step.title();
            entity.instructions = step.instructions() == null ? "" : step.instructions();
            entity.command = step.command();
            entity.expectedResult = step.expected();
            em.persist(entity);
        }
        runbook.currentRevision = revision.number;
        runbook.updatedAt = revision.createdAt;
    }

    private void seedRunbooks() {
        RunbookEntity restore = runbook("restore-trading-database", "Restore the trading database", RunbookCategory.RESTORE, "bob",
                60, 90, "Bring the trading database back from the latest verified backup after data loss or corruption.");
        revision(restore, "bob", 80, "Initial revision",
                step("Stop writers", "Scale the order API to zero so that nothing writes during the restore.",
                        "kubectl -n trading scale deploy/order-api --replicas=0", "deployment.apps/order-api scaled"),
                step("Restore the dump", null, "pg_restore --clean --if-exists -d trading /backups/latest/trading.dump",
                        "exit code 0"),
                step("Start writers", null, "kubectl -n trading scale deploy/order-api --replicas=3", "3/3 pods ready"));
        revision(restore, "priya", 20, "Verify the backup before restoring; check row counts afterwards",
                step("Announce the incident", "Post in #incidents that trading is paused and why.", null, "message posted"),
                step("Stop writers", "Scale the order API to zero so that nothing writes during the restore.",
                        "kubectl -n trading scale deploy/order-api --replicas=0", "deployment.apps/order-api scaled"),
                step("Check the backup", "Pick the newest backup whose checksum was verified by the nightly job.",
                        "pgbackrest --stanza=trading info", "status: ok, a full backup from the last 24 h"),
                step("Restore", null, "pgbackrest --stanza=trading --delta restore", "restore command end: completed successfully"),
                step("Check row counts", "Compare with the counts in the backup manifest.",
                        "psql -d trading -c \"select count(*) from orders\"", "within 0.1 % of the manifest"),
                step("Start writers", null, "kubectl -n trading scale deploy/order-api --replicas=3", "3/3 pods ready"),
                step("Close the incident", "Post the outcome and the measured downtime in #incidents.", null, null));
        RunbookEntity keys = runbook("rotate-exchange-api-keys", "Rotate the exchange API keys", RunbookCategory.SECURITY_PATCH,
                "alice", 30, 180, "Replace the API keys Caretaker's trading app uses at Binance, Coinbase and Kraken.");
        revision(keys, "alice", 70, "Initial revision",
                step("Create new keys", "Read-only keys, IP-restricted to the egress addresses.", null, "three new key pairs"),
                step("Store them", null, "vault kv put secret/trading/exchanges binance_key=... coinbase_key=... kraken_key=...",
                        "Success! Data written"),
                step("Roll the price feed", null, "kubectl -n trading rollout restart deploy/price-feed",
                        "deployment \"price-feed\" successfully rolled out"),
                step("Check prices flow", "Watch the feed dashboard for five minutes.", null, "no gaps, no 401s"),
                step("Revoke the old keys", "At each exchange, delete the previous keys.", null, "old keys gone"));
        RunbookEntity rateLimit = runbook("exchange-rate-limit-incident", "Exchange API rate limit hit", RunbookCategory.INCIDENT,
                "tomasz", 15, 120, "Prices stop or lag because an exchange answers HTTP 429 or 418.");
        revision(rateLimit, "tomasz", 40, "Initial revision",
                step("Confirm", "Check the feed error rate by exchange.", "kubectl -n trading logs deploy/price-feed | grep -c ' 429 '",
                        "429s from one exchange"),
                step("Switch to websocket only", "Disable the REST fallback for that exchange.",
                        "kubectl -n trading set env deploy/price-feed REST_FALLBACK_BINANCE=false", "rollout complete"),
                step("Fail over the pair", "Route the affected pairs to the secondary exchange.", "feedctl failover binance coinbase",
                        "pairs now served by coinbase"),
                step("Wait for the ban to lift", "Binance bans for 2 minutes to 3 days; see the knowledge-base article.", null, null),
                step("Restore", null, "feedctl failback binance", "pairs served by binance again"));
        RunbookEntity backups = runbook("verify-nightly-backups", "Verify the nightly backups", RunbookCategory.BACKUP, "bob", null, 7,
                "Prove that last night's backup can be restored: restore it into a scratch database and check it.");
        revision(backups, "bob", 60, "Initial revision",
                step("Find last night's backup", null, "pgbackrest --stanza=trading info", "a backup from the last 24 h"),
                step("Restore into scratch", null, "pgbackrest --stanza=trading --type=immediate --target-action=promote restore --pg1-path=/scratch",
                        "completed successfully"),
                step("Check it", null, "psql -p 5433 -d trading -c \"select max(created_at) from orders\"", "less than 24 h old"),
                step("Record the result", "Note the duration and outcome in the backup log.", null, null));
        RunbookEntity deps = runbook("monthly-dependency-updates", "Monthly dependency updates", RunbookCategory.DEPENDENCY_UPDATE, "priya",
                null, null, "Keep libraries, base images and the JDK current, one small change at a time.");
        revision(deps, "priya", 50, "Initial revision",
                step("List outdated dependencies", null, "./mvnw versions:display-dependency-updates", "a list of updates"),
                step("Check advisories", "Read the changelogs and security advisories of each update.", null, null),
                step("Update and test", null, "./mvnw verify", "BUILD SUCCESS"),
                step("Deploy to staging", null, "kubectl -n staging set image deploy/order-api order-api=registry.example.com/order-api:$TAG",
                        "rollout complete"),
                step("Watch for a day", "Error rate and latency on the staging dashboard.", null, "no regressions"));
        RunbookEntity deploy = runbook("zero-downtime-deployment", "Deploy without downtime", RunbookCategory.DEPLOYMENT, "tomasz", 20, null,
                "Roll out a new version of the order API while trading continues.");
        revision(deploy, "tomasz", 45, "Initial revision",
                step("Check the migration", "Migrations must be backwards compatible with the running version.", null, "reviewed"),
                step("Roll out", null, "kubectl -n trading set image deploy/order-api order-api=registry.example.com/order-api:$TAG",
                        "rollout started"),
                step("Watch the rollout", null, "kubectl -n trading rollout status deploy/order-api --timeout=10m",
                        "successfully rolled out"),
                step("Smoke test", "Place and cancel a paper order.", null, "order accepted and cancelled"));
        revision(deploy, "priya", 10, "Drain websocket connections before stopping a pod",
                step("Check the migration", "Migrations must be backwards compatible with the running version.", null, "reviewed"),
                step("Roll out", "The pods drain their websocket connections for 30 s (preStop hook) before they stop.",
                        "kubectl -n trading set image deploy/order-api order-api=registry.example.com/order-api:$TAG", "rollout started"),
                step("Watch the rollout", null, "kubectl -n trading rollout status deploy/order-api --timeout=10m",
                        "successfully rolled out"),
                step("Watch reconnects", "The reconnect rate must stay under 50/s.", null, "no reconnect storm"),
                step("Smoke test", "Place and cancel a paper order.", null, "order accepted and cancelled"));
        RunbookEntity vacuum = runbook("postgres-maintenance", "PostgreSQL vacuum and index maintenance", RunbookCategory.DATABASE, "bob",
                null, null, "Keep the trading database fast: bloat, dead tuples and unused indexes.");
        revision(vacuum, "bob", 35, "Initial revision",
                step("Find bloated tables", null,
                        "psql -d trading -c \"select relname, n_dead_tup from pg_stat_user_tables order by n_dead_tup desc limit 10\"",
                        "dead tuples per table"),
                step("Vacuum the worst", null, "psql -d trading -c \"vacuum (verbose, analyze) orders\"", "no errors"),
                step("Reindex concurrently", null, "psql -d trading -c \"reindex index concurrently orders_created_idx\"", "REINDEX"),
                step("Find unused indexes", null,
                        "psql -d trading -c \"select indexrelname from pg_stat_user_indexes where idx_scan = 0\"",
                        "candidates to drop, discussed with the team"));
        seedOwnRunbooks();
        RunbookEntity alerts = runbook("tune-alerts", "Tune noisy alerts", RunbookCategory.MONITORING, "tomasz", null, null,
                "Every page must be actionable: review the alerts that fired last week.");
        revision(alerts, "tomasz", 15, "Initial revision",
                step("List last week's alerts", null, "amtool alert query --silenced=false", "alerts with counts"),
                step("Classify", "Actionable, noisy or wrong threshold.", null, null),
                step("Change thresholds", "Edit the rules, then check them.", "promtool check rules alerts/*.yml", "SUCCESS"));
    }

    /** The team's maintenance plan in the seeds' format, half a year in: items in every state, notes in the table. */
    private void seedMaintenancePlan() {
        String markdown;
        try (var in = DemoData.class.getResourceAsStream("/demo/maintenance-plan.md")) {
            markdown = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("The demo maintenance plan is missing from the class path", e);
        }
        MaintenancePlanDocument.Parsed parsed;
        try {
            parsed = MaintenancePlanDocument.read(markdown);
        } catch (MaintenancePlanDocument.Malformed e) {
            throw new IllegalStateException("The demo maintenance plan does not read: " + e.getMessage(), e);
        }
        MaintenancePlanEntity plan = plans.store(parsed, u("alice"), daysAgo(180));
        // the states it holds were set over the half year, by the people who did the work
        em.createQuery("update PlanItemEntity i set i.updatedById = :bob, i.updatedAt = :at"
                + " where i.planId = :plan and i.status <> io.caretaker.maintenance.plans.PlanItemStatus.NOT_STARTED")
                .setParameter("bob", u("bob")).setParameter("at", daysAgo(3)).setParameter("plan", plan.id).executeUpdate();
    }

    /**
     * Recurring maintenance from the seeds' plans, with a month of history: older occurrences done (one
     * skipped), the newest still open — overdue when its time has passed.
     */
    private void seedRecurringTasks() {
        recurringTask("Verify the nightly backups", "Restore last night's backup into scratch and check it.", "0 6 * * 1",
                "Europe/Berlin", "bob", "verify-nightly-backups");
        recurringTask("Review alert thresholds", "Go through last week's alerts: actionable, noisy or wrong threshold.",
                "0 14 * * 5", "Europe/Berlin", "tomasz", null);
        recurringTask("Monthly dependency updates", "Libraries, base images and the JDK, one small change at a time.",
                "0 10 1 * *", "UTC", "priya", "monthly-dependency-updates");
        recurringTask("Rotate the exchange API keys", "Quarterly, before the keys' 100-day limit.", "0 9 1 */3 *", "UTC",
                "alice", "rotate-exchange-api-keys");
    }

    private void recurringTask(String title, String description, String cron, String zone, String owner, String runbookSlug) {
        OffsetDateTime now = Timestamps.now();
        RecurringTaskEntity task = new RecurringTaskEntity();
        task.title = title;
        task.description = description;
        task.cron = cron;
        task.timeZone = zone;
        task.ownerId = u(owner);
        task.runbookId = runbookSlug == null ? null : em.createQuery("select r.id from RunbookEntity r where r.slug = :s",
                Long.class).setParameter("s", runbookSlug).getSingleResult();
        task.createdAt = now.minusDays(35);
        task.updatedAt = task.createdAt;
        List<OffsetDateTime> due = Cadence.parse(cron, zone).between(task.createdAt, now, 100);
        // as the scheduler leaves it: up to the newest due time written
        task.scheduledUntil = due.isEmpty() ? task.createdAt : due.get(due.size() - 1);
        em.persist(task);
        for (int i = 0; i < due.size(); i++) {
            OccurrenceEntity occurrence = new OccurrenceEntity();
            occurrence.taskId = task.id;
            occurrence.dueAt = due.get(i);
            boolean newest = i == due.size() - 1;
            if (newest) {
                occurrence.status = OccurrenceStatus.OPEN;
            } else {
                occurrence.status = i == 1 ? OccurrenceStatus.SKIPPED : OccurrenceStatus.DONE;
                occurrence.note = i == 1 ? "Release freeze week: moved to the next one." : null;
                occurrence.completedById = u(owner);
                occurrence.completedAt = due.get(i).plusHours(3);
            }
            em.persist(occurrence);
        }
        em.flush();
    }

    /**
     * Past runs: drills that met and that missed their recovery-time objective, an incident that ran long,
     * a failed drill, and one execution in progress; the drill due dates follow from them.
     */
    private void seedExecutions() {
        execution("restore-trading-database", 1, ExecutionKind.DRILL, "bob", 75 * 24 * 60, 52, ExecutionOutcome.SUCCEEDED,
                "Restored in 52 minutes, within the hour.");
        execution("restore-trading-database", 2, ExecutionKind.DRILL, "priya", 10 * 24 * 60, 71, ExecutionOutcome.SUCCEEDED,
                "Worked, but the backup check took 20 minutes: over the objective.");
        execution("rotate-exchange-api-keys", 1, ExecutionKind.DRILL, "alice", 60 * 24 * 60, 24, ExecutionOutcome.SUCCEEDED,
                "Kraken's key page was slow; otherwise smooth.");
        execution("exchange-rate-limit-incident", 1, ExecutionKind.INCIDENT, "tomasz", 30 * 24 * 60, 22, ExecutionOutcome.SUCCEEDED,
                "Binance ban lasted 20 minutes; failover held.");
        execution("verify-nightly-backups", 1, ExecutionKind.DRILL, "bob", 12 * 24 * 60, 35, ExecutionOutcome.SUCCEEDED, null);
        execution("verify-nightly-backups", 1, ExecutionKind.DRILL, "bob", 2 * 24 * 60, 18, ExecutionOutcome.FAILED,
                "Scratch restore failed: the volume was too small.");
        execution("zero-downtime-deployment", 1, ExecutionKind.ROUTINE, "tomasz", 20, 0, null, null);
    }

    /**
     * One execution of a runbook revision that started {@code startedMinutesAgo} and took {@code minutes}; every
     * step DONE, or the last one FAILED for a FAILED outcome; {@code outcome} null leaves it running, half done.
     */
    private void execution(String slug, int revisionNumber, ExecutionKind kind, String who, int startedMinutesAgo, int minutes,
            ExecutionOutcome outcome, String note) {
        RunbookEntity runbook = em.createQuery("from RunbookEntity r where r.slug = :s", RunbookEntity.class)
                .setParameter("s", slug).getSingleResult();
        long revisionId = em.createQuery("select r.id from RunbookRevisionEntity r where r.runbookId = :id and r.number = :n",
                Long.class).setParameter("id", runbook.id).setParameter("n", revisionNumber).getSingleResult();
        List<Long> steps = em.createQuery("select s.id from RunbookStepEntity s where s.revisionId = :r order by s.position",
                Long.class).setParameter("r", revisionId).getResultList();
        OffsetDateTime started = Timestamps.now().minusMinutes(startedMinutesAgo);
        RunbookExecutionEntity execution = new RunbookExecutionEntity();
        execution.runbookId = runbook.id;
        execution.revisionId = revisionId;
        execution.kind = kind;
        execution.rtoMinutes = runbook.rtoMinutes;
        execution.startedById = u(who);
        execution.startedAt = started;
        execution.status = outcome == null ? ExecutionStatus.RUNNING : ExecutionStatus.FINISHED;
        execution.outcome = outcome;
        if (outcome != null) {
            execution.endedById = u(who);
            execution.endedAt = started.plusMinutes(minutes);
            execution.note = note;
        }
        em.persist(execution);
        int recorded = outcome == null ? steps.size() / 2 : steps.size();
        for (int i = 0; i < recorded; i++) {
            ExecutionStepRecordEntity record = new ExecutionStepRecordEntity();
            record.executionId = execution.id;
            record.stepId = steps.get(i);
            boolean last = i == steps.size() - 1;
            record.status = outcome == ExecutionOutcome.FAILED && last ? RecordedStepStatus.FAILED : RecordedStepStatus.DONE;
            record.note = record.status == RecordedStepStatus.FAILED ? note : null;
            record.recordedById = u(who);
            record.recordedAt = started.plusMinutes((long) Math.max(1, minutes) * (i + 1) / steps.size());
            em.persist(record);
        }
        em.flush();
    }

    // --- knowledge base -----------------------------------------------------------------------------

    private ArticleEntity article(String slug, String title, ArticleCategory category, ArticleStatus status, String owner,
            int ageDays, Integer reviewInDays, String[] tags, String body) {
        ArticleEntity article = new ArticleEntity();
        article.slug = slug;
        article.title = title;
        article.body = body;
        article.category = category;
        article.tags = tags;
        article.status = status;
        article.ownerId = u(owner);
        article.reviewBy = reviewInDays == null ? null : LocalDate.now(ZoneOffset.UTC).plusDays(reviewInDays);
        article.createdAt = daysAgo(ageDays);
        article.updatedAt = article.createdAt;
        article.publishedAt = status == ArticleStatus.DRAFT ? null : article.createdAt.plusHours(4);
        article.currentRevision = 1;
        em.persist(article);
        articles++;
        em.flush();
        articleRevision(article, 1, title, body, "First draft", owner, article.createdAt);
        return article;
    }

    private void articleRevision(ArticleEntity article, int number, String title, String body, String message, String author,
            OffsetDateTime at) {
        ArticleRevisionEntity revision = new ArticleRevisionEntity();
        revision.articleId = article.id;
        revision.number = number;
        revision.title = title;
        revision.body = body;
        revision.message = message;
        revision.authorId = u(author);
        revision.createdAt = at;
        em.persist(revision);
    }

    /** A new revision that becomes current. */
    private void edit(ArticleEntity article, String author, int ageDays, String message, String title, String body) {
        OffsetDateTime at = daysAgo(ageDays);
        article.currentRevision++;
        article.title = title;
        article.body = body;
        article.updatedAt = at;
        articleRevision(article, article.currentRevision, title, body, message, author, at);
    }

    private static String[] tags(String... tags) {
        return java.util.Arrays.stream(tags).sorted().toArray(String[]::new);
    }

    private void seedArticles() {
        String limitsNow = """
                        # Exchange API rate limits

                        | exchange | REST limit | on excess |
                        |---|---|---|
                        | Binance | 6000 request weight per minute per IP | 429, then 418 (IP ban, 2 min to 3 days) |
                        | Coinbase | 10 requests per second per IP | 429 |
                        | Kraken | counter decays by 0.33 per second | `EAPI:Rate limit exceeded` |

                        The price feed uses websockets; REST is only the fallback. During volatility the fallback
                        polls too often: see runbook *exchange-rate-limit-incident*.""";
        ArticleEntity limits = article("exchange-api-rate-limits", "Exchange API rate limits", ArticleCategory.KNOWN_ISSUE,
                ArticleStatus.PUBLISHED, "tomasz", 60, 30, tags("binance", "coinbase", "kraken", "rate-limit"),
                limitsNow.replace("6000 request weight", "1200 request weight"));
        edit(limits, "tomasz", 12, "Binance raised the limit to 6000 weight", limits.title, limitsNow);
        ArticleEntity restoring = article("restoring-the-trading-database", "Restoring the trading database", ArticleCategory.HOW_TO, ArticleStatus.PUBLISHED, "bob",
                55, 60, tags("backup", "postgres", "restore"), """
                        # Restoring the trading database

                        Backups are taken nightly with pgBackRest (full on Sunday, differential otherwise) and
                        WAL is archived continuously, so any point in the last 14 days can be restored.

                        1. Follow the runbook *restore-trading-database* step by step.
                        2. For a point in time: `pgbackrest --stanza=trading --type=time "--target=2026-11-20 14:00:00+00" restore`.
                        3. Expect about 25 minutes for the current size (180 GB).""");
        ArticleEntity rotate = article("rotating-exchange-api-keys", "Rotating exchange API keys", ArticleCategory.BEST_PRACTICE,
                ArticleStatus.PUBLISHED, "alice", 50, -5, tags("api-keys", "security"), """
                        # Rotating exchange API keys

                        Rotate every 180 days and whenever someone with access leaves. Keys are **read-only**
                        and IP-restricted. The runbook *rotate-exchange-api-keys* does it without a price gap:
                        new keys first, roll the feed, then revoke the old keys.""");
        edit(rotate, "alice", 30, "Mention IP restrictions", rotate.title, rotate.body + "\n\nNever store keys outside Vault.");
        article("order-matching-architecture", "How the order matching engine works", ArticleCategory.ARCHITECTURE,
                ArticleStatus.PUBLISHED, "priya", 70, 120, tags("architecture", "order-book"), """
                        # How the order matching engine works

                        One matcher per trading pair, single-threaded, fed by a queue. Orders are matched
                        against the simulated book built from the exchange's real order book; fills are
                        written to the ledger through an outbox, so a crash never loses or doubles a fill.""");
        ArticleEntity priceFeed = article("price-feed-troubleshooting", "Price feed troubleshooting", ArticleCategory.TROUBLESHOOTING, ArticleStatus.PUBLISHED,
                "tomasz", 45, -10, tags("price-feed", "websocket"), """
                        # Price feed troubleshooting

                        - **Prices frozen for one exchange**: check its status page, then the feed logs for
                          reconnect loops.
                        - **All prices frozen**: the feed gateway is down; check `kubectl -n trading get pods`.
                        - **Prices wrong by a factor**: symbol mapping (XBT vs BTC).""");
        ArticleEntity pending = article("why-is-my-order-pending", "Why is my order still pending?", ArticleCategory.FAQ, ArticleStatus.PUBLISHED, "carol",
                40, 90, tags("faq", "orders"), """
                        # Why is my order still pending?

                        A limit order waits until the real market reaches your price. Market orders fill at
                        once unless the price feed has a gap; then they wait for the next price.""");
        ArticleEntity storms = article("websocket-reconnect-storms", "Websocket reconnect storms", ArticleCategory.KNOWN_ISSUE, ArticleStatus.PUBLISHED,
                "tomasz", 14, 60, tags("deployment", "websocket"), """
                        # Websocket reconnect storms

                        After a deploy all clients reconnected in the same second. Clients now back off with
                        jitter; pods drain connections for 30 s before they stop.""");
        article("resetting-a-paper-trading-balance", "Resetting a paper-trading balance", ArticleCategory.FAQ, ArticleStatus.PUBLISHED,
                "carol", 30, 180, tags("faq", "wallet"), """
                        # Resetting a paper-trading balance

                        Settings → Account → *Reset balance* sets the balance back to 10 000 USDT and closes
                        all positions. It cannot be undone.""");
        article("structured-logging", "Structured logging", ArticleCategory.BEST_PRACTICE, ArticleStatus.PUBLISHED, "bob", 25, 90,
                tags("logging", "observability"), """
                        # Structured logging

                        Log JSON with a request id; never log secrets, keys or full card numbers. Errors carry
                        the exception; everything else is one line.""");
        ArticleEntity retention = article("backup-retention", "Backup retention", ArticleCategory.BEST_PRACTICE, ArticleStatus.PUBLISHED, "bob", 20, -2,
                tags("backup", "retention"), """
                        # Backup retention

                        Full backups are kept 5 weeks, differentials 14 days, WAL 14 days. Backups are
                        verified nightly by restoring into a scratch database.""");
        article("deployment-checklist", "Deployment checklist", ArticleCategory.HOW_TO, ArticleStatus.DRAFT, "tomasz", 4, null,
                tags("deployment"), """
                        # Deployment checklist

                        - [ ] Migrations backwards compatible
                        - [ ] Feature flags for risky changes
                        - [ ] Rollback plan written down""");
        article("incident-communication", "Communicating during an incident", ArticleCategory.HOW_TO, ArticleStatus.DRAFT, "alice", 2,
                null, tags("incident"), """
                        # Communicating during an incident

                        Post in #incidents when it starts, every 30 minutes, and when it ends.""");
        article("kraken-rest-fallback", "Kraken REST fallback", ArticleCategory.KNOWN_ISSUE, ArticleStatus.ARCHIVED, "tomasz", 85, null,
                tags("kraken"), """
                        # Kraken REST fallback

                        Obsolete since 1.3.0: Kraken prices come from the websocket feed only.""");
        ArticleEntity certificates = article("renewing-tls-certificates", "Renewing TLS certificates", ArticleCategory.HOW_TO,
                ArticleStatus.PUBLISHED, "demo:priya", 35, 45, tags("security", "tls"), """
                        # Renewing TLS certificates

                        cert-manager renews the Let's Encrypt certificates of the ingress 30 days before they
                        expire. The alert *CertificateExpiresSoon* fires at 14 days: that means renewal failed.

                        1. `kubectl -n ingress describe certificate trading-tls` shows the last error.
                        2. A failed HTTP-01 challenge is almost always the ingress class or a firewall rule.
                        3. Delete the failed `CertificateRequest` to retry at once.""");
        ArticleEntity diskFull = article("trading-database-disk-full", "Trading database disk full", ArticleCategory.TROUBLESHOOTING,
                ArticleStatus.PUBLISHED, "bob", 16, 75, tags("disk", "postgres"), """
                        # Trading database disk full

                        PostgreSQL stops accepting writes when its volume is full; orders fail with *could not
                        extend file*. Usual causes, most likely first:

                        | cause | check | fix |
                        |---|---|---|
                        | WAL piling up | `select * from pg_replication_slots` | drop the stale slot |
                        | table bloat | the runbook *postgres-maintenance* | vacuum, reindex |
                        | volume too small | disk usage panel in Grafana | grow the PVC |

                        Never delete files under `pg_wal` by hand.""");

        linkRunbook(limits, "exchange-rate-limit-incident");
        linkBug(limits, "Rate limit errors from Coinbase during volatility");
        linkRunbook(restoring, "restore-trading-database");
        linkRunbook(restoring, "verify-nightly-backups");
        linkRunbook(rotate, "rotate-exchange-api-keys");
        linkRunbook(storms, "zero-downtime-deployment");
        linkBug(storms, "Websocket reconnect storm after a deploy");
        linkBug(priceFeed, "Kraken prices off by a factor of 10 for XBT pairs");
        linkBug(priceFeed, "Market order fills at a stale price after a feed gap");
        linkRunbook(retention, "verify-nightly-backups");
        linkRunbook(diskFull, "postgres-maintenance");

        feedback(limits, "carol", true, null, 20);
        feedback(limits, "dave", true, null, 15);
        feedback(limits, "demo:jun", true, "The table saved us during the Coinbase incident.", 9);
        feedback(restoring, "demo:tomasz", true, null, 30);
        feedback(restoring, "carol", false, "Which stanza do I use for staging?", 12);
        feedback(priceFeed, "demo:sam", false, "Nothing about Coinbase rate limits here.", 8);
        feedback(pending, "dave", true, null, 5);
        feedback(certificates, "bob", true, null, 3);

        views(limits, 214);
        views(restoring, 97);
        views(rotate, 41);
        views(priceFeed, 156);
        views(pending, 63);
        views(storms, 28);
        views(certificates, 19);
        views(diskFull, 12);
    }

    /** Links and feedback are written with SQL by their services too (their entities are read-only). */
    private void linkRunbook(ArticleEntity article, String slug) {
        long runbook = em.createQuery("select r.id from RunbookEntity r where r.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult();
        link(article, "runbook_id", runbook);
    }

    private void linkBug(ArticleEntity article, String title) {
        long bug = em.createQuery("select b.id from BugEntity b where b.title = :title", Long.class)
                .setParameter("title", title).getSingleResult();
        link(article, "bug_id", bug);
    }

    private void link(ArticleEntity article, String column, long target) {
        em.flush();
        em.createNativeQuery("insert into article_link (article_id, %s, created_at) values (:a, :t, :at)".formatted(column))
                .setParameter("a", article.id).setParameter("t", target).setParameter("at", article.updatedAt).executeUpdate();
    }

    private void feedback(ArticleEntity article, String user, boolean helpful, String comment, int ageDays) {
        em.flush();
        em.createNativeQuery("""
                insert into article_feedback (article_id, user_id, helpful, comment, created_at, updated_at)
                values (:a, :u, :h, nullif(:c, ''), :at, :at)""")
                .setParameter("a", article.id).setParameter("u", u(user)).setParameter("h", helpful)
                .setParameter("c", comment == null ? "" : comment).setParameter("at", daysAgo(ageDays)).executeUpdate();
    }

    /** Views are counted by the database, never through the entity (see V12). */
    private void views(ArticleEntity article, int count) {
        em.flush();
        em.createNativeQuery("update article set view_count = :count where id = :id")
                .setParameter("count", count).setParameter("id", article.id).executeUpdate();
    }

    // --- time ---------------------------------------------------------------------------------------

    private OffsetDateTime daysAgo(int days) {
        return now.minusDays(days).minusMinutes((days * 37L) % 600);
    }

    private static OffsetDateTime latest(OffsetDateTime... times) {
        OffsetDateTime latest = null;
        for (OffsetDateTime time : times) {
            if (time != null && (latest == null || time.isAfter(latest))) {
                latest = time;
            }
        }
        return latest;
    }
}
