using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.People;

public sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.Property(p => p.ProposedBy).HasMaxLength(256);
        builder.Property(p => p.OutOfOrderReason).HasMaxLength(2000);
        builder.Property(p => p.OutcomeReason).HasMaxLength(2000);
        builder.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Territory>().WithMany().HasForeignKey(p => p.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.TerritoryId, p.ProposedAt });
    }
}
