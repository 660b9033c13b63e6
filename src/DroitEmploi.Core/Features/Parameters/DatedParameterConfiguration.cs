using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Parameters;

public sealed class DatedParameterConfiguration : IEntityTypeConfiguration<DatedParameter>
{
    public void Configure(EntityTypeBuilder<DatedParameter> builder)
    {
        builder.Property(p => p.Key).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Unit).HasMaxLength(40);
        builder.Property(p => p.Source).HasMaxLength(500);
        builder.Property(p => p.Value).HasPrecision(18, 6);
        builder.Property(p => p.Reason).HasMaxLength(500);
        builder.Property(p => p.WithdrawnBy).HasMaxLength(256);
        builder.Property(p => p.WithdrawalReason).HasMaxLength(500);
        builder.Ignore(p => p.IsActive);
        // One active value per start date; a corrected or withdrawn one keeps its row beside it.
        builder.HasIndex(p => new { p.Key, p.ValidFrom }).IsUnique().HasFilter("\"WithdrawnAt\" IS NULL");
    }
}
