using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Planning;

public sealed class ScheduleChangeConfiguration : IEntityTypeConfiguration<ScheduleChange>
{
    public void Configure(EntityTypeBuilder<ScheduleChange> builder)
    {
        builder.Property(c => c.By).HasMaxLength(256);
        builder.Property(c => c.Description).HasMaxLength(500);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
    }
}
