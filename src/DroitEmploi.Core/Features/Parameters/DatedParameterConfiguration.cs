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
        builder.HasIndex(p => new { p.Key, p.ValidFrom }).IsUnique();
    }
}
