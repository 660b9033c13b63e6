using DroitEmploi.Core.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Planning;

public sealed class ScheduleConfiguration : IEntityTypeConfiguration<Schedule>
{
    public void Configure(EntityTypeBuilder<Schedule> builder)
    {
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Message).HasMaxLength(2000);
        builder.Property(s => s.RequestedBy).HasMaxLength(256);
        builder.Property(s => s.PublishedBy).HasMaxLength(256);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.Status, s.Id });
        builder.HasIndex(s => new { s.OrganisationId, s.WeekStart });
        // One computation at a time per EBE and week, decided by the database even when requests race.
        builder.HasIndex(s => new { s.OrganisationId, s.WeekStart }, "IX_Schedules_OneActivePerWeek").IsUnique()
            .HasFilter($"\"Status\" IN ('{nameof(ScheduleStatus.Queued)}', '{nameof(ScheduleStatus.Running)}')");
        builder.HasMany(s => s.Assignments).WithOne().HasForeignKey(a => a.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Changes).WithOne().HasForeignKey(c => c.ScheduleId).OnDelete(DeleteBehavior.Cascade);
    }
}
