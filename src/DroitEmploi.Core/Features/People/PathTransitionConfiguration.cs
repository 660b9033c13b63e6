using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.People;

public sealed class PathTransitionConfiguration : IEntityTypeConfiguration<PathTransition>
{
    public void Configure(EntityTypeBuilder<PathTransition> builder)
    {
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Orientation).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.By).HasMaxLength(256);
        builder.Property(t => t.Reason).HasMaxLength(2000);
        builder.HasIndex(t => new { t.To, t.At });
    }
}
