using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.People;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    /// <summary>The rows the query filter lets through, in SQL both databases read alike.</summary>
    private const string VisibleRows = "\"ImportJobId\" IS NULL";

    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.FirstName).HasMaxLength(100).IsRequired();
        builder.Property(p => p.LastName).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.Property(p => p.Phone).HasMaxLength(30);
        builder.Property(p => p.Street).HasMaxLength(200);
        builder.Property(p => p.PostalCode).HasMaxLength(5);
        builder.Property(p => p.City).HasMaxLength(100);
        builder.Property(p => p.IncomeSupport).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Mobility).HasMaxLength(500);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.DuplicateKey).HasMaxLength(220);
        builder.Property(p => p.SearchText);
        builder.HasOne<Territory>().WithMany().HasForeignKey(p => p.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        // Partial: every query carries the import filter below, and with it a count or an aggregate
        // over a territory is still read from the index alone, without visiting each row.
        // On PostgreSQL the index also carries what the figures count (age, sex, version for their stamp),
        // so the figures of a large territory never visit the table. The annotation is Npgsql's
        // IncludeProperties, written out because Core does not reference a provider; SQLite ignores it.
        builder.HasIndex(p => new { p.TerritoryId, p.State, p.CandidacyDate, p.Id }).HasFilter(VisibleRows)
            .HasAnnotation("Npgsql:IndexInclude", new[] { nameof(Person.BirthDate), nameof(Person.Sex), nameof(Person.Version), nameof(Person.AnonymisedAt) });
        builder.HasIndex(p => new { p.TerritoryId, p.DuplicateKey }).HasFilter(VisibleRows);
        builder.HasOne<PeopleImportJob>().WithMany().HasForeignKey(p => p.ImportJobId).OnDelete(DeleteBehavior.Restrict);
        // Rows an import is still writing are nobody's business until the import ends.
        builder.HasQueryFilter(p => p.ImportJobId == null);
        builder.HasMany(p => p.EligibilityDecisions).WithOne().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Transitions).WithOne().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
