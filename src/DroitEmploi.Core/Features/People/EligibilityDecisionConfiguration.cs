using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.People;

public sealed class EligibilityDecisionConfiguration : IEntityTypeConfiguration<EligibilityDecision>
{
    public void Configure(EntityTypeBuilder<EligibilityDecision> builder)
    {
        builder.Property(d => d.Comment).HasMaxLength(2000);
        builder.Property(d => d.DecidedBy).HasMaxLength(256);
    }
}
