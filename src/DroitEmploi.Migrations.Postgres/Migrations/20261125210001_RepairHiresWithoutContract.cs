using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Postgres.Migrations
{
    /// <summary>
    /// People the CLE marked hired without any contract are proposed again, and their proposal waits for
    /// the EBE, which hires by creating the contract (issue #14). A repair of data: nothing to undo.
    /// </summary>
    public partial class RepairHiresWithoutContract : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                INSERT INTO "PathTransitions" ("PersonId", "From", "To", "At", "By", "Reason", "OrganisationId")
                SELECT pr."PersonId", 'Hired', 'Proposed', now(), 'DroitEmploi (réparation)',
                    'Marqué·e embauché·e sans contrat : la proposition attend de nouveau la réponse de l''EBE, qui embauche en créant le contrat.',
                    pr."OrganisationId"
                FROM "Proposals" pr JOIN "People" pe ON pe."Id" = pr."PersonId"
                WHERE pr."Outcome" = 'Hired' AND pe."State" = 'Hired' AND NOT EXISTS (SELECT 1 FROM "EmploymentContracts" c WHERE c."ProposalId" = pr."Id" OR c."PersonId" = pr."PersonId");
                """);
            migrationBuilder.Sql("""
                UPDATE "People" SET "State" = 'Proposed', "StateSince" = now(), "Version" = "Version" + 1
                WHERE "State" = 'Hired' AND "Id" IN (
                    SELECT pr."PersonId" FROM "Proposals" pr WHERE pr."Outcome" = 'Hired' AND NOT EXISTS (SELECT 1 FROM "EmploymentContracts" c WHERE c."ProposalId" = pr."Id" OR c."PersonId" = pr."PersonId"));
                """);
            migrationBuilder.Sql("""
                UPDATE "Proposals" SET "Outcome" = 'Pending', "OutcomeAt" = NULL, "OutcomeReason" = NULL
                WHERE "Outcome" = 'Hired'
                    AND "PersonId" IN (SELECT "Id" FROM "People" WHERE "State" = 'Proposed')
                    AND NOT EXISTS (SELECT 1 FROM "EmploymentContracts" c WHERE c."ProposalId" = "Proposals"."Id" OR c."PersonId" = "Proposals"."PersonId");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
