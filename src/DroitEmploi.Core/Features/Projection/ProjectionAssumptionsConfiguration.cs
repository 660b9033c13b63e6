using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Projection;

public sealed class ProjectionAssumptionsConfiguration : IEntityTypeConfiguration<ProjectionAssumptions>
{
    public void Configure(EntityTypeBuilder<ProjectionAssumptions> builder)
    {
        builder.HasKey(a => a.TerritoryId);
        builder.Property(a => a.TerritoryId).ValueGeneratedNever();
        builder.Property(a => a.NewCandidaciesPerMonth).HasPrecision(10, 2);
        builder.Property(a => a.HiresPerMonth).HasPrecision(10, 2);
        builder.Property(a => a.ListExitsPerMonth).HasPrecision(10, 2);
        builder.Property(a => a.AverageWeeklyHours).HasPrecision(5, 2);
        builder.Property(a => a.Note).HasMaxLength(1000);
        builder.HasOne<Territories.Territory>().WithOne().HasForeignKey<ProjectionAssumptions>(a => a.TerritoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
