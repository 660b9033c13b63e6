using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DroitEmploi.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class KpaCooperants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Kpas",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    HostId = table.Column<int>(type: "integer", nullable: true),
                    Audience = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    LongestPathYears = table.Column<int>(type: "integer", nullable: false),
                    Network = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ReminderDays = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kpas", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_Kpas_Organisations_HostId",
                        column: x => x.HostId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Kpas_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Cooperants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KpaId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    TradeName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Referent = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    AccountId = table.Column<string>(type: "text", nullable: true),
                    DocumentsSeen = table.Column<string[]>(type: "text[]", nullable: false),
                    InsuranceValidatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SignedByCooperantOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SignedByReferentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SignedByCoordinatorOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnonymisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cooperants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cooperants_AspNetUsers_AccountId",
                        column: x => x.AccountId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Cooperants_Kpas_KpaId",
                        column: x => x.KpaId,
                        principalTable: "Kpas",
                        principalColumn: "OrganisationId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cooperants_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "JourneySteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CooperantId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Contract = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ExitReason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneySteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JourneySteps_Cooperants_CooperantId",
                        column: x => x.CooperantId,
                        principalTable: "Cooperants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cooperants_AccountId",
                table: "Cooperants",
                column: "AccountId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cooperants_KpaId",
                table: "Cooperants",
                column: "KpaId");

            migrationBuilder.CreateIndex(
                name: "IX_Cooperants_PersonId",
                table: "Cooperants",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JourneySteps_CooperantId_On",
                table: "JourneySteps",
                columns: new[] { "CooperantId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Kpas_HostId",
                table: "Kpas",
                column: "HostId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JourneySteps");

            migrationBuilder.DropTable(
                name: "Cooperants");

            migrationBuilder.DropTable(
                name: "Kpas");
        }
    }
}
