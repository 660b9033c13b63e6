using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Transition;

public sealed class RtePaymentConfiguration : IEntityTypeConfiguration<RtePayment>
{
    public void Configure(EntityTypeBuilder<RtePayment> builder)
    {
        builder.Property(p => p.Currency).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Amount).HasPrecision(12, 2);
        builder.Property(p => p.RecordedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Cte>().WithMany().HasForeignKey(p => p.CteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RteGrant>().WithMany().HasForeignKey(p => p.GrantId).OnDelete(DeleteBehavior.Restrict);
        // A grant's month is paid once: a second click or a second user cannot pay it twice.
        builder.HasIndex(p => new { p.GrantId, p.Month, p.Currency }).IsUnique();
        builder.HasIndex(p => new { p.CteId, p.Month });
    }
}
