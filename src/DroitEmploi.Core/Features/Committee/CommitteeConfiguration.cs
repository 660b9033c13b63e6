using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Committee;

public sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200).IsRequired();
        builder.Property(m => m.Representing).HasMaxLength(200);
        builder.Property(m => m.College).HasMaxLength(120).IsRequired();
        builder.HasOne<Territories.Territory>().WithMany().HasForeignKey(m => m.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Access.AppUser>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => new { m.TerritoryId, m.College });
    }
}
