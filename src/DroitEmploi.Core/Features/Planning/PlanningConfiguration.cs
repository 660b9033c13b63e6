using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Employment;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Planning;

public sealed class PlanningConfiguration :
    IEntityTypeConfiguration<ScheduleSlot>, IEntityTypeConfiguration<AvailabilityEntry>, IEntityTypeConfiguration<Schedule>,
    IEntityTypeConfiguration<ScheduleAssignment>, IEntityTypeConfiguration<ScheduleChange>
{
    public void Configure(EntityTypeBuilder<ScheduleSlot> builder)
    {
        builder.Property(s => s.Activity).HasMaxLength(100);
        builder.Property(s => s.Name).HasMaxLength(150);
        builder.Property(s => s.RequiredSkill).HasMaxLength(100);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AvailabilityEntry> builder)
    {
        builder.HasOne<EmploymentContract>().WithMany().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ScheduleSlot>().WithMany().HasForeignKey(a => a.WishedSlotId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.ContractId, a.Date }).IsUnique();
    }

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

    public void Configure(EntityTypeBuilder<ScheduleAssignment> builder)
    {
        builder.HasOne<EmploymentContract>().WithMany().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ScheduleSlot>().WithMany().HasForeignKey(a => a.SlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ContractId, a.Date });
    }

    public void Configure(EntityTypeBuilder<ScheduleChange> builder)
    {
        builder.Property(c => c.By).HasMaxLength(256);
        builder.Property(c => c.Description).HasMaxLength(500);
    }
}
