using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class ContributionScheduleConfiguration : IEntityTypeConfiguration<ContributionSchedule>
{
    public void Configure(EntityTypeBuilder<ContributionSchedule> builder)
    {
        builder.Property(s => s.Mode).HasConversion<string>().HasMaxLength(8);
        builder.Property(s => s.MonthlyFee).HasPrecision(12, 2);
        builder.Property(s => s.Source).HasMaxLength(300).IsRequired();
        builder.OwnsMany(s => s.Brackets, b =>
        {
            b.ToJson();
            b.Property(x => x.UpTo).HasPrecision(18, 2);
            b.Property(x => x.Rate).HasPrecision(6, 4);
        });
        builder.OwnsMany(s => s.TrainingBrackets, b =>
        {
            b.ToJson();
            b.Property(x => x.UpTo).HasPrecision(18, 2);
            b.Property(x => x.Rate).HasPrecision(6, 4);
        });
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(s => s.PortageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.PortageId, s.ValidFrom });
    }
}
