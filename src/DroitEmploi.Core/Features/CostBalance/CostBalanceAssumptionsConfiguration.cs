using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.CostBalance;

public sealed class CostBalanceAssumptionsConfiguration : IEntityTypeConfiguration<CostBalanceAssumptions>
{
    public void Configure(EntityTypeBuilder<CostBalanceAssumptions> builder)
    {
        builder.HasKey(a => a.TerritoryId);
        builder.Property(a => a.TerritoryId).ValueGeneratedNever();
        builder.Property(a => a.EmploymentServices).HasPrecision(12, 2);
        builder.Property(a => a.Health).HasPrecision(12, 2);
        builder.Property(a => a.Housing).HasPrecision(12, 2);
        builder.Property(a => a.LostContributions).HasPrecision(12, 2);
        builder.Property(a => a.Source).HasMaxLength(1000);
        builder.HasOne<Territories.Territory>().WithOne().HasForeignKey<CostBalanceAssumptions>(a => a.TerritoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
