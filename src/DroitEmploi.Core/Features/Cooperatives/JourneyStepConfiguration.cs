using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class JourneyStepConfiguration : IEntityTypeConfiguration<JourneyStep>
{
    public void Configure(EntityTypeBuilder<JourneyStep> builder)
    {
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Contract).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.ExitReason).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.ContractNumber).HasMaxLength(40);
        builder.Property(s => s.Note).HasMaxLength(1000);
        builder.HasIndex(s => new { s.CooperantId, s.On });
    }
}
