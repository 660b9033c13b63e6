using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Directory;

namespace DroitEmploi.Core.Features.Transition;

/// <summary>
/// A transition cooperative's profile beside its directory record (a SCIC or a CAE): the local currency it pays part of
/// the RTE in, if any, and the convention that lets holders combine the RTE with the RSA.
/// </summary>
public class Cte : TrackedEntity
{
    /// <summary>The CTE's organisation in the directory: one profile per CTE.</summary>
    public int OrganisationId { get; set; }
    /// <summary>The local currency's name (the Abeille for TERA); none if the CTE pays in euros only.</summary>
    public string? LocalCurrency { get; set; }
    /// <summary>The convention with the département that allows combining the RTE with the RSA, if any.</summary>
    public string? RsaConvention { get; set; }

    public static Cte Create(Organisation organisation, CteInput input)
    {
        if (organisation.Kind is not (OrganisationKind.TransitionCooperative or OrganisationKind.Cae))
        {
            throw ValidationFailedException.For("organisationId", "Une CTE est une SCIC de transition ou une CAE dans l'annuaire : changez d'abord son type.");
        }
        var cte = new Cte { OrganisationId = organisation.Id };
        cte.Describe(input);
        return cte;
    }

    public void Describe(CteInput input)
    {
        LocalCurrency = TextInput.Optional(input.LocalCurrency);
        RsaConvention = TextInput.Optional(input.RsaConvention);
    }
}
