using DroitEmploi.Core.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Planning;

public sealed class ScheduleSlotConfiguration : IEntityTypeConfiguration<ScheduleSlot>
{
    public void Configure(EntityTypeBuilder<ScheduleSlot> builder)
    {
        builder.Property(s => s.Activity).HasMaxLength(100);
        builder.Property(s => s.Name).HasMaxLength(150);
        builder.Property(s => s.RequiredSkill).HasMaxLength(100);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Activities.Activity>().WithMany().HasForeignKey(s => s.ActivityId).OnDelete(DeleteBehavior.Restrict);
    }
}
