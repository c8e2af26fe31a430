package io.caretaker.runbooks;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of work a runbook guides.")
public enum RunbookCategory {
    @Description("Taking backups and checking that they are complete.")
    BACKUP,
    @Description("Restoring data or a service from a backup (disaster recovery).")
    RESTORE,
    @Description("Responding to an incident: diagnose, mitigate, recover.")
    INCIDENT,
    @Description("Applying security patches to systems and images.")
    SECURITY_PATCH,
    @Description("Updating libraries, runtimes and other dependencies.")
    DEPENDENCY_UPDATE,
    @Description("Database maintenance: migrations, vacuum, failover, upgrades.")
    DATABASE,
    @Description("Releasing and rolling back deployments.")
    DEPLOYMENT,
    @Description("Setting up and checking monitoring and alerting.")
    MONITORING
}
