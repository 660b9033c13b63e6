using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class LedgerLineConfiguration : IEntityTypeConfiguration<LedgerLine>
{
    public void Configure(EntityTypeBuilder<LedgerLine> builder)
    {
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Amount).HasPrecision(18, 2);
        builder.Property(l => l.Label).HasMaxLength(200).IsRequired();
        builder.Property(l => l.Source).HasMaxLength(200).IsRequired();
        builder.HasOne<Kpa>().WithMany().HasForeignKey(l => l.KpaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cooperant>().WithMany().HasForeignKey(l => l.CooperantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cooperant>().WithMany().HasForeignKey(l => l.RealisedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PayRequest>().WithMany().HasForeignKey(l => l.PayRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.KpaId, l.On });
        builder.HasIndex(l => new { l.CooperantId, l.On });
    }
}
