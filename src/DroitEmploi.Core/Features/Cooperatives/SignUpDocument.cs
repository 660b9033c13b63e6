namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>The documents the portage structure asks for at sign-up; the checklist records which were seen, never the documents.</summary>
public enum SignUpDocument
{
    IdentityDocument,
    SocialSecurityNumber,
    ProofOfAddress,
    BankDetails,
    BenefitsCertificate,
}
