using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Committee;

public sealed class CommitteeMeetingConfiguration : IEntityTypeConfiguration<CommitteeMeeting>
{
    public void Configure(EntityTypeBuilder<CommitteeMeeting> builder)
    {
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.Minutes).HasMaxLength(20000);
        builder.HasOne<Territories.Territory>().WithMany().HasForeignKey(m => m.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.TerritoryId, m.HeldAt });
        builder.HasMany(m => m.Agenda).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Present).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
