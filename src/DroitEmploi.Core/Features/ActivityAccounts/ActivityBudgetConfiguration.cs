using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.ActivityAccounts;

public sealed class ActivityBudgetConfiguration : IEntityTypeConfiguration<ActivityBudget>
{
    public void Configure(EntityTypeBuilder<ActivityBudget> builder)
    {
        builder.HasIndex(b => new { b.OrganisationId, b.Year }).IsUnique();
        builder.Property(b => b.Overheads).HasPrecision(12, 2);
        builder.OwnsMany(b => b.Lines, line =>
        {
            line.ToTable("ActivityBudgetLines");
            line.WithOwner().HasForeignKey("ActivityBudgetId");
            line.Property<int>("Id");
            line.HasKey("Id");
            line.Property(l => l.Revenue).HasPrecision(12, 2);
            line.Property(l => l.DirectCosts).HasPrecision(12, 2);
            line.Property(l => l.Labour).HasPrecision(12, 2);
            line.Ignore(l => l.Result);
        });
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(b => b.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
