using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ActivityRecordsFromNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Activities were names on slots and contracts: each name an organisation used becomes a record
            // (running, as it was), and each slot points at its record. The names stay where they were.
            migrationBuilder.Sql("""
                INSERT INTO "Activities" ("OrganisationId", "TerritoryId", "Name", "Tags", "ProposedByKind", "Status", "StatusSince", "Version", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy")
                SELECT u."OrganisationId",
                       (SELECT MIN(ot."TerritoryId") FROM "OrganisationTerritories" ot WHERE ot."OrganisationId" = u."OrganisationId"),
                       LEFT(MIN(u."Name"), 120), '{}', 'Organisation', 'Active', now(), 0, now(), 'migration', now(), 'migration'
                FROM (SELECT "OrganisationId", TRIM("Activity") AS "Name" FROM "ScheduleSlots"
                      UNION ALL
                      SELECT c."OrganisationId", TRIM(a.name) FROM "EmploymentContracts" c, unnest(c."Activities") AS a(name)) u
                WHERE u."Name" <> '' AND EXISTS (SELECT 1 FROM "OrganisationTerritories" ot WHERE ot."OrganisationId" = u."OrganisationId")
                GROUP BY u."OrganisationId", LOWER(u."Name");
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ActivityStatusChange" ("ActivityId", "From", "To", "At", "By", "Reason")
                SELECT "Id", 'Active', 'Active', "CreatedAt", 'migration', 'Activité déjà exercée, reprise lors de la mise à jour : décision du comité à rattacher'
                FROM "Activities";
                """);
            migrationBuilder.Sql("""
                UPDATE "ScheduleSlots" s SET "ActivityId" = (
                    SELECT a."Id" FROM "Activities" a
                    WHERE a."OrganisationId" = s."OrganisationId" AND LOWER(a."Name") = LOWER(LEFT(TRIM(s."Activity"), 120)));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The names were never removed: going back unlinks the slots and forgets the records this migration made.
            migrationBuilder.Sql("""UPDATE "ScheduleSlots" SET "ActivityId" = NULL WHERE "ActivityId" IN (SELECT "Id" FROM "Activities" WHERE "CreatedBy" = 'migration');""");
            migrationBuilder.Sql("""DELETE FROM "Activities" WHERE "CreatedBy" = 'migration';""");
        }
    }
}
