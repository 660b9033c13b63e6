using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Directory;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200).IsRequired();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.LegalForm).HasMaxLength(100);
        builder.Property(o => o.Siret).HasMaxLength(14);
        builder.Property(o => o.NafCode).HasMaxLength(6);
        builder.Property(o => o.Description).HasMaxLength(4000);
        builder.Property(o => o.Street).HasMaxLength(200);
        builder.Property(o => o.PostalCode).HasMaxLength(5);
        builder.Property(o => o.City).HasMaxLength(100);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.Property(o => o.Email).HasMaxLength(200);
        builder.Property(o => o.Phone).HasMaxLength(30);
        builder.Property(o => o.SearchText);
        builder.HasIndex(o => o.Name);
        builder.HasIndex(o => o.Kind);
        builder.OwnsMany(o => o.Contacts, b => b.ToJson());
        builder.HasOne(o => o.Carrier).WithMany().HasForeignKey(o => o.CarrierId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(o => o.Portage).WithMany().HasForeignKey(o => o.PortageId).OnDelete(DeleteBehavior.SetNull);
    }
}
