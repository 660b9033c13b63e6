using DroitEmploi.Core.Features.Employment;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Planning;

public sealed class AvailabilityEntryConfiguration : IEntityTypeConfiguration<AvailabilityEntry>
{
    public void Configure(EntityTypeBuilder<AvailabilityEntry> builder)
    {
        builder.HasOne<EmploymentContract>().WithMany().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ScheduleSlot>().WithMany().HasForeignKey(a => a.WishedSlotId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.ContractId, a.Date }).IsUnique();
    }
}
