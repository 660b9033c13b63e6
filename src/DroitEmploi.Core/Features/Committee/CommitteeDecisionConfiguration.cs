using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Committee;

public sealed class CommitteeDecisionConfiguration : IEntityTypeConfiguration<CommitteeDecision>
{
    public void Configure(EntityTypeBuilder<CommitteeDecision> builder)
    {
        builder.Property(d => d.Text).HasMaxLength(5000).IsRequired();
        builder.Property(d => d.SubjectKind).HasConversion<string>().HasMaxLength(24);
        builder.Property(d => d.Effect).HasConversion<string>().HasMaxLength(24);
        builder.Property(d => d.Vote).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(d => d.Label);
        builder.Ignore(d => d.Ref);
        builder.HasOne<Territories.Territory>().WithMany().HasForeignKey(d => d.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CommitteeMeeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Restrict);
        // Two decisions taken at once never get the same number: the database refuses the second.
        builder.HasIndex(d => new { d.TerritoryId, d.Year, d.Number }).IsUnique();
    }
}
