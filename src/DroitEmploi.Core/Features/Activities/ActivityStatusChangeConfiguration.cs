using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Activities;

public sealed class ActivityStatusChangeConfiguration : IEntityTypeConfiguration<ActivityStatusChange>
{
    public void Configure(EntityTypeBuilder<ActivityStatusChange> builder)
    {
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.By).HasMaxLength(256);
        builder.Property(c => c.Reason).HasMaxLength(1000);
    }
}
