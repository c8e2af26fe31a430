#!/usr/bin/env python3
"""Writes a believable knowledge base as a psql script (COPY blocks) to standard output.

The text lives in the seeds' world: a crypto trading simulation run in production, its exchanges, its
trading database, backups, Kubernetes, keys and certificates. Titles and bodies are assembled from
templates with enough vocabulary (components, exchanges, hosts, error codes, commands) that common words
match many documents and specific ones few, as in a real knowledge base. Deterministic for a seed.

    python3 bench/corpus.py --articles 100000 --runbooks 10000 --owners 7,8,9 | psql -q caretaker_bench
"""
import argparse
import random
import sys

# Topic families: each document is mostly about one of them, so that a word is frequent in the documents
# of its family and rare elsewhere, as in a real knowledge base (where "backup" is in the backup articles,
# not in half of all articles).
FAMILIES = {
    "exchanges": {
        "components": ["market data feed", "price websocket", "order router", "exchange adapter", "ticker cache", "candle aggregator"],
        "symptoms": ["rate limit errors (HTTP 429)", "an IP ban", "websocket disconnects", "stale prices", "missing candles",
                     "a revoked API key", "signature errors", "clock skew against the exchange"],
        "tools": ["the exchange status page", "the feed logs", "curl", "wscat", "the adapter metrics"],
        "sentences": [
            'The [order router|exchange adapter] [keeps|holds] one [session|connection] per {exchange} account and [renews|refreshes] its listen key every [30|60] minutes.',
            '[Maintenance windows|Scheduled outages] of {exchange} are announced on its status page; [subscribe|follow] it in the team channel.',
            '[Candles|Klines] from {exchange} arrive [late|out of order] after a reconnect; the aggregator fills the gap from REST.',
            'Weights differ per endpoint: the order book [snapshot|depth call] costs [10|50] times a ticker call.',
            '[Sandbox|Testnet] keys of {exchange} never work against production, and the error does not say so.',
            'A [burst|spike] of [cancels|amendments] counts against the order rate, not the request weight.',
            'Keep the [recvWindow|receive window] small and the clock synced, or {exchange} rejects signed calls.',
            '[Depth|Book] updates carry sequence numbers; a gap means [resubscribe|take a fresh snapshot].',
            "{exchange} answers with {exchange_error} when we exceed its {thing} limits; back off with jitter and retry.",
            "Our {exchange} client keeps a token bucket of {n:10,20,50,120,1200} requests per {unit}.",
            "When the {component} shows {symptom}, check {tool} first, then the {exchange} announcements.",
            "The {exchange} {thing} counts request weight per IP, so all pods share one budget.",
            "During volatility the REST fallback of the {component} polls {exchange} too often.",
            "Symbols differ per exchange: {exchange} writes XBT where we write BTC.",
            "Subscribe to the {exchange} websocket channels in batches of {n:10,20,50} to stay under the connection limit.",
            "If {exchange} returns {exchange_error}, pause the {component} for {n:1,2,5,10} minutes before reconnecting.",
        ],
        "titles": ["{Symptom} from {exchange}", "Known issue: {symptom} with the {exchange} {thing}",
                   "How the {component} handles {exchange} limits", "{exchange} {thing} cheat sheet"],
    },
    "backups": {
        "components": ["nightly backup job", "S3 backup bucket", "WAL archive", "pgBackRest repository", "backup verifier"],
        "symptoms": ["a failed backup", "a backup older than 26 hours", "a missing WAL segment", "a checksum mismatch",
                     "a restore slower than the RTO", "an expired bucket lifecycle rule"],
        "tools": ["pgBackRest", "pg_dump", "pg_restore", "the backup dashboard", "aws s3 ls"],
        "sentences": [
            'The [retention|expiry] policy of the bucket deletes [dailies|daily archives] after [14|35] days and monthlies after a year.',
            'A [backup|dump] that was never restored is a hope, not a backup.',
            '[Differential|Incremental] backups depend on the last full one; verify the chain, not just the file.',
            'Restore [into|onto] a scratch instance, run the [checksum|consistency] queries, then throw it away.',
            '[Snapshots|Volume snapshots] of the PVC are not consistent unless the database is in backup mode.',
            'The [archive_command|WAL archiver] retries forever; a full archive disk blocks checkpoints on the primary.',
            'Copy [one|a] backup per [week|month] to another region in case the whole [region|provider] fails.',
            'Point-in-time recovery to [just before|a minute before] the bad [deploy|migration] is the usual [fix|way out].',
            "Full backups run on Sunday and differentials every night; WAL is archived continuously to the {component}.",
            "Keep {n:7,14,30,35} days of backups and restore one into a scratch database every {period}.",
            "When the {component} reports {symptom}, check {tool} and the free space of the repository.",
            "A point-in-time restore needs the last full backup and every WAL segment since.",
            "The restore drill of the trading database took {n:18,25,40,55} minutes against an RTO of {n:30,60} minutes.",
            "Never run pg_restore --clean against production without a second engineer on the call.",
            "Backups are encrypted with the key in Vault; losing the key loses the backups.",
            "Record the restore drill, its duration and its problems in the maintenance calendar.",
        ],
        "titles": ["Restoring the {component}", "{Symptom} in the {component}", "Backup retention for the {component}",
                   "How to verify the {component}"],
    },
    "database": {
        "components": ["trading database", "replica database", "connection pooler", "reporting warehouse", "ledger tables"],
        "symptoms": ["replication lag", "a full disk", "slow queries", "deadlocks", "an exhausted connection pool",
                     "table bloat", "a long-running transaction", "a corrupted index"],
        "tools": ["psql", "pg_stat_activity", "pg_stat_statements", "the PostgreSQL dashboard", "pgbadger"],
        "sentences": [
            '[Index|Indexes] on the order tables are rebuilt [concurrently|online] so that trading never stops.',
            '[Autovacuum|The vacuum daemon] needs a higher cost limit on the [fills|orders] table than the default.',
            'The pooler runs in transaction mode; [prepared statements|session settings] do not survive between transactions.',
            '[Query plans|Plans] change after a big import: run ANALYZE [before|after] you blame the code.',
            '[Sequential scans|Seq scans] on the [ledger|positions] table usually mean a missing index on account_id.',
            '[Failover|Promotion] of the replica takes [20|40] seconds; clients must retry on a read-only error.',
            'Check [pg_stat_replication|the replication view] for [lag|write lag] before any [maintenance|switchover].',
            '[Bloat|Dead tuples] above [20|30] percent on a hot table is worth a pg_repack in the maintenance window.',
            "When the {component} shows {symptom}, look at {tool} before restarting anything.",
            "Vacuum and reindex the {component} every {period}; autovacuum alone falls behind on the order tables.",
            "Replication lag above {n:10,30,60} seconds pages the on-call engineer.",
            "The {component} runs PostgreSQL {n:15,16,17} with {n:100,200,400} connections behind the pooler.",
            "A full volume stops all writes: grow the PVC first, find the cause after.",
            "Kill a long-running transaction only after you know what it holds: check pg_locks.",
            "Migrations that rewrite a large table run in the maintenance window, never during market hours.",
            "Slow queries over {n:200,500,1000} ms are logged and reviewed weekly.",
        ],
        "titles": ["{Symptom} on the {component}", "Tuning the {component}", "FAQ: the {component}",
                   "How to fail over the {component}"],
    },
    "kubernetes": {
        "components": ["Kubernetes cluster", "ingress controller", "API gateway", "node pool", "Helm release", "CI pipeline"],
        "symptoms": ["OOMKilled pods", "a crash loop", "pending pods", "5xx errors at the ingress", "a failed rollout",
                     "node disk pressure", "image pull errors"],
        "tools": ["kubectl", "k9s", "helm", "the cluster dashboard", "Argo CD"],
        "sentences": [
            '[Requests|Resource requests] should match real usage; [limits|memory limits] a bit above the peak.',
            '[Node|Worker] upgrades drain one node at a time; pods without a disruption budget get evicted [at once|together].',
            '[Secrets|Credentials] are mounted as files, never as environment variables, so rotation needs no restart.',
            '[Liveness|Health] probes that call the database restart healthy pods during a database failover.',
            'The [ingress|load balancer] keeps connections for [60|300] seconds; websocket clients must send pings.',
            '[Horizontal|Pod] autoscaling reacts in minutes; [pre-scale|scale up] before a known [peak|launch].',
            'An [ImagePullBackOff|image pull error] after a release is usually a tag that was never pushed.',
            '[Cluster|Control plane] upgrades skip no minor version; [read|check] the deprecation list first.',
            "When the {component} shows {symptom}, run kubectl describe on the pod and read the events.",
            "Deploy with helm upgrade --atomic so that a failed rollout rolls back by itself.",
            "Pods drain connections for {n:30,60} seconds before they stop; keep the grace period above that.",
            "Memory limits of the {component} were raised to {n:512,1024,2048} MiB after {symptom}.",
            "Roll out one node pool at a time and watch the error rate between them.",
            "Readiness probes must check the database connection, liveness probes must not.",
            "The {component} runs {n:2,3,5} replicas with a pod disruption budget of one.",
            "Image tags are immutable: deploy by digest, never by latest.",
        ],
        "titles": ["{Symptom} in the {component}", "Deploying the {component} without downtime",
                   "How to roll back the {component}", "Architecture of the {component}"],
    },
    "security": {
        "components": ["secrets vault", "exchange API keys", "TLS certificates", "SSO provider", "admin accounts"],
        "symptoms": ["an expired certificate", "a leaked key", "a failed certificate renewal", "a critical CVE",
                     "an unexpected admin login"],
        "tools": ["Vault", "cert-manager", "the audit log", "trivy", "the SSO admin console"],
        "sentences": [
            '[Offboarding|When someone leaves], revoke [SSO|single sign-on] first, then every [key|token] they could read.',
            'The [audit|access] log keeps every Vault read for [90|365] days.',
            '[Dependency|Library] alerts are triaged [weekly|every Monday] by the engineer on duty.',
            '[Admin|Privileged] access is granted for [an hour|a day] at a time and logged.',
            'A [leaked|exposed] key is rotated [first|immediately]; the [investigation|post-mortem] comes after.',
            'TLS [1.2|1.3] only; [old ciphers|weak ciphers] are disabled at the ingress.',
            '[Penetration tests|Pen tests] run [once a year|every year] and after major [changes|releases].',
            "Rotate the {component} every {n:30,90,180} days and whenever someone with access leaves.",
            "cert-manager renews certificates {n:30} days before expiry; an alert at {n:14} days means renewal failed.",
            "When {symptom} is suspected, revoke first and investigate second.",
            "Exchange API keys are read-only and IP-restricted; trading keys never leave Vault.",
            "Critical CVEs in base images are patched within {n:2,3,7} days; check {tool} for the list.",
            "Access reviews of the {component} happen every quarter and are recorded.",
            "Never paste secrets in tickets or chat; share a Vault path instead.",
        ],
        "titles": ["Rotating the {component}", "Responding to {symptom}", "Best practices for the {component}",
                   "Renewing the {component}"],
    },
    "monitoring": {
        "components": ["Prometheus server", "Grafana dashboards", "alert rules", "log pipeline", "Sentry project", "status page"],
        "symptoms": ["noisy alerts", "a missing metric", "a gap in the logs", "an alert that never fired", "high cardinality"],
        "tools": ["Grafana", "Prometheus", "Loki", "Sentry", "Alertmanager"],
        "sentences": [
            'A [dashboard|panel] nobody looks at is deleted at the quarterly [review|clean-up].',
            '[Cardinality|Label count] of a metric must stay bounded: never put user ids in labels.',
            '[Synthetic checks|Probes] place a [tiny|test] order every [minute|five minutes] in the sandbox.',
            '[Logs|Log lines] are kept [14|30] days hot and a year in cold storage.',
            '[Silences|Muted alerts] expire [by themselves|automatically]; never silence without an end time.',
            'The [SLO|objective] for order placement is [99.9|99.5] percent within [300|500] ms.',
            '[Traces|Spans] sample [1|5] percent of requests and every error.',
            "Every alert links to a runbook; an alert without one is deleted or fixed.",
            "The {component} keeps {n:15,30,90} days of data; older data is downsampled.",
            "When the on-call engineer sees {symptom}, they tune the rule in {tool} the same week.",
            "Dashboards show the four golden signals: latency, traffic, errors and saturation.",
            "Log JSON with a request id; never log secrets or full card numbers.",
            "Alerts page through {pager} only for what needs a human now; the rest goes to a ticket.",
            "Error budgets are reviewed every {period} with the product owner.",
        ],
        "titles": ["Tuning the {component}", "{Symptom} in the {component}", "How we use {tool}",
                   "Best practices for the {component}"],
    },
    "trading": {
        "components": ["matching engine", "order book", "ledger service", "wallet service", "portfolio service", "risk engine"],
        "symptoms": ["duplicate orders", "out-of-order fills", "a wrong P&L", "a stuck withdrawal", "a frozen order book",
                     "a balance mismatch"],
        "tools": ["the ledger reconciliation report", "the order audit trail", "the admin console"],
        "sentences": [
            "[Rounding|Precision] follows the exchange's tick and lot size, never the float of the client.",
            '[Stop|Stop-loss] orders trigger on the last trade price, not the mark price.',
            'The [ledger|books] must balance to zero at the end of every [day|batch]; a difference pages the trading team.',
            '[Withdrawals|Payouts] above a limit wait for a second approval.',
            '[Partial fills|Split fills] are applied in sequence-number order, whatever order they arrive in.',
            'The simulator [replays|mirrors] the real order book with a [delay|lag] of at most [one|two] seconds.',
            '[Positions|Holdings] are revalued every [second|minute] from the mid price.',
            "One matcher per trading pair, single-threaded, fed by a queue; a crash never loses a fill.",
            "Fills reach the {component} through an outbox, so each is applied exactly once.",
            "When a user reports {symptom}, compare the order audit trail with {tool}.",
            "Paper-trading balances reset to {n:10000,100000} USDT and close all positions.",
            "Limit orders wait for the real market; market orders fill at the next price after a feed gap.",
            "The {component} reconciles against the ledger every {period}.",
            "Fees are charged per fill, rounded down to the quote currency's precision.",
        ],
        "titles": ["How the {component} works", "{Symptom} in the {component}", "FAQ: the {component}",
                   "Known issue: {symptom}"],
    },
    "incidents": {
        "components": ["incident channel", "escalation policy", "postmortem process", "on-call rotation", "status page"],
        "symptoms": ["a missed page", "a slow acknowledgement", "an unclear incident owner", "a repeated incident"],
        "tools": ["PagerDuty", "Opsgenie", "the incident template", "the status page"],
        "sentences": [
            '[Declare|Open] the incident early; closing a false alarm costs nothing.',
            'The [status page|public status] is updated by the [communications lead|comms lead], not by the engineers fixing.',
            '[Action items|Follow-ups] from a postmortem get an owner and a due date, or they are not action items.',
            '[Severity|Sev] is set by customer impact, not by how hard the fix is.',
            '[Handover|Hand-off] between on-call engineers happens in writing at [09:00|10:00] on Mondays.',
            '[Paging|Being paged] at night for something that could wait is itself an incident to fix.',
            "Post in the {component} when an incident starts, every {n:15,30} minutes, and when it ends.",
            "An S1 not acknowledged within {n:5,15} minutes escalates to the second level.",
            "Every S1 and S2 gets a blameless postmortem within {n:3,5} working days.",
            "The incident commander coordinates; the engineers fix; nobody does both.",
            "Record in the timeline when it started, when it was noticed and what changed.",
            "After {symptom}, the {component} was changed and drilled the next {period}.",
        ],
        "titles": ["Running the {component}", "Communicating during an incident", "{Symptom}: lessons learned",
                   "How the {component} works"],
    },
    "payments": {
        "components": ["deposit gateway", "fiat on-ramp", "card processor integration", "payout scheduler", "invoice service"],
        "symptoms": ["declined deposits", "a chargeback spike", "a stuck payout", "duplicate invoices", "a webhook backlog"],
        "tools": ["the processor dashboard", "the payout queue", "the reconciliation sheet"],
        "sentences": [
            "[Deposits|Top-ups] by card settle in [two|three] business days; the balance shows them at once as pending.",
            "The {component} retries a failed [webhook|callback] [five|ten] times with exponential backoff.",
            "A [chargeback|dispute] freezes the paper account until support reviews it.",
            "When {symptom} appears, compare {tool} with the ledger before touching anything.",
            "[Payouts|Withdrawals to bank] run at [10:00|16:00] UTC on business days only.",
            "[Idempotency keys|Request ids] on every processor call make retries safe.",
            "The processor's sandbox [accepts|declines] the magic card numbers listed in its docs.",
        ],
        "titles": ["{Symptom} in the {component}", "How the {component} works", "FAQ: the {component}", "Reconciling the {component}"],
    },
    "notifications": {
        "components": ["email sender", "push gateway", "price alert engine", "SMS provider", "digest scheduler"],
        "symptoms": ["emails in spam", "duplicate push messages", "late price alerts", "a bounced domain", "a throttled sender"],
        "tools": ["the mail provider console", "the alert queue", "the bounce report"],
        "sentences": [
            "[SPF|DKIM] and [DMARC|SPF] records must list every sender, or mail lands in spam.",
            "Price alerts fire once per [crossing|threshold crossing]; a [flapping|jittery] price needs hysteresis.",
            "The {component} batches [pushes|messages] per user for [30|60] seconds to avoid duplicates.",
            "When users report {symptom}, check {tool} first.",
            "[Digests|Weekly summaries] go out in the user's time zone, not in UTC.",
            "[Unsubscribe|Opt-out] links must work without signing in.",
        ],
        "titles": ["{Symptom} from the {component}", "How the {component} works", "Troubleshooting the {component}"],
    },
    "networking": {
        "components": ["DNS zone", "CDN edge", "VPN gateway", "egress proxy", "firewall rules", "service mesh"],
        "symptoms": ["DNS resolution failures", "a CDN cache miss storm", "MTU problems", "blocked egress", "TLS handshake errors"],
        "tools": ["dig", "mtr", "tcpdump", "the CDN analytics", "the mesh dashboard"],
        "sentences": [
            "[TTLs|Record TTLs] are lowered to [60|300] seconds a day before any DNS change.",
            "Exchanges allow-list our egress IPs; a new NAT gateway needs a new allow-list entry.",
            "When {symptom} shows up, capture with {tool} on both sides before changing rules.",
            "The {component} is managed in Terraform; console changes are overwritten at the next apply.",
            "[Purging|Invalidating] the CDN cache for everything at once hammers the origin.",
            "Mutual TLS inside the mesh rotates certificates every [24|72] hours.",
        ],
        "titles": ["{Symptom} at the {component}", "Changing the {component} safely", "How the {component} is set up"],
    },
    "ci": {
        "components": ["build pipeline", "artifact registry", "test runners", "release train", "feature flags"],
        "symptoms": ["flaky tests", "a red main branch", "slow builds", "a broken artifact", "a stuck deploy queue"],
        "tools": ["the CI dashboard", "the flaky test report", "the release checklist"],
        "sentences": [
            "A red main branch blocks every release; whoever broke it reverts first and fixes after.",
            "[Flaky|Unstable] tests are quarantined within a day and fixed within a week.",
            "[Artifacts|Images] are built once and promoted from staging to production unchanged.",
            "When the {component} shows {symptom}, look at {tool} for the first failing commit.",
            "Risky changes ship dark behind a feature flag and are turned on per [cohort|percentage].",
            "The release train leaves every [Tuesday|Thursday]; a missed change waits for the next one.",
        ],
        "titles": ["{Symptom} in the {component}", "How the {component} works", "Fixing the {component}"],
    },
    "cloud": {
        "components": ["cloud account", "spot instances", "storage buckets", "reserved capacity", "cost reports"],
        "symptoms": ["a cost spike", "an untagged resource", "a reclaimed spot node", "a quota limit", "an orphaned volume"],
        "tools": ["the billing console", "the cost explorer", "the tagging report"],
        "sentences": [
            "Every resource carries an owner and a cost-centre tag; untagged ones are deleted after [7|14] days.",
            "[Spot|Preemptible] nodes run only stateless workloads that tolerate a [two-minute|short] warning.",
            "A cost spike over [20|30] percent week on week opens a ticket for the owning team.",
            "When {symptom} appears, start with {tool}.",
            "Quotas are raised [ahead of|before] launches; the provider takes days to approve.",
            "[Snapshots|Old volumes] nobody owns are the usual source of creeping storage costs.",
        ],
        "titles": ["{Symptom} in the {component}", "Keeping the {component} under control", "FAQ: the {component}"],
    },
    "data": {
        "components": ["reporting warehouse", "ETL jobs", "event stream", "analytics dashboards", "data retention job"],
        "symptoms": ["late reports", "a schema drift", "duplicated events", "a failed ETL run", "a GDPR deletion request"],
        "tools": ["the job scheduler", "the warehouse console", "the lineage graph"],
        "sentences": [
            "The {component} loads at [02:00|03:00] UTC; reports are final at [06:00|07:00].",
            "[Personal data|PII] is deleted within 30 days of a request, in the warehouse too.",
            "When {symptom} happens, check {tool} for the last successful run.",
            "Events carry a unique id; the warehouse drops duplicates on load.",
            "A schema change in the event stream needs a version bump and a backfill plan.",
        ],
        "titles": ["{Symptom} in the {component}", "How the {component} works", "Backfilling the {component}"],
    },
}
EXCHANGES = ["Binance", "Kraken", "Coinbase", "Bitstamp", "Bitfinex", "OKX", "Gemini", "Bybit", "KuCoin", "Huobi"]
EXCHANGE_ERRORS = ["ERR_RATE_LIMIT", "HTTP 429", "-1003 TOO_MANY_REQUESTS", "EAPI:Rate limit exceeded", "invalid signature",
                   "nonce too small", "503 Service Unavailable", "-1021 timestamp outside recvWindow"]
THINGS = ["REST API", "websocket API", "order endpoint", "ticker endpoint", "account endpoint", "sandbox API"]
ENVIRONMENTS = ["production", "staging", "the simulation sandbox", "eu-west-1", "us-east-1", "the DR site"]
ARTICLE_CATEGORIES = ["TROUBLESHOOTING", "FAQ", "KNOWN_ISSUE", "BEST_PRACTICE", "ARCHITECTURE", "HOW_TO"]
RUNBOOK_CATEGORIES = {"exchanges": "INCIDENT", "backups": "BACKUP", "database": "DATABASE", "kubernetes": "DEPLOYMENT",
                      "security": "SECURITY_PATCH", "monitoring": "MONITORING", "trading": "INCIDENT", "incidents": "INCIDENT",
                      "payments": "INCIDENT", "notifications": "MONITORING", "networking": "INCIDENT", "ci": "DEPLOYMENT",
                      "cloud": "MONITORING", "data": "DATABASE"}
ACTIONS = ["Check", "Stop", "Drain", "Restore", "Verify", "Rotate", "Restart", "Scale", "Announce", "Compare", "Record", "Roll back"]
COMMANDS = {
    "exchanges": ["curl -s https://api.binance.com/api/v3/exchangeInfo | jq .rateLimits",
                  "kubectl -n trading logs deploy/market-data --since=10m | grep -c 429"],
    "backups": ["pgbackrest --stanza=trading info", "pgbackrest --stanza=trading --type=time \"--target=2026-11-20 14:00:00+00\" restore",
                "aws s3 ls s3://trading-backups/daily/ | tail -n 3"],
    "database": ["psql -c \"select now() - pg_last_xact_replay_timestamp() as lag\"", "vacuumdb --analyze --jobs=4 trading",
                 "psql -c \"select pid, state, query_start from pg_stat_activity where state <> 'idle'\""],
    "kubernetes": ["kubectl -n trading rollout status deployment/order-book", "helm upgrade --install --atomic trading ./chart",
                   "kubectl -n trading get pods -o wide"],
    "security": ["vault kv put secret/exchanges/binance api_key=@key.txt", "kubectl -n ingress describe certificate trading-tls"],
    "monitoring": ["promtool check rules alerts.yaml", "amtool silence add alertname=DiskAlmostFull --duration=2h"],
    "trading": ["psql -c \"select * from ledger_reconciliation where diff <> 0\""],
    "incidents": ["/incident declare sev2 \"Price feed frozen\""],
    "payments": ["psql -c \"select * from payouts where state = 'STUCK'\""], "notifications": ["dig txt example.com +short"],
    "networking": ["dig +trace api.example.com", "mtr -rwc 50 api.binance.com"], "ci": ["gh run rerun --failed"],
    "cloud": ["aws ce get-cost-and-usage --granularity DAILY"], "data": ["airflow dags trigger warehouse_load"],
}
FAMILY_TAGS = {"exchanges": ["exchange-api", "rate-limit", "websocket"], "backups": ["backup", "restore", "dr"],
               "database": ["postgres", "performance"], "kubernetes": ["kubernetes", "deployment"],
               "security": ["security", "keys", "tls"], "monitoring": ["monitoring", "alerts", "logging"],
               "trading": ["orders", "ledger", "wallet"], "incidents": ["incident", "on-call"],
               "payments": ["payments"], "notifications": ["email", "alerts"], "networking": ["dns", "network"],
               "ci": ["ci", "release"], "cloud": ["cost", "cloud"], "data": ["data", "warehouse"]}
HEADINGS = ["Symptoms", "Cause", "What to check", "Fix", "Background", "Verification", "Rollback", "Notes"]


def title_case(text):
    return text[0].upper() + text[1:]


class Writer:
    """Writes one document at a time about one family and one component of it: most sentences come from the
    family, one in ten from another, so that words cluster the way they do in real articles."""

    def __init__(self, rnd):
        self.r = rnd
        self.family = None
        self.topic = {}

    def pick(self, items):
        return self.r.choice(items)

    def new_topic(self):
        self.family = self.pick(list(FAMILIES))
        f = FAMILIES[self.family]
        self.topic = {"component": self.pick(f["components"]), "symptom": self.pick(f["symptoms"]),
                      "tool": self.pick(f["tools"]), "exchange": self.pick(EXCHANGES), "thing": self.pick(THINGS),
                      "environment": self.pick(ENVIRONMENTS)}

    def fill(self, template, family):
        f = FAMILIES[family]
        same = family == self.family
        values = {
            "component": self.topic["component"] if same and self.r.random() < 0.7 else self.pick(f["components"]),
            "symptom": self.topic["symptom"] if same and self.r.random() < 0.7 else self.pick(f["symptoms"]),
            "tool": self.topic["tool"] if same and self.r.random() < 0.6 else self.pick(f["tools"]),
            "exchange": self.topic["exchange"] if self.r.random() < 0.8 else self.pick(EXCHANGES),
            "exchange_error": self.pick(EXCHANGE_ERRORS), "thing": self.topic["thing"], "environment": self.topic["environment"],
            "unit": self.pick(["second", "minute"]), "period": self.pick(["week", "month", "quarter"]),
            "pager": self.pick(["PagerDuty", "Opsgenie"]),
        }
        values["Symptom"] = title_case(values["symptom"])
        text = template
        while "[" in text:
            start = text.index("[")
            stop = text.index("]", start)
            text = text[:start] + self.pick(text[start + 1:stop].split("|")) + text[stop + 1:]
        while "{n:" in text:
            start = text.index("{n:")
            stop = text.index("}", start)
            text = text[:start] + self.pick(text[start + 3:stop].split(",")) + text[stop + 1:]
        return text.format(**values)

    def sentence(self):
        family = self.family if self.r.random() < 0.9 else self.pick(list(FAMILIES))
        return self.fill(self.pick(FAMILIES[family]["sentences"]), family)

    def paragraph(self):
        sentences = []
        for _ in range(self.r.randint(2, 4)):
            sentence = self.sentence()
            if sentence not in sentences:
                sentences.append(sentence)
        return " ".join(sentences)

    def body(self):
        r = self.r
        parts = [self.paragraph()]
        for heading in r.sample(HEADINGS, r.randint(1, 4)):
            parts.append("## " + heading)
            parts.append(self.paragraph())
            roll = r.random()
            if roll < 0.3:
                parts.append("```\n" + self.pick(COMMANDS[self.family]) + "\n```")
            elif roll < 0.5:
                parts.append("\n".join(f"- {self.sentence()}" for _ in range(r.randint(2, 4))))
            elif roll < 0.55 and self.family == "exchanges":
                parts.append("| exchange | limit | window |\n|---|---|---|\n" + "\n".join(
                    f"| {e} | {r.choice([10, 20, 50, 1200])} | {r.choice(['1 s', '1 min', '10 s'])} |"
                    for e in r.sample(EXCHANGES, 3)))
        return "\n\n".join(parts)

    def title(self):
        return title_case(self.fill(self.pick(FAMILIES[self.family]["titles"]), self.family).replace("{", ""))

    def tags(self):
        own = FAMILY_TAGS[self.family]
        return sorted(set(self.r.sample(own, self.r.randint(0, len(own)))))


def copy_value(value):
    if value is None:
        return "\\N"
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def copy_row(out, *values):
    out.write("\t".join(copy_value(v) for v in values))
    out.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runbooks", type=int, default=10_000)
    parser.add_argument("--owners", required=True, help="app_user ids, comma-separated, to own and author")
    parser.add_argument("--first-id", type=int, default=1_000_000, help="ids are numbered from here")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    owners = [int(o) for o in args.owners.split(",")]
    w = Writer(random.Random(args.seed))
    r = w.r
    out = sys.stdout
    out.write("begin;\n")

    out.write("copy article (id, slug, title, body, category, tags, status, owner_id, review_by, current_revision, "
              "published_at, created_at, updated_at, view_count, archived_at) from stdin;\n")
    articles = []
    for i in range(args.articles):
        aid = args.first_id + i
        w.new_topic()
        category = w.pick(ARTICLE_CATEGORIES)
        title = w.title()
        body = w.body()
        status = "PUBLISHED" if r.random() < 0.85 else ("DRAFT" if r.random() < 0.67 else "ARCHIVED")
        created = f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00+00"
        owner = w.pick(owners)
        tags = "{" + ",".join(w.tags()) + "}"
        review_by = f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}" if r.random() < 0.5 else None
        copy_row(out, aid, f"kb-{aid}", title[:200], body, category, tags, status, owner, review_by, 1,
                 created if status != "DRAFT" else None, created, created, r.randint(0, 500),
                 created if status == "ARCHIVED" else None)
        articles.append((aid, title[:200], body, owner, created))
    out.write("\\.\n")
    out.write("copy article_revision (article_id, number, title, body, message, author_id, created_at) from stdin;\n")
    for aid, title, body, owner, created in articles:
        copy_row(out, aid, 1, title, body, "First version", owner, created)
    out.write("\\.\n")
    articles.clear()

    runbooks, revisions, steps = [], [], []
    for i in range(args.runbooks):
        rid = args.first_id + i
        w.new_topic()
        category = RUNBOOK_CATEGORIES[w.family]
        title = f"{w.title()} ({w.topic['environment']})"
        created = f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} 09:00:00+00"
        owner = w.pick(owners)
        runbooks.append((rid, f"rb-{rid}", title[:200], w.paragraph(), category, owner, r.choice([15, 30, 60, 240]),
                         r.choice([None, 30, 90, 180]), 1, created, created))
        revisions.append((rid, rid, 1, "First version", owner, created))
        for position in range(1, r.randint(4, 10) + 1):
            steps.append((rid, position, f"{w.pick(ACTIONS)} the {w.pick(FAMILIES[w.family]['components'])}"[:200],
                          w.paragraph(), w.pick(COMMANDS[w.family]) if r.random() < 0.6 else None,
                          w.sentence() if r.random() < 0.5 else None))
    out.write("copy runbook (id, slug, title, purpose, category, owner_id, rto_minutes, drill_interval_days, "
              "current_revision, created_at, updated_at) from stdin;\n")
    for row in runbooks:
        copy_row(out, *row)
    out.write("\\.\n")
    out.write("copy runbook_revision (id, runbook_id, number, message, author_id, created_at) from stdin;\n")
    for row in revisions:
        copy_row(out, *row)
    out.write("\\.\n")
    out.write("copy runbook_step (revision_id, position, title, instructions, command, expected_result) from stdin;\n")
    for row in steps:
        copy_row(out, *row)
    out.write("\\.\n")
    for table in ["article", "runbook", "runbook_revision"]:
        out.write(f"select setval(pg_get_serial_sequence('{table}', 'id'), (select max(id) from {table}));\n")
    out.write("commit;\n")


if __name__ == "__main__":
    main()
