using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Transition;

public sealed class RteGridConfiguration : IEntityTypeConfiguration<RteGrid>
{
    public void Configure(EntityTypeBuilder<RteGrid> builder)
    {
        builder.Property(g => g.InvestmentCeiling).HasPrecision(12, 2);
        builder.Property(g => g.TrainingCeiling).HasPrecision(12, 2);
        builder.Property(g => g.PoolContributionRate).HasPrecision(6, 4);
        builder.Property(g => g.Source).HasMaxLength(300).IsRequired();
        builder.OwnsMany(g => g.Rows, r =>
        {
            r.ToJson();
            r.Property(x => x.Household).HasConversion<string>();
            r.Property(x => x.OtherIncomeUpTo).HasPrecision(12, 2);
            r.Property(x => x.MonthlyAmount).HasPrecision(12, 2);
        });
        builder.OwnsMany(g => g.Criteria, c =>
        {
            c.ToJson();
            c.Property(x => x.MonthlySupplement).HasPrecision(12, 2);
        });
        builder.HasOne<Cte>().WithMany().HasForeignKey(g => g.CteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.CteId, g.Number }).IsUnique();
    }
}
