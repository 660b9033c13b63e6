using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Employment;

public sealed class EmploymentContractConfiguration : IEntityTypeConfiguration<EmploymentContract>
{
    public void Configure(EntityTypeBuilder<EmploymentContract> builder)
    {
        builder.Property(c => c.EmployeeName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.WeeklyHours).HasPrecision(5, 2);
        builder.Property(c => c.HourlyWage).HasPrecision(9, 4);
        builder.Property(c => c.ResponsibilityBonusRate).HasPrecision(5, 4);
        builder.Property(c => c.ExitReason).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.ExitNote).HasMaxLength(500);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Territory>().WithMany().HasForeignKey(c => c.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.EmployeeUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.OrganisationId, c.StartDate });
        builder.HasIndex(c => c.TerritoryId);
        builder.HasIndex(c => c.PersonId);
        builder.HasMany(c => c.Amendments).WithOne().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Suspensions).WithOne().HasForeignKey(s => s.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Skills).WithOne().HasForeignKey(s => s.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Trainings).WithOne().HasForeignKey(t => t.ContractId).OnDelete(DeleteBehavior.Cascade);
    }
}
