using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Transition;

public sealed class RteGrantConfiguration : IEntityTypeConfiguration<RteGrant>
{
    public void Configure(EntityTypeBuilder<RteGrant> builder)
    {
        builder.Property(g => g.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Household).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.EndReason).HasConversion<string>().HasMaxLength(24);
        builder.Property(g => g.OtherMonthlyIncome).HasPrecision(12, 2);
        builder.Property(g => g.MonthlyAmount).HasPrecision(12, 2);
        builder.Property(g => g.Total).HasPrecision(14, 2);
        builder.Property(g => g.LocalCurrencyShare).HasPrecision(5, 4);
        builder.Property(g => g.Decision).HasMaxLength(300).IsRequired();
        builder.Ignore(g => g.EndsOn);
        builder.Ignore(g => g.LastDay);
        builder.HasOne<Cte>().WithMany().HasForeignKey(g => g.CteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CteMember>().WithMany().HasForeignKey(g => g.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RteGrid>().WithMany().HasForeignKey(g => g.GridId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CteActivity>().WithMany().HasForeignKey(g => g.ActivityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => new { g.CteId, g.StartsOn });
    }
}
