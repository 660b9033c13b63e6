using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Sqlite.Migrations
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
                       SUBSTR(MIN(u."Name"), 1, 120), '[]', 'Organisation', 'Active', strftime('%Y-%m-%d %H:%M:%S', 'now'), 0,
                       strftime('%Y-%m-%d %H:%M:%S', 'now'), 'migration', strftime('%Y-%m-%d %H:%M:%S', 'now'), 'migration'
                FROM (SELECT "OrganisationId", TRIM("Activity") AS "Name" FROM "ScheduleSlots"
                      UNION ALL
                      SELECT c."OrganisationId", TRIM(j.value) FROM "EmploymentContracts" c, json_each(c."Activities") j) u
                WHERE u."Name" <> '' AND EXISTS (SELECT 1 FROM "OrganisationTerritories" ot WHERE ot."OrganisationId" = u."OrganisationId")
                GROUP BY u."OrganisationId", LOWER(u."Name");
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ActivityStatusChange" ("ActivityId", "From", "To", "At", "By", "Reason")
                SELECT "Id", 'Active', 'Active', "CreatedAt", 'migration', 'Activité déjà exercée, reprise lors de la mise à jour : décision du comité à rattacher'
                FROM "Activities";
                """);
            migrationBuilder.Sql("""
                UPDATE "ScheduleSlots" SET "ActivityId" = (
                    SELECT a."Id" FROM "Activities" a
                    WHERE a."OrganisationId" = "ScheduleSlots"."OrganisationId" AND LOWER(a."Name") = LOWER(SUBSTR(TRIM("ScheduleSlots"."Activity"), 1, 120)));
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
